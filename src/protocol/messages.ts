/** Messages between the extension and the Papers view's webview. Types only. */
import type { SortOrder } from '../core/queryFilters';

export type { SortOrder };

/** A search result as the view lists it. */
export interface PaperItem {
  key: string;
  title: string;
  /** Ranges [start, end) of `title` to highlight. */
  titleMatches: [number, number][];
  /** The year as shown: `2021`, or `n.d.` for an undated paper. */
  year: string;
  name: string | null;
  kind: string | null;
  family: string[];
  codeUrl: string | null;
  /** The library file's name for a badge, or null for a catalogue paper. */
  source: string | null;
}

/** Everything the details pane shows for one paper. */
export interface PaperDetails {
  key: string;
  title: string;
  /** The year as shown: `2021`, or `n.d.`. */
  year: string;
  /** `2021-11-09`, or `no date`. */
  date: string;
  /** `3 authors`, or `authors not listed`. */
  authors: string;
  name: string | null;
  /** Summary rows (the same ones hovers and preview cards show). */
  rows: { label: string; value: string }[];
  abstract: string;
  codeUrl: string | null;
  links: string[];
  /** The library file's name and the entry's line, or null for a catalogue paper. */
  source: string | null;
}

/** From the view to the extension. */
export type ViewToExtension =
  | { type: 'ready' }
  | { type: 'search'; query: string; sort: SortOrder | 'auto'; requestId: number }
  | { type: 'select'; key: string }
  | { type: 'insert'; key: string }
  | { type: 'copyBibtex'; key: string }
  | { type: 'copyCitation'; key: string }
  | { type: 'openLink'; url: string };

/** From the extension to the view. */
export type ExtensionToView =
  | { type: 'results'; requestId: number; query: string; total: number; items: PaperItem[]; errors: string[]; filters: string[]; sort: SortOrder }
  /** `followed`: shown because the editor's cursor is on its citation (follow mode), not because it was picked in the view. */
  | { type: 'details'; paper: PaperDetails; followed?: boolean }
  | { type: 'focusSearch'; query?: string }
  | { type: 'status'; text: string }
  /** The papers changed (a library loaded or was read again): search again for what is typed. */
  | { type: 'refresh' };
