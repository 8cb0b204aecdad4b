/**
 * A library file's bytes in, entries and errors with line:column out, in
 * Pandoc's set of formats: BibTeX and BibLaTeX (`.bib`, `.bibtex`,
 * `.biblatex`), CSL-JSON (`.json`), CSL-YAML (`.yaml`, `.yml`). Pure.
 */
import { bibLibrarySteps, runSteps } from './bibtexLibrary';
import { cslJsonSteps, parseCslYaml } from './cslLibrary';
import type { LibraryEntry, LibraryError } from './cslItem';
import { decodeLibrary } from './libraryEncoding';

export type { LibraryEntry, LibraryError } from './cslItem';

export interface LibraryLoad {
  entries: LibraryEntry[];
  errors: LibraryError[];
  /** Set when the file could not be read as text (nothing loaded). */
  fatal?: string;
}

export type LibraryFormat = 'bibtex' | 'csljson' | 'cslyaml';

/** The format by the file's extension, as Pandoc decides it; null for a file that is no library. */
export function libraryFormat(file: string): LibraryFormat | null {
  const extension = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (extension === 'bib' || extension === 'bibtex' || extension === 'biblatex') return 'bibtex';
  if (extension === 'json') return 'csljson';
  if (extension === 'yaml' || extension === 'yml') return 'cslyaml';
  return null;
}

export function* parseLibrarySteps(text: string, file: string, format: LibraryFormat): Generator<void, { entries: LibraryEntry[]; errors: LibraryError[] }> {
  if (format === 'csljson') return yield* cslJsonSteps(text, file);
  if (format === 'cslyaml') return parseCslYaml(text, file);
  return yield* bibLibrarySteps(text, file);
}

export function loadLibrary(bytes: Uint8Array, file: string): LibraryLoad {
  return runSteps(loadLibrarySteps(bytes, file));
}

/** `loadLibrary`, pausing (yield) every few hundred entries so a worker can answer searches meanwhile. */
export function* loadLibrarySteps(bytes: Uint8Array, file: string): Generator<void, LibraryLoad> {
  const format = libraryFormat(file);
  if (!format) return { entries: [], errors: [], fatal: `${file} is not a library file Paper Notes reads (.bib, .bibtex, .biblatex, .json, .yaml, .yml)` };
  const decoded = decodeLibrary(bytes);
  if (!decoded.ok) return { entries: [], errors: [], fatal: `${file}: ${decoded.message}` };
  return yield* parseLibrarySteps(decoded.text, file, format);
}
