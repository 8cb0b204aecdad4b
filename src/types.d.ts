/** Stylesheets bundled as text by esbuild (loader: text). */
declare module '*.css' {
  const text: string;
  export default text;
}

/** citation.js's BibLaTeX reader, used entry by entry (no type declarations ship with it). */
declare module '@citation-js/plugin-bibtex/lib/input/file.js' {
  export const bibtexGrammar: { defaultState: { strings: Record<string, string> } };
  export function parse(text: string): unknown[];
}
declare module '@citation-js/plugin-bibtex/lib/input/entries.js' {
  export function parse(entries: unknown[]): unknown[];
}
declare module '@citation-js/plugin-bibtex/lib/input/constants.js' {
  export const defaultStrings: Record<string, string>;
  export const diacritics: Record<string, string>;
  export const commands: Record<string, string>;
  export const mathCommands: Record<string, string>;
  export const formattingCommands: Record<string, unknown>;
  export const argumentCommands: Record<string, unknown>;
}
declare module '@citation-js/core' {
  /** Silent by default, but it keeps every message in `_log` for ever. */
  export const logger: { _log: unknown[] };
}
declare module '@citation-js/plugin-bibtex/lib/input/value.js' {
  export function parse(text: string, field: string, languages?: string[]): unknown;
}
declare module '@citation-js/plugin-bibtex/lib/mapping/crossref.js' {
  export function crossref(type: string, properties: Record<string, unknown>, registry: Record<string, unknown>): Record<string, unknown>;
}

/** citeproc-js (no type declarations ship with it): the parts Paper Notes uses. */
declare module 'citeproc' {
  namespace CSL {
    interface BibliographyParams {
      entry_ids: string[][];
      hangingindent?: number | boolean;
      'second-field-align'?: string | false;
      linespacing?: number;
      entryspacing?: number;
    }
    class Engine {
      constructor(sys: object, style: string, lang?: string, forceLang?: boolean);
      updateItems(ids: string[]): void;
      rebuildProcessorState(citations: object[], mode?: 'html' | 'text' | 'rtf', uncitedItemIDs?: string[]): [string, number, string][];
      updateUncitedItems(ids: string[]): void;
      citation_sort: { tokens: unknown[] };
      makeBibliography(): [BibliographyParams, string[]] | false;
      makeCitationCluster(items: object[]): string;
      opt: { development_extensions: Record<string, boolean> };
      setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
    }
  }
  const CSL: { Engine: typeof CSL.Engine };
  export default CSL;
}

/** citation.js's BibTeX settings: `parse.sentenceCase` makes its TeX reader sentence-case titles. */
declare module '@citation-js/plugin-bibtex/lib/config.js' {
  const config: { parse: { sentenceCase: 'never' | 'english' | 'always'; strict: boolean; biblatex: boolean } };
  export default config;
}
