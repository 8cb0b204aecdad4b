/** Hover on a citation key: what the paper is, with links to act on it. */
import * as vscode from 'vscode';
import { nearestKeys } from '../core/nearestKeys';
import type { CatalogueStore } from './catalogueStore';
import { citationUnder } from './citationContext';
import type { KnownKeys } from './knownKeys';
import { codeSpan, escapeMarkdown, paperMarkdown } from './paperMarkdown';

export interface HoverDeps {
  store: CatalogueStore;
  known: KnownKeys;
}

/** Hover text for a key: the paper, the user's own entry, or "unknown" with the nearest keys. Every key and title is escaped. */
export function keyHover(key: string, deps: HoverDeps): vscode.MarkdownString {
  const paper = deps.store.catalogue().get(key);
  if (paper) return paperMarkdown(paper, { commands: true });
  const text = new vscode.MarkdownString(undefined, false);
  text.supportHtml = false;
  if (deps.known.has(key)) return text.appendMarkdown(`${codeSpan(`@${key}`)} is an entry of your bibliography file.`);
  text.appendMarkdown(`**Unknown citation key** ${codeSpan(`@${key}`)}`);
  const near = nearestKeys(key, deps.known.all());
  if (near.length) {
    text.appendMarkdown(`\n\nDid you mean ${near.map((candidate) => {
      const title = deps.store.catalogue().get(candidate)?.cleanTitle;
      return `${codeSpan(`@${candidate}`)}${title ? ` (${escapeMarkdown(title)})` : ''}`;
    }).join(', ')}?`);
  }
  return text;
}

export function registerHover(deps: HoverDeps): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ language: 'markdown' }, {
    provideHover(document, position) {
      const citation = citationUnder(document, position);
      if (!citation) return undefined;
      return new vscode.Hover(keyHover(citation.key, deps), new vscode.Range(document.positionAt(citation.start), document.positionAt(citation.end)));
    },
  });
}
