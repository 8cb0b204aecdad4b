/**
 * A BibTeX or BibLaTeX library, entry by entry: the linear scanner
 * (`bibScanner`) splits the file and knows each entry's line and column;
 * citation.js's BibLaTeX reader (`@citation-js/plugin-bibtex`, which converts
 * TeX to Unicode, names, dates and types to CSL) reads each entry on its own,
 * so a bad entry is an error at its line:column and the others load.
 *
 * What the wrapper adds: `@string` macros are read once for the whole file
 * and shared by every entry; `crossref` parents are found by key across the
 * file (with cycles cut); and the reader's own errors are moved to the file's
 * line and column. Pure.
 */
import * as bibEntries from '@citation-js/plugin-bibtex/lib/input/entries.js';
import * as bibFile from '@citation-js/plugin-bibtex/lib/input/file.js';
import { defaultStrings } from '@citation-js/plugin-bibtex/lib/input/constants.js';
import { logger } from '@citation-js/core';
import { scanBibText } from './bibScanner';
import { entryFromCsl, type LibraryEntry, type LibraryError } from './cslItem';


interface RawEntry {
  type: string;
  label: string;
  properties: Record<string, unknown>;
  annotations?: unknown;
}

/** How deep `crossref` chains are followed (biber's own default stops loops; real files use one level). */
const MAX_CROSSREF_DEPTH = 8;

/** Line and column in the file of a position the reader reports inside one entry's text. */
function relocate(message: string, entryLine: number, entryColumn: number): { line: number; column: number; message: string } {
  const match = /at line (\d+) col (\d+)/.exec(message);
  const first = message.split('\n')[0].replace(/\s*at line \d+ col \d+:?\s*$/, '').replace(/^Syntax error\s*/i, '').trim();
  if (!match) return { line: entryLine, column: entryColumn, message: first || message.trim() };
  const line = Number(match[1]);
  const column = Number(match[2]);
  return { line: entryLine + line - 1, column: line === 1 ? entryColumn + column - 1 : column, message: first };
}

/** The file's `@string` macros: each definition is read in file order, so later ones may use earlier ones. */
function readStrings(text: string, spans: readonly { start: number; end: number }[]): Record<string, string> {
  // An object without prototype: the reader shares it with every entry instead of copying it for each one.
  const strings: Record<string, string> = Object.create(null);
  Object.assign(strings, defaultStrings);
  bibFile.bibtexGrammar.defaultState = { strings };
  for (const span of spans) {
    try {
      bibFile.parse(text.slice(span.start, span.end));
    } catch {
      // A broken @string leaves its macro undefined; entries that use it get an empty value, as in BibTeX.
    }
  }
  return strings;
}

/** Entries read between two pauses of `bibLibrarySteps`. */
export const STEP_ENTRIES = 500;

export function parseBibLibrary(text: string, file: string): { entries: LibraryEntry[]; errors: LibraryError[] } {
  return runSteps(bibLibrarySteps(text, file));
}

/** Runs a step-wise reader to its end. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same reading, pausing (yield) every STEP_ENTRIES entries, so a worker
 * can answer searches between steps while a large library loads.
 */
export function* bibLibrarySteps(text: string, file: string): Generator<void, { entries: LibraryEntry[]; errors: LibraryError[] }> {
  const scan = scanBibText(text);
  const errors: LibraryError[] = scan.errors.map((error) => ({ file, line: error.line, column: error.column, message: error.message }));
  const strings = readStrings(text, scan.strings);
  bibFile.bibtexGrammar.defaultState = { strings };
  const raws: (RawEntry | null)[] = [];
  const byKey = new Map<string, RawEntry>();
  for (let i = 0; i < scan.entries.length; i++) {
    const span = scan.entries[i];
    if (i % STEP_ENTRIES === STEP_ENTRIES - 1) {
      yield;
      // Another file may have been read meanwhile: its macros are not this file's.
      bibFile.bibtexGrammar.defaultState = { strings };
    }
    try {
      const [raw] = bibFile.parse(text.slice(span.start, span.end)) as RawEntry[];
      raws.push(raw ?? null);
      if (raw && !byKey.has(raw.label)) byKey.set(raw.label, raw);
    } catch (problem) {
      raws.push(null);
      const where = relocate(String((problem as Error).message ?? problem), span.line, span.column);
      errors.push({ file, ...where, message: `@${span.type}{${span.key}: ${where.message}` });
    }
  }
  const entries: LibraryEntry[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < scan.entries.length; i++) {
    const span = scan.entries[i];
    if (i % STEP_ENTRIES === STEP_ENTRIES - 1) yield;
    const raw = raws[i];
    if (!raw) continue;
    if (seen.has(raw.label)) {
      errors.push({ file, line: span.line, column: span.column, message: `@${span.type}{${raw.label}} is defined again (first at line ${seen.get(raw.label)}); the first one is used` });
      continue;
    }
    seen.set(raw.label, span.line);
    try {
      const [csl] = bibEntries.parse(withParents(raw, byKey)) as Record<string, unknown>[];
      delete csl._graph;
      entries.push(entryFromCsl(csl, { file, line: span.line, column: span.column, bibtex: text.slice(span.start, span.end) }));
    } catch (problem) {
      errors.push({ file, line: span.line, column: span.column, message: `@${span.type}{${raw.label}}: ${String((problem as Error).message ?? problem).split('\n')[0]}` });
    }
  }
  // citation.js keeps every warning it logs (unmapped fields, ...) in memory; a library is read again on each change.
  logger._log.length = 0;
  return { entries, errors };
}

/** The entry followed by its `crossref` ancestors, the chain cut where it would loop. */
function withParents(raw: RawEntry, byKey: ReadonlyMap<string, RawEntry>): RawEntry[] {
  const chain = [raw];
  const keys = new Set([raw.label]);
  let current = raw;
  while (chain.length <= MAX_CROSSREF_DEPTH) {
    const parentKey = current.properties.crossref;
    const parent = typeof parentKey === 'string' ? byKey.get(parentKey) : undefined;
    if (!parent || keys.has(parent.label)) {
      if (parent) chain[chain.length - 1] = withoutCrossref(current);
      break;
    }
    chain.push(parent);
    keys.add(parent.label);
    current = parent;
  }
  const last = chain[chain.length - 1];
  if (chain.length > MAX_CROSSREF_DEPTH && typeof last.properties.crossref === 'string') {
    chain[chain.length - 1] = withoutCrossref(last);
  }
  return chain;
}

function withoutCrossref(raw: RawEntry): RawEntry {
  const properties = { ...raw.properties };
  delete properties.crossref;
  return { ...raw, properties };
}
