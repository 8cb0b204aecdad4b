/** How papers read in editor widgets (hover, completion documentation, the definition view). */
import * as vscode from 'vscode';
import type { Paper } from '../core/paper';
import { escapeMarkdown } from '../core/escape';
import { authorsText, displayName, sourceName, summaryRows, yearText } from '../core/summaryView';

export { escapeMarkdown };

/**
 * Text as a Markdown code span: shown exactly as it is (no backslashes), and
 * nothing in it is Markdown. The fence is longer than any run of backticks in
 * the text.
 */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : '';
  return `${fence}${pad}${text.replace(/[\r\n]+/g, ' ')}${pad}${fence}`;
}

/** The summary of a paper as Markdown: the same rows the preview's cards show. */
export function paperMarkdown(paper: Paper, options: { abstract?: boolean; commands?: boolean } = {}): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, false);
  md.supportHtml = false;
  md.appendMarkdown(`**${escapeMarkdown(paper.cleanTitle)}** (${escapeMarkdown(yearText(paper))})  \n`);
  md.appendMarkdown(`${codeSpan(`@${paper.key}`)} · ${escapeMarkdown(displayName(paper))} · ${escapeMarkdown(authorsText(paper))}\n\n`);
  for (const row of summaryRows(paper)) md.appendMarkdown(`*${escapeMarkdown(row.label)}:* ${escapeMarkdown(row.value)}  \n`);
  if (paper.library) {
    const { doi, url, line } = paper.library;
    if (doi) md.appendMarkdown(`*DOI:* [${escapeMarkdown(doi)}](${encodeURI(`https://doi.org/${doi}`)})  \n`);
    if (url && /^https?:\/\//i.test(url) && !url.includes('doi.org/')) md.appendMarkdown(`*URL:* [${escapeMarkdown(url.replace(/^https?:\/\//, ''))}](${encodeURI(url)})  \n`);
    md.appendMarkdown(`*From:* ${escapeMarkdown(sourceName(paper))}, line ${line}  \n`);
  }
  if (paper.codeUrl) md.appendMarkdown(`*Code:* [${escapeMarkdown(paper.codeUrl.replace(/^https?:\/\//, ''))}](${encodeURI(paper.codeUrl)})\n`);
  if (options.abstract) md.appendMarkdown(`\n${escapeMarkdown(paper.cleanAbstract)}\n`);
  if (options.commands) {
    const link = (title: string, command: string, args: unknown[]) =>
      `[${title}](command:${command}?${encodeURIComponent(JSON.stringify(args))} "${title}")`;
    md.appendMarkdown(`\n\n${[
      link('Insert summary card', 'paperNotes.insertSummaryCard', [paper.key]),
      link('Copy BibTeX', 'paperNotes.copyBibtex', [paper.key]),
      link('Show in Papers view', 'paperNotes.showPaper', [paper.key]),
    ].join(' · ')}`);
    md.isTrusted = { enabledCommands: ['paperNotes.insertSummaryCard', 'paperNotes.copyBibtex', 'paperNotes.showPaper'] };
  }
  return md;
}
