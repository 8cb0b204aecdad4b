/** Which citation keys resolve: the catalogue's, and the user's own entries in the bibliography file. */
import * as vscode from 'vscode';
import { parseBibEntries } from '../core/bibtexFile';
import type { CatalogueStore } from './catalogueStore';

export interface KnownKeys extends vscode.Disposable {
  has(key: string): boolean;
  all(): Iterable<string>;
}

/** The bibliography file of the first workspace folder, if the setting names one. */
export function bibliographyUri(): vscode.Uri | undefined {
  const file = vscode.workspace.getConfiguration('paperNotes').get<string>('bibliographyFile', '').trim();
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!file || !folder) return undefined;
  return /^([a-z]:)?[\\/]/i.test(file) ? vscode.Uri.file(file) : vscode.Uri.joinPath(folder.uri, file);
}

export function createKnownKeys(store: CatalogueStore, onChange: () => void): KnownKeys {
  let userKeys = new Set<string>();
  const reload = async (): Promise<void> => {
    const uri = bibliographyUri();
    let next = new Set<string>();
    if (uri) {
      try {
        const text = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
        next = new Set(parseBibEntries(text).filter((entry) => !entry.ours).map((entry) => entry.key));
      } catch {
        // No file yet, or one that does not parse: the update command reports that.
      }
    }
    userKeys = next;
    onChange();
  };
  void reload();
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.bib');
  const disposables = [
    watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('paperNotes.bibliographyFile')) void reload();
    }),
  ];
  return {
    has: (key) => store.catalogue().has(key) || userKeys.has(key),
    all: () => [...store.catalogue().keys, ...userKeys],
    dispose: () => disposables.forEach((disposable) => disposable.dispose()),
  };
}
