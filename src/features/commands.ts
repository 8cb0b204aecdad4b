/** Commands that work from the Command Palette: insert a citation, copy BibTeX, open the Papers view. */
import * as vscode from 'vscode';
import { bibtexToCopy } from '../core/bibtex';
import type { Paper } from '../core/paper';
import { sourceName, summaryRows, yearText } from '../core/summaryView';
import type { PaperStore } from './paperStore';
import { citationUnder, noteCitations } from './citationContext';
import type { CitationInserter } from './citationInserter';
import type { CitationStyling } from './citationStyles';
import type { PapersViewRegistration } from './papersView';

export interface CommandDeps {
  store: PaperStore;
  inserter: CitationInserter;
  papersView: PapersViewRegistration;
  styling: CitationStyling;
}

interface PaperPick extends vscode.QuickPickItem {
  paper: Paper;
}

/** A Quick Pick over the catalogue with the same search as the Papers view. */
async function pickPapers(store: PaperStore, title: string, canPickMany: boolean): Promise<Paper[]> {
  const quickPick = vscode.window.createQuickPick<PaperPick>();
  quickPick.title = title;
  quickPick.placeholder = 'Search papers by title, model name, key or concept';
  quickPick.canSelectMany = canPickMany;
  // Results come from our own search, so VS Code must not filter them again.
  (quickPick as unknown as { sortByLabel: boolean }).sortByLabel = false;
  quickPick.matchOnDescription = false;
  quickPick.matchOnDetail = false;
  const toItem = (paper: Paper): PaperPick => ({
    label: paper.cleanTitle,
    description: `${yearText(paper)} · @${paper.key}${paper.library ? ` · ${sourceName(paper)}` : ''}`,
    detail: summaryRows(paper, { maxResults: 1 }).map((row) => row.value).join(' · ') || paper.cleanAbstract.slice(0, 160),
    alwaysShow: true,
    paper,
  });
  let asked = 0;
  /** The search of the latest query, until it is shown. */
  let latest: Promise<void> = Promise.resolve();
  const update = (): Promise<void> => (latest = search());
  const search = async (): Promise<void> => {
    const ask = ++asked;
    quickPick.busy = true;
    const result = await store.search(quickPick.value, { limit: 50 }, vscode.window.activeTextEditor?.document.uri, 'quickPick');
    // Only the latest query's answer is shown.
    if (ask !== asked) return;
    quickPick.busy = false;
    quickPick.items = result.hits.map(({ paper }) => toItem(paper));
    // A multi-select pick highlights nothing by itself: highlight the best match so Enter cites it.
    quickPick.activeItems = quickPick.items.slice(0, 1);
  };
  void update();
  return new Promise((resolve) => {
    const disposables = [
      quickPick.onDidChangeValue(() => void update()),
      quickPick.onDidAccept(async () => {
        // Enter pressed while the last letters typed were still searched: the answer to what was typed, then its best match.
        const typed = quickPick.value;
        if (quickPick.busy) await latest;
        if (quickPick.value !== typed) return;
        // With several papers checked, those; with none checked, Enter means the highlighted one, or the best match when none is highlighted.
        const highlighted = quickPick.activeItems.length ? quickPick.activeItems : quickPick.items.slice(0, 1);
        const picked = canPickMany && quickPick.selectedItems.length ? quickPick.selectedItems : highlighted;
        resolve(picked.map((item) => item.paper));
        quickPick.hide();
      }),
      quickPick.onDidHide(() => {
        resolve([]);
        disposables.forEach((d) => d.dispose());
        quickPick.dispose();
      }),
    ];
    quickPick.show();
  });
}

/** Cites the given keys, or the papers picked in a Quick Pick. Resolves to whether text was inserted. */
async function insertCitation(deps: CommandDeps, keys?: string[]): Promise<boolean> {
  const note = vscode.window.activeTextEditor?.document.uri;
  const papers = keys?.length
    ? keys.map((key) => deps.store.get(key, note)).filter((paper): paper is Paper => !!paper)
    : await pickPapers(deps.store, 'Insert Citation (Space to pick several)', true);
  return papers.length ? deps.inserter.insert(papers) : false;
}

async function copyBibtex(deps: CommandDeps, key?: string): Promise<void> {
  const known = key ? deps.store.get(key) : undefined;
  const underCursor = keyUnderCursor(deps);
  const papers = known ? [known] : underCursor ? [deps.store.get(underCursor, vscode.window.activeTextEditor?.document.uri)!] : await pickPapers(deps.store, 'Copy BibTeX', true);
  if (papers.length === 0) return;
  await vscode.env.clipboard.writeText(bibtexToCopy(await deps.store.withText(papers)));
  vscode.window.setStatusBarMessage(`Paper Notes: copied BibTeX for ${papers.map((paper) => paper.key).join(', ')}`, 4000);
}

/** The catalogue key under the cursor of the active editor, if any. */
export function keyUnderCursor(deps: CommandDeps, editor = vscode.window.activeTextEditor): string | undefined {
  if (!editor) return undefined;
  const citation = citationUnder(editor.document, editor.selection.active);
  return citation && deps.store.has(citation.key, editor.document.uri) ? citation.key : undefined;
}

