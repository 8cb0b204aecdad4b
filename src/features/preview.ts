/** Contributes the markdown-it plugin to VS Code's Markdown preview. */
import type MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { createPaperNotesPlugin } from '../markdown/paperNotesPlugin';
import type { PaperStore } from './paperStore';
import type { CitationStyling } from './citationStyles';
import type { KnownKeys } from './knownKeys';
import { affects, previewSettings } from './settings';

export interface PreviewDeps {
  store: PaperStore;
  known: KnownKeys;
  styling: CitationStyling;
}

/** What `activate` returns for the Markdown extension: `extendMarkdownIt`. */
export function markdownItExtension(deps: PreviewDeps): { extendMarkdownIt(md: MarkdownIt): MarkdownIt } {
  return {
    extendMarkdownIt(md) {
      return md.use(createPaperNotesPlugin({
        // With the CSL label the note is known (VS Code passes it): its own front matter libraries apply.
        lookup: (key, document) => deps.store.get(key, document instanceof vscode.Uri ? document : undefined),
        // Only what the csl label formats needs a library entry's CSL item (fetched from the library worker once).
        forFormatting: (paper) => deps.styling.forFormatting(paper),
        // Every loaded library counts in the preview (it renders without knowing which note).
        isKnown: (key) => deps.known.isUsers(key),
        keys: () => deps.known.all(),
        settings: previewSettings,
        citationStyle: (options, document) => deps.styling.formatter(options, document),
        version: () => deps.styling.version(),
        // `nocite: @*` over a 100,000-entry library would take minutes: the preview shows the first 500.
        maxUncited: 500,
      }));
    },
  };
}

/** Re-renders open previews when the Paper Notes settings they read change (labels, references, the CSL style and locale). */
export function registerPreviewReload(): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (affects(event, 'preview')) void vscode.commands.executeCommand('markdown.api.reloadPlugins');
    // The style and locale are read at each render (formatted notes are kept per formatter): a new render is enough.
    else if (affects(event, 'citationStyle') || affects(event, 'locale')) void vscode.commands.executeCommand('markdown.preview.refresh');
  });
}
