/** Completion of citation keys after '@', with the same search as the Papers view. */
import * as vscode from 'vscode';
import type { PaperStore } from './paperStore';
import { sourceName, yearText } from '../core/summaryView';
import { canCiteAt } from './citationContext';
import { paperMarkdown } from './paperMarkdown';

export interface CompletionDeps {
  store: PaperStore;
}

/** '@' at a word start, after '[', ';', '(' or '-', then the key typed so far. */
const TYPED_KEY = /(^|[\s[;(])(-?)@([\p{L}\p{N}_:.\-]*)$/u;

export class CitationCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly deps: CompletionDeps) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionList | undefined> {
    const line = document.lineAt(position.line).text;
    const match = TYPED_KEY.exec(line.slice(0, position.character));
    if (!match || !canCiteAt(document, position.translate(0, -match[3].length - 1))) return undefined;
    const typed = match[3];
    const start = position.translate(0, -typed.length);
    // The rest of a key right after the cursor is replaced too.
    const after = /^[\p{L}\p{N}_:.\-]*/u.exec(line.slice(position.character))![0];
    const range = new vscode.Range(start, position.translate(0, after.length));
    // "[@ke|" with no "]" after it on the line: complete a whole citation.
    const rest = line.slice(position.character + after.length);
    const addBracket = match[1] === '[' && !/^[^[]*\]/.test(rest);

    const { hits, stale } = await this.deps.store.search(typed, { limit: 50 }, document.uri, 'completion');
    if (stale) return undefined;
    const items = hits.map(({ paper }, rank) => {
      const item = new vscode.CompletionItem({ label: paper.key, detail: ` ${yearText(paper)}`, description: paper.summary?.name ?? undefined }, vscode.CompletionItemKind.Reference);
      item.detail = `${paper.cleanTitle} (${yearText(paper)})${paper.library ? ` · ${sourceName(paper)}` : ''}`;
      item.documentation = paperMarkdown(paper);
      item.range = range;
      item.insertText = addBracket ? `${paper.key}]` : paper.key;
      // Our search ranked these already; VS Code keeps the order and filters on key, title and name.
      item.sortText = String(rank).padStart(3, '0');
      item.filterText = `${typed} ${paper.key} ${paper.cleanTitle} ${paper.summary?.name ?? ''}`;
      return item;
    });
    // Ask again as the writer types: our search is better than filtering this first list.
    return new vscode.CompletionList(items, true);
  }
}

export function registerCompletion(deps: CompletionDeps): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, new CitationCompletionProvider(deps), '@');
}
