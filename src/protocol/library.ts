/** Messages between the extension host and the library worker. Types only. */
import type { LibraryError } from '../core/library/cslItem';
import type { SortOrder } from '../core/queryFilters';
import type { SearchOptions } from '../core/search';

/** From the extension host to the worker. */
export type HostToWorker =
  /** Read these library files (absolute paths, in priority order) and index them with the catalogue. Unchanged files are not read again. */
  | {
    type: 'load'; generation: number; files: string[]; catalogueFile: string; force?: boolean;
    /** Files whose entries the host already holds complete: an unchanged one is not sent again. */
    known: string[];
    /** The bibliography file Paper Notes writes to: its unchanged copies of catalogue papers are not library entries. */
    ownEntriesOf: string | null;
    /** Where readings of library files are kept by their bytes' hash, for a warm start (the extension's storage); none: not kept. */
    cacheDir?: string | null;
  }
  /**
   * A search. Of the searches of one `channel` (the Papers view, completion, a Quick Pick) that wait
   * while the worker is busy, only the newest is answered; the others are answered `stale`.
   */
  | { type: 'search'; id: number; channel: string; query: string; options: SearchOptions; visibleFiles: string[] | null }
  /** The extension is closing: let go of open files and answer `stopped` (then the worker is ended). */
  | { type: 'stop' }
  /** The BibTeX text and abstract of library entries (the host does not keep them: they are most of what an entry weighs). */
  | { type: 'texts'; id: number; entries: { file: string; key: string }[] };

export interface FileReport {
  file: string;
  entryCount: number;
  errors: LibraryError[];
  /** Set when the file could not be read or decoded: nothing of it loaded. */
  fatal?: string;
  /** Milliseconds spent reading and parsing it (0 when reused). */
  ms: number;
  /** True when it was not parsed but read from the cache of an earlier start (the same bytes). */
  fromDisk?: boolean;
}

/** A key that more than one library file defines; the first place is the one used. */
export interface DuplicateKey {
  key: string;
  places: { file: string; line: number; column: number }[];
}

/** From the worker to the extension host. */
export type WorkerToHost =
  /** A file's entries as a table's bytes (`core/library/paperTable.ts`, without the entries' texts), in shared memory where the host is another thread: nothing for the host to copy or walk. */
  | { type: 'table'; generation: number; file: string; bytes: Uint8Array }
  /** The file is complete: its slices, if any, came before. `unchanged` means the host keeps what it has. */
  | { type: 'file'; generation: number; report: FileReport; unchanged: boolean }
  /** Every file of this generation is read and the search index is built. */
  /** What the load keeps in the disk cache (readings, index) is written. */
  | { type: 'stored'; generation: number }
  | { type: 'ready'; generation: number; entryCount: number; indexMs: number; /** The index was read from the extension's storage, not built. */ indexFromDisk?: boolean; duplicates: DuplicateKey[] }
  | { type: 'hits'; id: number; stale?: boolean; total: number; errors: string[]; filters: string[]; sort: SortOrder; hits: { key: string; file: string | null; score: number; titleMatches: [number, number][] }[] }
  | { type: 'texts'; id: number; texts: ({ bibtex: string | null; abstract: string; csl?: string } | null)[] }
  | { type: 'failed'; message: string }
  | { type: 'stopped' };
