/** Keeping a BibTeX file of the workspace's cited catalogue papers, for Pandoc and LaTeX. */
import * as vscode from 'vscode';
import { BibParseError, mergeBibliography } from '../core/bibtexFile';
import { findCitationsInDocument } from '../core/citationSyntax';
import type { Paper } from '../core/paper';
import type { CatalogueStore } from './catalogueStore';
import { bibliographyUri } from './knownKeys';

export interface BibliographyDeps {
  store: CatalogueStore;
}

export interface BibliographyUpdate {
  file: string;
  added: string[];
  updated: string[];
  keptUsers: string[];
  written: boolean;
}

/** The catalogue papers cited in the workspace's Markdown notes, in order of first citation. */
async function citedPapers(deps: BibliographyDeps): Promise<Paper[]> {
  const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/node_modules/**');
  files.sort((a, b) => a.path.localeCompare(b.path));
  const catalogue = deps.store.catalogue();
  const seen = new Set<string>();
  const papers: Paper[] = [];
  for (const uri of files) {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    const text = open ? open.getText() : Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
    for (const citation of findCitationsInDocument(text)) {
      const paper = catalogue.get(citation.key);
      if (paper && !seen.has(paper.key)) {
        seen.add(paper.key);
        papers.push(paper);
      }
    }
  }
  return papers;
}

async function readIfExists(uri: vscode.Uri): Promise<string> {
  try {
    return Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return '';
    throw error;
  }
}

/** Writes BibTeX for every cited catalogue paper into the bibliography file, keeping the user's entries. */
export async function updateBibliography(deps: BibliographyDeps, quiet = false): Promise<BibliographyUpdate | undefined> {
  const uri = bibliographyUri();
  if (!uri) {
    const open = 'Open Setting';
    if (!quiet && (await vscode.window.showWarningMessage('Set paperNotes.bibliographyFile (e.g. references.bib) to keep a bibliography for Pandoc and LaTeX.', open)) === open) {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'paperNotes.bibliographyFile');
    }
    return undefined;
  }
  const name = vscode.workspace.asRelativePath(uri);
  const openBib = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (openBib?.isDirty) {
    void vscode.window.showErrorMessage(`Paper Notes: ${name} has unsaved changes; save it, then update the bibliography. Nothing was written.`);
    return { file: name, added: [], updated: [], keptUsers: [], written: false };
  }
  const papers = await citedPapers(deps);
  let result;
  try {
    result = mergeBibliography(await readIfExists(uri), papers);
  } catch (error) {
    if (error instanceof BibParseError) {
      void vscode.window.showErrorMessage(`Paper Notes: cannot read ${name}, ${error.message}. Nothing was written.`);
      return { file: name, added: [], updated: [], keptUsers: [], written: false };
    }
    throw error;
  }
  if (!result.unchanged) await vscode.workspace.fs.writeFile(uri, Buffer.from(result.text, 'utf8'));
  if (!quiet) {
    const parts = [
      result.added.length ? `${result.added.length} added` : '',
      result.updated.length ? `${result.updated.length} updated` : '',
      result.keptUsers.length ? `${result.keptUsers.length} kept as you wrote them` : '',
    ].filter(Boolean);
    void vscode.window.showInformationMessage(`Paper Notes: ${name} ${result.unchanged ? 'is up to date' : 'updated'} (${papers.length} cited paper${papers.length === 1 ? '' : 's'}${parts.length ? `: ${parts.join(', ')}` : ''}).`);
  }
  return { file: name, added: result.added, updated: result.updated, keptUsers: result.keptUsers, written: !result.unchanged };
}

export function registerBibliography(deps: BibliographyDeps): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('paperNotes.updateBibliography', () => updateBibliography(deps)),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (document.languageId !== 'markdown') return;
      if (!vscode.workspace.getConfiguration('paperNotes.bibliography').get<boolean>('updateOnSave', false)) return;
      void updateBibliography(deps, true);
    }),
  );
}
