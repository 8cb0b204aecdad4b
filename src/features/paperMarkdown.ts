/** How papers read in editor widgets (hover, completion documentation, the definition view). */
import * as vscode from 'vscode';
import type { Paper } from '../core/paper';
import { displayName, summaryRows } from '../core/summaryView';

/** Escapes Markdown so catalogue text cannot inject links, HTML or formatting. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~$&]/g, (ch) => `\\${ch}`);
}

/** The summary of a paper as Markdown: the same rows the preview's cards show. */
export function paperMarkdown(paper: Paper, options: { abstract?: boolean; commands?: boolean } = {}): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, false);
  md.supportHtml = false;
  md.appendMarkdown(`**${escapeMarkdown(paper.cleanTitle)}** (${paper.year})  \n`);
  md.appendMarkdown(`\`@${paper.key}\` · ${escapeMarkdown(displayName(paper))} · ${paper.authorsCount} author${paper.authorsCount === 1 ? '' : 's'}\n\n`);
  for (const row of summaryRows(paper)) md.appendMarkdown(`*${escapeMarkdown(row.label)}:* ${escapeMarkdown(row.value)}  \n`);
  if (paper.codeUrl) md.appendMarkdown(`*Code:* [${escapeMarkdown(paper.codeUrl.replace(/^https?:\/\//, ''))}](${encodeURI(paper.codeUrl)})\n`);
  if (options.abstract) md.appendMarkdown(`\n${escapeMarkdown(paper.cleanAbstract)}\n`);
  if (options.commands) {
    const link = (title: string, command: string, args: unknown[]) =>
      `[${title}](command:${command}?${encodeURIComponent(JSON.stringify(args))} "${title}")`;
    md.appendMarkdown(`\n\n${[
      link('Insert summary card', 'paperNotes.insertSummaryCard', [paper.key]),
      link('Copy BibTeX', 'paperNotes.copyBibtex', [paper.key]),
      link('Show in Papers view', 'paperNotes.searchPapers', [paper.key]),
    ].join(' · ')}`);
    md.isTrusted = { enabledCommands: ['paperNotes.insertSummaryCard', 'paperNotes.copyBibtex', 'paperNotes.searchPapers'] };
  }
  return md;
}
