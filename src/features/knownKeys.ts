/** Which citation keys resolve in a note: the catalogue's and those of the libraries the note sees. */
import * as vscode from 'vscode';
import type { PaperStore } from './paperStore';

export interface KnownKeys extends vscode.Disposable {
  has(key: string, note?: vscode.Uri): boolean;
  /** True for a key of the user's own libraries (not a catalogue paper). */
  isUsers(key: string): boolean;
  all(note?: vscode.Uri): Iterable<string>;
}

export function createKnownKeys(store: PaperStore, onChange: () => void): KnownKeys {
  const subscription = store.onDidChange(onChange);
  return {
    has: (key, note) => store.has(key, note),
    isUsers: (key) => store.definitions(key).length > 0,
    all: (note) => store.keys(note),
    dispose: () => subscription.dispose(),
  };
}
