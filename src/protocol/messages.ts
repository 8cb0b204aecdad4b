/** Messages between the extension and the Papers view's webview. Types only. */

/** A paper as the view shows it. */
export interface PaperItem {
  key: string;
  title: string;
  year: number;
  codeUrl: string | null;
}

/** From the view to the extension. */
export type ViewToExtension =
  | { type: 'ready' }
  | { type: 'search'; query: string; requestId: number };

/** From the extension to the view. */
export type ExtensionToView =
  | { type: 'results'; requestId: number; query: string; total: number; items: PaperItem[] };