/** Inserts a block after the paragraph that holds the cursor, so the paragraph stays whole. */
async function insertBlockAfterParagraph(editor: vscode.TextEditor, block: string): Promise<void> {
  const document = editor.document;
  let line = editor.selection.active.line;
  while (line + 1 < document.lineCount && document.lineAt(line + 1).text.trim() !== '') line++;
  const end = document.lineAt(line).range.end;
  const last = line + 1 >= document.lineCount;
  // The blank line after the paragraph (if any) then separates the block from what follows.
  await editor.edit((edit) => edit.insert(end, `\n\n${block}${last ? '\n' : ''}`));
}

async function markdownEditor(): Promise<vscode.TextEditor | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'markdown') return editor;
  void vscode.window.showInformationMessage('Open a Markdown note first.');
  return undefined;
}

async function insertSummaryCard(deps: CommandDeps, key?: string): Promise<void> {
  const editor = await markdownEditor();
  if (!editor) return;
  const known = key ?? keyUnderCursor(deps, editor);
  const keys = known ? [known] : (await pickPapers(deps.store, 'Insert Summary Card', true)).map((paper) => paper.key);
  if (keys.length === 0) return;
  await insertBlockAfterParagraph(editor, `\`\`\`paper\n${keys.join('\n')}\n\`\`\``);
}

async function insertComparisonTable(deps: CommandDeps): Promise<void> {
  const editor = await markdownEditor();
  if (!editor) return;
  const keys = [...new Set(noteCitations(editor.document).all().map((citation) => citation.key))].filter((key) => deps.store.has(key, editor.document.uri));
  if (keys.length === 0) {
    void vscode.window.showInformationMessage('This note cites no known papers yet: cite some, then compare them.');
    return;
  }
  await insertBlockAfterParagraph(editor, `\`\`\`papers\n${keys.join('\n')}\n\`\`\``);
}

/**
 * Copies the references of the keys cited in the selection (or the whole
 * note, or papers picked when no note is open) as the note's CSL style
 * prints them: plain text or HTML (VS Code's clipboard holds text only, so
 * HTML is copied as its source, for a mail client's or CMS's HTML field).
 */
async function copyFormattedReferences(deps: CommandDeps, keys?: string[], format?: 'text' | 'html'): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const note = editor?.document.languageId === 'markdown' ? editor.document : undefined;
  let wanted = keys;
  if (!wanted?.length && note && editor) {
    const selection = editor.selection;
    const from = note.offsetAt(selection.start);
    const to = note.offsetAt(selection.end);
    const citations = noteCitations(note).all().filter((citation) => selection.isEmpty || (citation.end > from && citation.start < to));
    wanted = [...new Set(citations.map((citation) => citation.key))];
  }
  if (!wanted?.length) wanted = (await pickPapers(deps.store, 'Copy Formatted References', true)).map((paper) => paper.key);
  if (!wanted.length) return undefined;
  const references = await deps.styling.references(wanted, note);
  if (!references.length) {
    void vscode.window.showInformationMessage('None of these citations is a known paper or library entry.');
    return undefined;
  }
  const chosen = format ?? (await vscode.window.showQuickPick([
    { label: 'Plain text', description: 'for an e-mail or a plain text field', format: 'text' as const },
    { label: 'HTML', description: 'the bibliography as HTML source, with italics', format: 'html' as const },
  ], { title: `Copy ${references.length} formatted reference${references.length === 1 ? '' : 's'}` }))?.format;
  if (!chosen) return undefined;
  const text = chosen === 'html'
    ? `<div class="csl-bib-body">\n${references.map((reference) => `  <div class="csl-entry">${reference.html}</div>\n`).join('')}</div>\n`
    : `${references.map((reference) => reference.text).join('\n\n')}\n`;
  await vscode.env.clipboard.writeText(text);
  vscode.window.setStatusBarMessage(`Paper Notes: copied ${references.length} formatted reference${references.length === 1 ? '' : 's'} (${chosen === 'html' ? 'HTML' : 'plain text'})`, 4000);
  return text;
}

export function registerCommands(deps: CommandDeps): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('paperNotes.copyFormattedReferences', (keys?: string[], format?: 'text' | 'html') =>
      copyFormattedReferences(deps, Array.isArray(keys) ? keys.filter((key) => typeof key === 'string') : undefined, format === 'html' || format === 'text' ? format : undefined)),
    vscode.commands.registerCommand('paperNotes.insertCitation', (keys?: string[] | string) =>
      insertCitation(deps, typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : undefined)),
    vscode.commands.registerCommand('paperNotes.copyBibtex', (key?: string) => copyBibtex(deps, typeof key === 'string' ? key : undefined)),
    vscode.commands.registerCommand('paperNotes.insertSummaryCard', (key?: string) => insertSummaryCard(deps, typeof key === 'string' ? key : undefined)),
    vscode.commands.registerCommand('paperNotes.insertComparisonTable', () => insertComparisonTable(deps)),
    vscode.commands.registerCommand('paperNotes.searchPapers', (query?: string) => deps.papersView.showQuery(typeof query === 'string' ? query : undefined)),
    // From an inlay hint or a hover link: the paper itself, whatever its key looks like to the search (`DBLP:conf/...` reads as a filter).
    vscode.commands.registerCommand('paperNotes.showPaper', async (key?: string) => {
      const note = vscode.window.activeTextEditor?.document.uri;
      const paper = typeof key === 'string' ? deps.store.get(key, note) : undefined;
      if (paper) await deps.papersView.showPaper(paper);
      else await deps.papersView.showQuery(typeof key === 'string' ? key : undefined);
    }),
  );
}
