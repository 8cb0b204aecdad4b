/**
 * The library service: reads, parses, summarises and indexes the user's
 * libraries and answers searches over the catalogue and the libraries
 * together. It runs where the platform can run it without blocking the
 * editor: in a Node worker thread on the desktop (`libraryWorker.ts`), in
 * small steps inside the web extension host in the browser. It talks to the
 * extension host only through the messages of `protocol/library.ts`, and to
 * files only through `LibraryIo`, so the same code runs in both places.
 *
 * A file that is being written (a Better BibTeX auto-export writes in
 * pieces) is read only once it stopped changing; a newer load request
 * interrupts an older one; a file whose size and modification time did not
 * change is not read again.
 */
import { isUnchangedOwnEntry } from '../core/bibtex';
import { catalogueFromJson } from '../core/catalogue';
import { loadLibrarySteps } from '../core/library/loadLibrary';
import { paperFromEntry } from '../core/library/libraryPaper';
import type { Paper } from '../core/paper';
import { PaperIndex } from '../core/search';
import { decodeIndex, encodeIndex } from '../core/searchStore';
import type { DuplicateKey, FileReport, HostToWorker, WorkerToHost } from '../protocol/library';

export interface FileStat {
  mtimeMs: number;
  size: number;
}

/** What a library file read to, kept by its bytes' hash: a warm start reads this instead of parsing and summarising again. */
export interface DiskEntry {
  papers: Paper[];
  errors: FileReport['errors'];
  fatal?: string;
}

/** Where readings and built indexes are kept between starts (the desktop's extension storage). */
export interface LibraryDisk {
  /** The key a file's reading is kept under: its bytes, its name, whether it is the bibliography file, and this build. */
  fileKey(bytes: Uint8Array, file: string, own: boolean): string;
  /** The key an index is kept under: the files' keys in order, the catalogue and this build. */
  indexKey(fileKeys: readonly string[], catalogueFile: string): string;
  readEntry(dir: string, key: string): Promise<DiskEntry | null>;
  writeEntry(dir: string, key: string, entry: DiskEntry): Promise<void>;
  readIndex(dir: string, key: string): Promise<Uint8Array | null>;
  writeIndex(dir: string, key: string, bytes: Uint8Array): Promise<void>;
}

/** Everything the service needs from where it runs. */
export interface LibraryIo {
  post(message: WorkerToHost): void;
  /** Lets waiting messages (searches, acknowledgements) in before the next step. */
  yieldToMessages(): Promise<void>;
  pause(ms: number): Promise<void>;
  /** Throws when the file does not exist or cannot be read. */
  stat(file: string): Promise<FileStat>;
  readFile(file: string): Promise<Uint8Array>;
  readCatalogue(file: string): string;
  /** Absent: nothing is kept between starts. */
  disk?: LibraryDisk;
}

/** Entries per message: small enough that the host reads one in a few milliseconds. */
const SLICE = 250;
/** Entries summarised between two looks at waiting messages. */
const STEP = 250;
/** How long a file must stay the same before it is read (ms), and how often to look again. */
const QUIET_MS = 300;
const MAX_WAITS = 40;

interface CachedFile {
  mtimeMs: number;
  size: number;
  papers: Paper[];
  byKey: Map<string, Paper>;
  report: FileReport;
  /** The key its reading is kept under ('' when nothing is kept). */
  diskKey: string;
}

export interface LibraryService {
  receive(message: HostToWorker): void;
}

