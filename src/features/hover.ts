/** Hover on a citation key: what the paper is, with links to act on it. */
import * as vscode from 'vscode';
import { nearestKeys } from '../core/nearestKeys';
import type { CatalogueStore } from './catalogueStore';
import { citationUnder } from './citationContext';
import type { KnownKeys } from './knownKeys';
import { escapeMarkdown, paperMarkdown } from './paperMarkdown';

export interface HoverDeps {
  store: CatalogueStore;
  known: KnownKeys;
}

export function registerHover(deps: HoverDeps): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ language: 'markdown' }, {
    provideHover(document, position) {
      const citation = citationUnder(document, position);
      if (!citation) return undefined;
      const range = new vscode.Range(position.line, citation.start, position.line, citation.end);
      const paper = deps.store.catalogue().get(citation.key);
      if (paper) return new vscode.Hover(paperMarkdown(paper, { commands: true }), range);
      if (deps.known.has(citation.key)) {
        return new vscode.Hover(new vscode.MarkdownString(`\`@${escapeMarkdown(citation.key)}\` is an entry of your bibliography file.`), range);
      }
      const near = nearestKeys(citation.key, deps.known.all());
      const text = new vscode.MarkdownString(`**Unknown citation key** \`@${escapeMarkdown(citation.key)}\``);
      if (near.length) {
        text.appendMarkdown(`\n\nDid you mean ${near.map((key) => {
          const title = deps.store.catalogue().get(key)?.cleanTitle;
          return `\`@${key}\`${title ? ` (${escapeMarkdown(title)})` : ''}`;
        }).join(', ')}?`);
      }
      return new vscode.Hover(text, range);
    },
  });
}
