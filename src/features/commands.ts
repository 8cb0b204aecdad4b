/** Commands that work from the Command Palette: insert a citation, copy BibTeX, open the Papers view. */
import * as vscode from 'vscode';
import { toBibtexFile } from '../core/bibtex';
import { formatCitation } from '../core/citationFormat';
import { citationAt, findCitationsInDocument } from '../core/citationSyntax';
import type { Paper } from '../core/paper';
import type { CatalogueStore } from './catalogueStore';
import { PAPERS_VIEW_ID } from './papersView';

export interface CommandDeps {
  store: CatalogueStore;
}

interface PaperPick extends vscode.QuickPickItem {
  paper: Paper;
}

/** A Quick Pick over the catalogue with the same search as the Papers view. */
async function pickPapers(store: CatalogueStore, title: string, canPickMany: boolean): Promise<Paper[]> {
  const quickPick = vscode.window.createQuickPick<PaperPick>();
  quickPick.title = title;
  quickPick.placeholder = 'Search papers by title, model name, key or concept';
  quickPick.canSelectMany = canPickMany;
  quickPick.matchOnDescription = true;
  quickPick.matchOnDetail = true;
  const toItem = (paper: Paper): PaperPick => ({
    label: paper.cleanTitle,
    description: `${paper.year} · @${paper.key}`,
    detail: paper.cleanAbstract.slice(0, 160),
    alwaysShow: true,
    paper,
  });
  const update = (): void => {
    quickPick.items = store.index().search(quickPick.value, { limit: 50 }).hits.map(({ paper }) => toItem(paper));
  };
  update();
  return new Promise((resolve) => {
    const disposables = [
      quickPick.onDidChangeValue(update),
      quickPick.onDidAccept(() => {
        const picked = canPickMany ? quickPick.selectedItems : quickPick.activeItems;
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

async function insertCitation(deps: CommandDeps): Promise<void> {
  const papers = await pickPapers(deps.store, 'Insert Citation', true);
  if (papers.length === 0) return;
  const format = vscode.workspace.getConfiguration('paperNotes').get<string>('citationFormat', 'pandoc');
  const text = formatCitation(papers, format);
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    const copy = 'Copy Citation';
    if ((await vscode.window.showInformationMessage('Open a Markdown note to insert the citation into.', copy)) === copy) {
      await vscode.env.clipboard.writeText(text);
    }
    return;
  }
  await editor.edit((edit) => {
    for (const selection of editor.selections) edit.replace(selection, text);
  });
}

async function copyBibtex(deps: CommandDeps): Promise<void> {
  const papers = await pickPapers(deps.store, 'Copy BibTeX', true);
  if (papers.length === 0) return;
  await vscode.env.clipboard.writeText(toBibtexFile(papers));
  vscode.window.setStatusBarMessage(`Paper Notes: copied BibTeX for ${papers.map((paper) => paper.key).join(', ')}`, 4000);
}

/** The catalogue key under the cursor of the active editor, if any. */
export function keyUnderCursor(deps: CommandDeps, editor = vscode.window.activeTextEditor): string | undefined {
  if (!editor) return undefined;
  const position = editor.selection.active;
  const citation = citationAt(editor.document.lineAt(position.line).text, position.character);
  return citation && deps.store.catalogue().has(citation.key) ? citation.key : undefined;
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
  const keys = key ? [key] : keyUnderCursor(deps, editor) ? [keyUnderCursor(deps, editor)!] : (await pickPapers(deps.store, 'Insert Summary Card', true)).map((paper) => paper.key);
  if (keys.length === 0) return;
  await insertBlockAfterParagraph(editor, `\`\`\`paper\n${keys.join('\n')}\n\`\`\``);
}

async function insertComparisonTable(deps: CommandDeps): Promise<void> {
  const editor = await markdownEditor();
  if (!editor) return;
  const catalogue = deps.store.catalogue();
  const keys = [...new Set(findCitationsInDocument(editor.document.getText()).map((citation) => citation.key))].filter((key) => catalogue.has(key));
  if (keys.length === 0) {
    void vscode.window.showInformationMessage('This note cites no catalogue papers yet: cite some, then compare them.');
    return;
  }
  await insertBlockAfterParagraph(editor, `\`\`\`papers\n${keys.join('\n')}\n\`\`\``);
}

export function registerCommands(deps: CommandDeps): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('paperNotes.insertCitation', () => insertCitation(deps)),
    vscode.commands.registerCommand('paperNotes.copyBibtex', () => copyBibtex(deps)),
    vscode.commands.registerCommand('paperNotes.insertSummaryCard', (key?: string) => insertSummaryCard(deps, typeof key === 'string' ? key : undefined)),
    vscode.commands.registerCommand('paperNotes.insertComparisonTable', () => insertComparisonTable(deps)),
    vscode.commands.registerCommand('paperNotes.searchPapers', () => vscode.commands.executeCommand(`${PAPERS_VIEW_ID}.focus`)),
  );
}
