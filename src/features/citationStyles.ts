/**
 * The CSL style and locale of each note, for the preview, hovers and Copy
 * Formatted References: the note's front matter (`csl:`, `lang:`), then the
 * settings, then APA in en-US. Style files are read (through the platform) when
 * first used and again when they change; a style that cannot be used is reported
 * once. Re-renders open previews when a `.csl` file changes (settings: see preview.ts).
 */
import * as vscode from 'vscode';
import { bundledStyle } from '../core/csl/bundledStyles';
import { CitationStyles } from '../core/csl/citationStyles';
import type { CslFormatter } from '../core/csl/cslFormatter';
import { cslItemFor } from '../core/csl/cslItems';
import { htmlToMarkdown, htmlToText } from '../core/csl/formattedText';
import { frontMatterText, noteCitationOptions } from '../markdown/frontMatter';
import type { Paper } from '../core/paper';
import { noteHead } from './citationContext';
import type { PaperStore } from './paperStore';
import type { Platform } from './platform';
import { citationStyleSettings } from './settings';

export interface FormattedReference {
  key: string;
  html: string;
  text: string;
  markdown: string;
}

export interface CitationStyling extends vscode.Disposable {
  /** The formatter for a note's front matter options; `document` is the note (front matter paths are relative to it). */
  formatter(options: { csl?: string; lang?: string }, document?: unknown): CslFormatter;
  /** Bibliography entries of these keys, in the note's style, in the style's order; unknown keys are left out. */
  references(keys: readonly string[], note?: vscode.TextDocument): Promise<FormattedReference[]>;
  /**
   * The paper to format: a library entry with its own CSL item once the
   * library worker has sent it. Until then the entry's fields stand in, the
   * item is asked for, and open previews render again when it arrives.
   */
  forFormatting(paper: Paper): Paper;
  /** Changes when the libraries change: formatted citations are kept per version. */
  version(): number;
}

/** Where a style named in front matter is looked for: the note's folder (a saved note), else the workspace folder. */
function styleBase(platform: Platform, from: 'frontMatter' | 'settings', document: unknown): vscode.Uri | undefined {
  const workspace = vscode.workspace.workspaceFolders?.[0]?.uri;
  const note = document instanceof vscode.Uri && platform.reads(document) ? vscode.Uri.joinPath(document, '..') : undefined;
  return from === 'frontMatter' ? note ?? workspace : workspace;
}

export function createCitationStyling(store: PaperStore, platform: Platform): CitationStyling {
  let version = 0;
  const styles = new CitationStyles({
    readStyle: (reference, from, document) => platform.readStyle(reference, styleBase(platform, from, document)),
    settings: citationStyleSettings,
    report: (message) => void vscode.window.showWarningMessage(`Paper Notes: ${message}`),
  });
  // A style file read again by its version needs no new plugin, only a new render.
  const refresh = (): void => {
    void vscode.commands.executeCommand('markdown.preview.refresh');
  };
  const cslWatcher = vscode.workspace.createFileSystemWatcher('**/*.csl');
  const disposables: vscode.Disposable[] = [
    store.onDidChange(() => {
      version++;
    }),
    cslWatcher, cslWatcher.onDidChange(refresh), cslWatcher.onDidCreate(refresh), cslWatcher.onDidDelete(refresh),
  ];
  const formatter = (options: { csl?: string; lang?: string }, document?: unknown): CslFormatter => styles.formatter(options, document);
  // Library entries' CSL items, fetched from the worker when a note first formats them (kept per host paper object).
  const withItems = new WeakMap<Paper, Paper>();
  const pending = new Set<Paper>();
  let fetching = false;
  const fetchItems = async (): Promise<void> => {
    fetching = true;
    try {
      while (pending.size) {
        const asked = [...pending];
        pending.clear();
        const filled = await store.withText(asked);
        asked.forEach((paper, i) => withItems.set(paper, filled[i]));
        version++;
      }
      refresh();
    } finally {
      fetching = false;
    }
  };
  const forFormatting = (paper: Paper): Paper => {
    if (!paper.library?.hasCsl || paper.library.csl) return paper;
    const filled = withItems.get(paper);
    if (filled) return filled;
    pending.add(paper);
    if (!fetching) setTimeout(() => void fetchItems(), 0);
    return paper;
  };
  return {
    formatter,
    forFormatting,
    version: () => version,
    async references(keys, note) {
      // The front matter is at the top: a hover does not copy the whole note to find it.
      const options: { csl?: string; lang?: string } = note ? noteCitationOptions(frontMatterText(noteHead(note))) : {};
      // A command can wait for the style files to be read (the browser reads them asynchronously): it formats in the right style at once.
      const named: [string | undefined, 'frontMatter' | 'settings'][] = [[options.csl, 'frontMatter'], [citationStyleSettings().style, 'settings']];
      await Promise.all(named.map(([reference, from]) => (reference && !bundledStyle(reference) ? platform.styleRead?.(reference, styleBase(platform, from, note?.uri)) : undefined)));
      const found = keys.flatMap((key) => {
        const paper = store.get(key, note?.uri);
        return paper ? [[key, paper] as const] : [];
      });
      // Entries whose items the preview fetched already are not asked for again; those fetched now are kept for it.
      const filled = await store.withText(found.map(([, paper]) => withItems.get(paper) ?? paper));
      found.forEach(([, paper], i) => withItems.set(paper, filled[i]));
      const papers = new Map(found.map(([key], i) => [key, filled[i]]));
      if (!papers.size) return [];
      const formatted = styles.formatter(options, note?.uri, 'references').format({ clusters: [], nocite: [...papers.keys()] }, (key) => {
        const paper = papers.get(key);
        return paper ? cslItemFor(paper) : undefined;
      });
      return formatted.bibliography.map((entry) => ({ key: entry.key, html: entry.html, text: htmlToText(entry.html), markdown: htmlToMarkdown(entry.html) }));
    },
    dispose: () => disposables.forEach((disposable) => disposable.dispose()),
  };
}
