/** Hover on a citation key: what the paper is, with links to act on it. */
import * as vscode from 'vscode';
import { nearestKeys } from '../core/nearestKeys';
import { sourceName } from '../core/summaryView';
import type { PaperStore } from './paperStore';
import { citationUnder } from './citationContext';
import type { CitationStyling } from './citationStyles';
import type { KnownKeys } from './knownKeys';
import { codeSpan, escapeMarkdown, paperMarkdown } from './paperMarkdown';

export interface HoverDeps {
  store: PaperStore;
  known: KnownKeys;
  /** When given, the hover starts with the reference as the note's CSL style prints it. */
  styling?: CitationStyling;
}

/** Hover text for a key: the paper, the user's own entry, or "unknown" with the nearest keys. Every key and title is escaped. */
export async function keyHover(key: string, deps: HoverDeps, document?: vscode.TextDocument): Promise<vscode.MarkdownString> {
  const note = document?.uri;
  const paper = deps.store.get(key, note);
  if (paper) {
    const md = paperMarkdown(paper, { commands: true });
    const reference = await formattedReference(key, deps, document);
    if (reference) md.value = `${reference}\n\n---\n\n${md.value}`;
    const twice = deps.store.definitions(key);
    if (paper.library && deps.store.catalogue().has(key)) {
      md.appendMarkdown(`\n\nYour library's entry is used for ${codeSpan(`@${key}`)}; the catalogue's paper of that key (${escapeMarkdown(deps.store.catalogue().get(key)!.cleanTitle)}) is still in search.`);
    }
    if (twice.length > 1) md.appendMarkdown(`\n\n${codeSpan(`@${key}`)} is defined ${twice.length} times: ${twice.map((entry) => escapeMarkdown(`${sourceName(entry)}:${entry.library!.line}`)).join(', ')}; the first is used.`);
    return md;
  }
  const text = new vscode.MarkdownString(undefined, false);
  text.supportHtml = false;
  text.appendMarkdown(`**Unknown citation key** ${codeSpan(`@${key}`)}`);
  const near = nearestKeys(key, deps.known.all(note));
  if (near.length) {
    text.appendMarkdown(`\n\nDid you mean ${near.map((candidate) => {
      const title = deps.store.get(candidate, note)?.cleanTitle;
      return `${codeSpan(`@${candidate}`)}${title ? ` (${escapeMarkdown(title)})` : ''}`;
    }).join(', ')}?`);
  }
  return text;
}

/** The key's reference in the note's style, as Markdown; empty when it cannot be formatted (reported by the styling). */
async function formattedReference(key: string, deps: HoverDeps, document?: vscode.TextDocument): Promise<string> {
  if (!deps.styling) return '';
  try {
    return (await deps.styling.references([key], document))[0]?.markdown ?? '';
  } catch {
    return '';
  }
}

export function registerHover(deps: HoverDeps): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ language: 'markdown' }, {
    async provideHover(document, position) {
      const citation = citationUnder(document, position);
      if (!citation) return undefined;
      return new vscode.Hover(await keyHover(citation.key, deps, document), new vscode.Range(document.positionAt(citation.start), document.positionAt(citation.end)));
    },
  });
}
