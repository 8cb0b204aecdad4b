/** Contributes the markdown-it plugin to VS Code's Markdown preview. */
import type MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { createPaperNotesPlugin } from '../markdown/paperNotesPlugin';
import type { PaperStore } from './paperStore';
import type { KnownKeys } from './knownKeys';
import { affects, previewSettings } from './settings';

export interface PreviewDeps {
  store: PaperStore;
  known: KnownKeys;
}

/** What `activate` returns for the Markdown extension: `extendMarkdownIt`. */
export function markdownItExtension(deps: PreviewDeps): { extendMarkdownIt(md: MarkdownIt): MarkdownIt } {
  return {
    extendMarkdownIt(md) {
      return md.use(createPaperNotesPlugin({
        lookup: (key) => deps.store.get(key),
        // Every loaded library counts in the preview (it renders without knowing which note).
        isKnown: (key) => deps.known.isUsers(key),
        keys: () => deps.known.all(),
        settings: previewSettings,
      }));
    },
  };
}

/** Re-renders open previews when Paper Notes settings change. */
export function registerPreviewReload(): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (affects(event, 'preview')) {
      void vscode.commands.executeCommand('markdown.api.reloadPlugins');
    }
  });
}
