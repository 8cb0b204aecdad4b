/** Contributes the markdown-it plugin to VS Code's Markdown preview. */
import type MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { type CitationLabel, createPaperNotesPlugin, DEFAULT_SETTINGS, type PaperNotesSettings } from '../markdown/paperNotesPlugin';
import type { CatalogueStore } from './catalogueStore';

export interface PreviewDeps {
  store: CatalogueStore;
}

export function previewSettings(): PaperNotesSettings {
  const config = vscode.workspace.getConfiguration('paperNotes.preview');
  return {
    citationLabel: config.get<CitationLabel>('citationLabel', DEFAULT_SETTINGS.citationLabel),
    references: config.get<boolean>('references', DEFAULT_SETTINGS.references),
  };
}

/** What `activate` returns for the Markdown extension: `extendMarkdownIt`. */
export function markdownItExtension(deps: PreviewDeps): { extendMarkdownIt(md: MarkdownIt): MarkdownIt } {
  return {
    extendMarkdownIt(md) {
      return md.use(createPaperNotesPlugin({
        lookup: (key) => deps.store.catalogue().get(key),
        keys: () => deps.store.catalogue().keys,
        settings: previewSettings,
      }));
    },
  };
}

/** Re-renders open previews when Paper Notes settings change. */
export function registerPreviewReload(): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('paperNotes.preview')) {
      void vscode.commands.executeCommand('markdown.api.reloadPlugins');
    }
  });
}
