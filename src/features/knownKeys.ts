/** Which citation keys resolve: the catalogue's, and the user's own entries in the bibliography file. */
import * as vscode from 'vscode';
import { isUnchangedOwnEntry } from '../core/bibtex';
import { scanBibText } from '../core/library/bibScanner';
import { decodeUtf8 } from '../core/textEncoding';
import { bibliographyTarget } from './bibliography';
import type { CatalogueStore } from './catalogueStore';
import { affects } from './settings';

export interface KnownKeys extends vscode.Disposable {
  has(key: string): boolean;
  /** True for a key of the user's own entries (not one Paper Notes wrote). */
  isUsers(key: string): boolean;
  all(): Iterable<string>;
}

export function createKnownKeys(store: CatalogueStore, onChange: () => void): KnownKeys {
  let userKeys = new Set<string>();
  const reload = async (): Promise<void> => {
    const target = await bibliographyTarget();
    let next = new Set<string>();
    if (target && 'uri' in target) {
      try {
        const decoded = decodeUtf8(await vscode.workspace.fs.readFile(target.uri));
        if (decoded.ok) {
          const text = decoded.text;
          next = new Set(scanBibText(text).entries.filter((entry) => !isUnchangedOwnEntry(text.slice(entry.start, entry.end))).map((entry) => entry.key));
        }
      } catch {
        // No file yet: no keys of the user's. A file that cannot be read is reported by Update Bibliography.
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
      if (affects(event, 'bibliographyFile')) void reload();
    }),
  ];
  return {
    has: (key) => store.catalogue().has(key) || userKeys.has(key),
    isUsers: (key) => userKeys.has(key),
    all: () => [...store.catalogue().keys, ...userKeys],
    dispose: () => disposables.forEach((disposable) => disposable.dispose()),
  };
}
