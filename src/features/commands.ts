/** Commands that work from the Command Palette: insert a citation, copy BibTeX, open the Papers view. */
import * as vscode from 'vscode';
import { toBibtexFile } from '../core/bibtex';
import { formatCitation } from '../core/citationFormat';
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
    quickPick.items = store.index().search(quickPick.value, { limit: 50 }).map(({ paper }) => toItem(paper));
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

export function registerCommands(deps: CommandDeps): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('paperNotes.insertCitation', () => insertCitation(deps)),
    vscode.commands.registerCommand('paperNotes.copyBibtex', () => copyBibtex(deps)),
    vscode.commands.registerCommand('paperNotes.searchPapers', () => vscode.commands.executeCommand(`${PAPERS_VIEW_ID}.focus`)),
  );
}