export function createLibraryService(io: LibraryIo): LibraryService {
  const cache = new Map<string, CachedFile>();
  let catalogue: Paper[] | null = null;
  let catalogueFile = '';
  let index: PaperIndex | null = null;
  /** Writes to the disk cache not yet finished. */
  const pendingWrites: Promise<void>[] = [];
  /** The latest load request; an older one stops at its next step. */
  let latest = 0;
  const { post } = io;

  /** Resolves when the host acknowledged the last slice (or a newer load started). */
  let acknowledged: (() => void) | null = null;
  const sendSlice = (message: Extract<WorkerToHost, { type: 'entries' }>): Promise<void> =>
    new Promise((resolve) => {
      acknowledged = resolve;
      post(message);
    });
  const acknowledge = (): void => {
    const resolve = acknowledged;
    acknowledged = null;
    resolve?.();
  };

  function loadCatalogue(file: string): Paper[] {
    if (!catalogue || file !== catalogueFile) {
      catalogue = [...catalogueFromJson(io.readCatalogue(file)).papers];
      catalogueFile = file;
    }
    return catalogue;
  }

  /** The file's bytes once two looks QUIET_MS apart agree on its size and modification time. */
  async function readWhenQuiet(file: string, generation: number): Promise<{ bytes: Uint8Array; stat: FileStat } | 'stale'> {
    let before = await io.stat(file);
    for (let wait = 0; wait < MAX_WAITS; wait++) {
      const bytes = await io.readFile(file);
      await io.pause(Date.now() - before.mtimeMs < QUIET_MS ? QUIET_MS : 0);
      if (generation !== latest) return 'stale';
      const after = await io.stat(file);
      if (after.size === before.size && after.mtimeMs === before.mtimeMs && after.size === bytes.length) return { bytes, stat: after };
      before = after;
    }
    throw new Error(`kept changing for ${(MAX_WAITS * QUIET_MS) / 1000} s; it will be read after its next change`);
  }

  const unreadable = (file: string, fatal: string): CachedFile => ({
    mtimeMs: 0, size: -1, papers: [], byKey: new Map(), diskKey: '', report: { file, entryCount: 0, errors: [], fatal, ms: 0 },
  });

  async function loadFile(file: string, generation: number, force: boolean, ownEntriesOf: string | null, cacheDir: string | null): Promise<CachedFile | 'stale'> {
    const started = Date.now();
    let stat: FileStat;
    try {
      stat = await io.stat(file);
    } catch {
      return unreadable(file, 'the file does not exist or cannot be read');
    }
    const cached = cache.get(file);
    if (!force && cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached;
    let read: Awaited<ReturnType<typeof readWhenQuiet>>;
    try {
      read = await readWhenQuiet(file, generation);
    } catch (problem) {
      // Keep what was read before, if anything: a library never disappears because it is being written.
      return cached ?? unreadable(file, (problem as Error).message);
    }
    if (read === 'stale') return 'stale';
    const disk = cacheDir ? io.disk : undefined;
    const key = disk ? disk.fileKey(read.bytes, file, file === ownEntriesOf) : '';
    const warm = disk && !force ? await disk.readEntry(cacheDir!, key) : null;
    if (warm) {
      const result: CachedFile = {
        mtimeMs: read.stat.mtimeMs, size: read.stat.size, papers: warm.papers, byKey: new Map(warm.papers.map((paper) => [paper.key, paper])), diskKey: key,
        report: { file, entryCount: warm.papers.length, errors: warm.errors, fatal: warm.fatal, ms: Date.now() - started, fromDisk: true },
      };
      cache.set(file, result);
      return result;
    }
    // Read step by step: searches (over the index of before) are answered between steps.
    const steps = loadLibrarySteps(read.bytes, file);
    let step = steps.next();
    while (!step.done) {
      await io.yieldToMessages();
      if (generation !== latest) return 'stale';
      step = steps.next();
    }
    const load = step.value;
    // The bibliography file holds copies Paper Notes wrote of catalogue papers: those are the catalogue's, not the user's.
    const entries = file === ownEntriesOf ? load.entries.filter((entry) => !(entry.bibtex && isUnchangedOwnEntry(entry.bibtex))) : load.entries;
    const papers: Paper[] = [];
    for (let i = 0; i < entries.length; i++) {
      papers.push(paperFromEntry(entries[i]));
      if (i % STEP === STEP - 1) {
        await io.yieldToMessages();
        if (generation !== latest) return 'stale';
      }
    }
    const result: CachedFile = {
      mtimeMs: read.stat.mtimeMs, size: read.stat.size, papers, byKey: new Map(papers.map((paper) => [paper.key, paper])), diskKey: key,
      report: { file, entryCount: papers.length, errors: load.errors, fatal: load.fatal, ms: Date.now() - started },
    };
    cache.set(file, result);
    if (disk) pendingWrites.push(disk.writeEntry(cacheDir!, key, { papers, errors: load.errors, fatal: load.fatal }));
    return result;
  }

  async function load(message: Extract<HostToWorker, { type: 'load' }>): Promise<void> {
    const { generation } = message;
    latest = generation;
    // An older load waiting for the host's acknowledgement stops now.
    acknowledge();
    const libraryPapers: Paper[] = [];
    for (const file of message.files) {
      await io.yieldToMessages();
      if (generation !== latest) return;
      const before = cache.get(file);
      const loaded = await loadFile(file, generation, message.force ?? false, message.ownEntriesOf, message.cacheDir ?? null);
      if (loaded === 'stale') return;
      const unchanged = loaded === before && !message.force && message.known.includes(file);
      if (!unchanged) {
        // One slice at a time: Node hands a port's queued messages to the host in one go, which would block it.
        for (let i = 0; i < loaded.papers.length; i += SLICE) {
          await sendSlice({ type: 'entries', generation, file, papers: loaded.papers.slice(i, i + SLICE).map(forHost) });
          if (generation !== latest) return;
        }
      }
      post({ type: 'file', generation, report: loaded.report, unchanged });
      libraryPapers.push(...loaded.papers);
    }
    for (const file of cache.keys()) if (!message.files.includes(file)) cache.delete(file);
    const started = Date.now();
    // The user's entries first: their key is the one a note means; the catalogue paper of the same key stays findable.
    const papers = [...libraryPapers, ...loadCatalogue(message.catalogueFile)];
    const keys = message.files.map((file) => cache.get(file)?.diskKey ?? '');
    const disk = message.cacheDir ? io.disk : undefined;
    const indexKey = disk && libraryPapers.length && keys.every(Boolean) ? disk.indexKey(keys, message.catalogueFile) : '';
    const bytes = indexKey ? await disk!.readIndex(message.cacheDir!, indexKey) : null;
    let stored: ReturnType<typeof decodeIndex> = null;
    try {
      stored = bytes ? decodeIndex(bytes, indexKey) : null;
    } catch {
      // A damaged index is built again.
    }
    if (generation !== latest) return;
    let built: PaperIndex | null = null;
    if (stored) {
      try {
        built = new PaperIndex(papers, stored);
      } catch {
        built = null;
      }
    }
    const fromDisk = !!built;
    built ??= new PaperIndex(papers);
    if (generation !== latest) return;
    index = built;
    post({ type: 'ready', generation, entryCount: libraryPapers.length, indexMs: Date.now() - started, indexFromDisk: fromDisk, duplicates: duplicateKeys(libraryPapers) });
    if (indexKey && !fromDisk) pendingWrites.push(disk!.writeIndex(message.cacheDir!, indexKey, encodeIndex(built.stored(), indexKey)));
    // Say when what this load keeps on disk is written (a test, or the bench, may stop the worker then).
    const writes = pendingWrites.splice(0);
    void Promise.all(writes).then(() => post({ type: 'stored', generation }));
  }

  function texts(message: Extract<HostToWorker, { type: 'texts' }>): void {
    const found = message.entries.map(({ file, key }) => {
      const paper = cache.get(file)?.byKey.get(key);
      return paper ? { bibtex: paper.library?.bibtex ?? null, abstract: paper.cleanAbstract, csl: paper.library?.csl } : null;
    });
    post({ type: 'texts', id: message.id, texts: found });
  }

  function search(message: Extract<HostToWorker, { type: 'search' }>): void {
    if (!index) {
      post({ type: 'hits', id: message.id, total: 0, errors: [], filters: [], sort: 'relevance', hits: [] });
      return;
    }
    const visible = message.visibleFiles ? new Set(message.visibleFiles) : null;
    const result = index.search(message.query, { ...message.options, accept: visible ? (paper) => !paper.library || visible.has(paper.library.file) : undefined });
    post({
      type: 'hits', id: message.id, total: result.total, errors: result.errors, filters: result.filters, sort: result.sort,
      hits: result.hits.map((hit) => ({ key: hit.paper.key, file: hit.paper.library?.file ?? null, score: hit.score, titleMatches: hit.titleMatches })),
    });
  }

  /** The newest waiting search of each channel; older ones are answered `stale` without searching. */
  const waiting = new Map<string, Extract<HostToWorker, { type: 'search' }>>();
  let searchScheduled = false;

  function queueSearch(message: Extract<HostToWorker, { type: 'search' }>): void {
    const older = waiting.get(message.channel);
    if (older) post({ type: 'hits', id: older.id, stale: true, total: 0, errors: [], filters: [], sort: 'relevance', hits: [] });
    waiting.set(message.channel, message);
    if (searchScheduled) return;
    searchScheduled = true;
    // Messages that arrived together are all queued before any is answered.
    void io.yieldToMessages().then(() => {
      searchScheduled = false;
      const answering = [...waiting.values()];
      waiting.clear();
      answering.forEach(search);
    });
  }

  return {
    receive(message) {
      if (message.type === 'search') queueSearch(message);
      else if (message.type === 'ack') acknowledge();
      else if (message.type === 'texts') texts(message);
      else load(message).catch((problem: unknown) => post({ type: 'failed', message: String((problem as Error)?.stack ?? problem) }));
    },
  };
}

/**
 * A paper as the host keeps it: without the entry's BibTeX text, abstract
 * and CSL item, which the host asks for when it shows, copies or formats one
 * (they are most of what an entry weighs, and the host's heap is the
 * editor's).
 */
function forHost(paper: Paper): Paper {
  if (!paper.library) return paper;
  // Left out, not set to undefined: every property an entry carries is one more for the host's heap and its collector.
  const { csl, ...library } = paper.library;
  return { ...paper, cleanAbstract: '', library: { ...library, bibtex: null, hasBibtex: !!library.bibtex, hasAbstract: !!paper.cleanAbstract, hasCsl: !!csl } };
}

/** Keys defined in more than one file (a file's own repeats are reported by its loader). */
function duplicateKeys(papers: readonly Paper[]): DuplicateKey[] {
  const places = new Map<string, Paper[]>();
  for (const paper of papers) {
    const list = places.get(paper.key);
    if (list) list.push(paper);
    else places.set(paper.key, [paper]);
  }
  const out: DuplicateKey[] = [];
  for (const [key, list] of places) {
    if (list.length > 1) out.push({ key, places: list.map((paper) => ({ file: paper.library!.file, line: paper.library!.line, column: paper.library!.column })) });
  }
  return out;
}
