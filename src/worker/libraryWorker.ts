/**
 * The library worker (Node worker_threads): reads, parses, summarises and
 * indexes the user's libraries off the extension host, and answers searches
 * over the catalogue and the libraries together. The host only receives
 * entries in small slices, so it is never blocked for long.
 *
 * A file that is being written (a Better BibTeX auto-export writes in
 * pieces) is read only once it stopped changing; a newer load request
 * interrupts an older one; a file whose size and modification time did not
 * change is not read again.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { isUnchangedOwnEntry } from '../core/bibtex';
import { catalogueFromJson } from '../core/catalogue';
import { loadLibrarySteps } from '../core/library/loadLibrary';
import { paperFromEntry } from '../core/library/libraryPaper';
import type { Paper } from '../core/paper';
import { PaperIndex } from '../core/search';
import { decodeIndex, encodeIndex } from '../core/searchStore';
import type { DuplicateKey, FileReport, HostToWorker, WorkerToHost } from '../protocol/library';

/** Entries per message: small enough that the host reads one in a few milliseconds. */
const SLICE = 250;
/** How long a file must stay the same before it is read (ms), and how often to look again. */
const QUIET_MS = 300;
const MAX_WAITS = 40;

interface CachedFile {
  mtimeMs: number;
  size: number;
  papers: Paper[];
  byKey: Map<string, Paper>;
  report: FileReport;
  /** The hash its reading is kept under on disk ('' when nothing is kept). */
  diskKey: string;
}

const port = parentPort!;
const cache = new Map<string, CachedFile>();
let catalogue: Paper[] | null = null;
let catalogueFile = '';
let index: PaperIndex | null = null;
/** Writes to the disk cache not yet finished. */
const pendingWrites: Promise<void>[] = [];
/** The latest load request; an older one stops at its next step. */
let latest = 0;

const post = (message: WorkerToHost): void => port.postMessage(message);
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
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const yieldToMessages = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function loadCatalogue(file: string): Paper[] {
  if (!catalogue || file !== catalogueFile) {
    catalogue = [...catalogueFromJson(fs.readFileSync(file, 'utf8')).papers];
    catalogueFile = file;
  }
  return catalogue;
}

/** The file's bytes once two looks QUIET_MS apart agree on its size and modification time. */
async function readWhenQuiet(file: string, generation: number): Promise<{ bytes: Uint8Array; stat: fs.Stats } | 'stale'> {
  let before = await fs.promises.stat(file);
  for (let wait = 0; wait < MAX_WAITS; wait++) {
    const bytes = await fs.promises.readFile(file);
    await pause(Date.now() - before.mtimeMs < QUIET_MS ? QUIET_MS : 0);
    if (generation !== latest) return 'stale';
    const after = await fs.promises.stat(file);
    if (after.size === before.size && after.mtimeMs === before.mtimeMs && after.size === bytes.length) return { bytes, stat: after };
    before = after;
  }
  throw new Error(`kept changing for ${(MAX_WAITS * QUIET_MS) / 1000} s; it will be read after its next change`);
}

/** What a library file read to, kept on disk by its bytes' hash: a warm start reads this instead of parsing and summarising again. */
interface DiskEntry {
  papers: Paper[];
  errors: FileReport['errors'];
  fatal?: string;
}

/** This worker's own build: a cache written by another build of the loader is not used. */
const BUILD = (() => {
  try {
    const stat = fs.statSync(__filename);
    return `${stat.size}-${stat.mtimeMs}`;
  } catch {
    return 'unknown';
  }
})();
/** How many library files' readings are kept on disk. */
const DISK_CACHE_FILES = 20;

function diskKey(bytes: Uint8Array, file: string, own: boolean): string {
  return crypto.createHash('sha256').update(BUILD).update('\0').update(file).update(own ? '\0own\0' : '\0').update(bytes).digest('hex').slice(0, 40);
}

async function readDisk(dir: string, key: string): Promise<DiskEntry | null> {
  try {
    return JSON.parse(await fs.promises.readFile(path.join(dir, `${key}.json`), 'utf8')) as DiskEntry;
  } catch {
    return null;
  }
}

/** Writes beside and renames (never a half-written cache file), then keeps only the newest few. */
async function writeDisk(dir: string, key: string, entry: DiskEntry): Promise<void> {
  try {
    await fs.promises.mkdir(dir, { recursive: true });
    const temporary = path.join(dir, `${key}.${process.pid}.tmp`);
    await fs.promises.writeFile(temporary, JSON.stringify(entry));
    await fs.promises.rename(temporary, path.join(dir, `${key}.json`));
    const files = await Promise.all((await fs.promises.readdir(dir)).filter((name) => name.endsWith('.json'))
      .map(async (name) => ({ name, mtime: (await fs.promises.stat(path.join(dir, name))).mtimeMs })));
    files.sort((a, b) => b.mtime - a.mtime);
    await Promise.all(files.slice(DISK_CACHE_FILES).map((old) => fs.promises.rm(path.join(dir, old.name), { force: true })));
  } catch {
    // A cache that cannot be written only means the next start reads the file again.
  }
}

async function loadFile(file: string, generation: number, force: boolean, ownEntriesOf: string | null, cacheDir: string | null): Promise<CachedFile | 'stale'> {
  const started = Date.now();
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch {
    return { mtimeMs: 0, size: -1, papers: [], byKey: new Map(), diskKey: '', report: { file, entryCount: 0, errors: [], fatal: 'the file does not exist or cannot be read', ms: 0 } };
  }
  const cached = cache.get(file);
  if (!force && cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached;
  let read: Awaited<ReturnType<typeof readWhenQuiet>>;
  try {
    read = await readWhenQuiet(file, generation);
  } catch (problem) {
    // Keep what was read before, if anything: a library never disappears because it is being written.
    if (cached) return cached;
    return { mtimeMs: 0, size: -1, papers: [], byKey: new Map(), diskKey: '', report: { file, entryCount: 0, errors: [], fatal: (problem as Error).message, ms: 0 } };
  }
  if (read === 'stale') return 'stale';
  const key = cacheDir ? diskKey(read.bytes, file, file === ownEntriesOf) : '';
  const warm = cacheDir && !force ? await readDisk(cacheDir, key) : null;
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
    await yieldToMessages();
    if (generation !== latest) return 'stale';
    step = steps.next();
  }
  const load = step.value;
  // The bibliography file holds copies Paper Notes wrote of catalogue papers: those are the catalogue's, not the user's.
  const entries = file === ownEntriesOf ? load.entries.filter((entry) => !(entry.bibtex && isUnchangedOwnEntry(entry.bibtex))) : load.entries;
  const papers: Paper[] = [];
  for (let i = 0; i < entries.length; i++) {
    papers.push(paperFromEntry(entries[i]));
    if (i % 250 === 249) {
      await yieldToMessages();
      if (generation !== latest) return 'stale';
    }
  }
  const result: CachedFile = {
    mtimeMs: read.stat.mtimeMs, size: read.stat.size, papers, byKey: new Map(papers.map((paper) => [paper.key, paper])), diskKey: key,
    report: { file, entryCount: papers.length, errors: load.errors, fatal: load.fatal, ms: Date.now() - started },
  };
  cache.set(file, result);
  if (cacheDir) pendingWrites.push(writeDisk(cacheDir, key, { papers, errors: load.errors, fatal: load.fatal }));
  return result;
}

async function load(message: Extract<HostToWorker, { type: 'load' }>): Promise<void> {
  const { generation } = message;
  latest = generation;
  // An older load waiting for the host's acknowledgement stops now.
  acknowledge();
  const libraryPapers: Paper[] = [];
  for (const file of message.files) {
    await yieldToMessages();
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
  const indexKey = message.cacheDir && libraryPapers.length && keys.every(Boolean) ? indexDiskKey(keys, message.catalogueFile) : '';
  const stored = indexKey ? await readIndex(message.cacheDir!, indexKey) : null;
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
  if (indexKey && !fromDisk) pendingWrites.push(writeIndex(message.cacheDir!, indexKey, encodeIndex(built.stored(), indexKey)));
  // Say when what this load keeps on disk is written (a test, or the bench, may stop the worker then).
  const writes = pendingWrites.splice(0);
  void Promise.all(writes).then(() => post({ type: 'stored', generation }));
}

/** The built index is kept on disk by the hashes of the files it indexes, in order, and of the catalogue and this build. */
function indexDiskKey(fileKeys: string[], catalogueFile: string): string {
  let catalogueStamp = '';
  try {
    const stat = fs.statSync(catalogueFile);
    catalogueStamp = `${stat.size}-${stat.mtimeMs}`;
  } catch {
    // No catalogue stamp: the key still changes with the files.
  }
  return crypto.createHash('sha256').update(BUILD).update('\0').update(catalogueFile).update('\0').update(catalogueStamp).update('\0').update(fileKeys.join('\0')).digest('hex').slice(0, 40);
}

/** How many built indexes are kept on disk (each about 0.7 KB per entry). */
const DISK_INDEXES = 2;

async function readIndex(dir: string, key: string): Promise<ReturnType<typeof decodeIndex>> {
  try {
    return decodeIndex(await fs.promises.readFile(path.join(dir, `index-${key}.bin`)), key);
  } catch {
    return null;
  }
}

async function writeIndex(dir: string, key: string, bytes: Uint8Array): Promise<void> {
  try {
    await fs.promises.mkdir(dir, { recursive: true });
    const temporary = path.join(dir, `index-${key}.${process.pid}.tmp`);
    await fs.promises.writeFile(temporary, bytes);
    await fs.promises.rename(temporary, path.join(dir, `index-${key}.bin`));
    const files = await Promise.all((await fs.promises.readdir(dir)).filter((name) => name.startsWith('index-') && name.endsWith('.bin'))
      .map(async (name) => ({ name, mtime: (await fs.promises.stat(path.join(dir, name))).mtimeMs })));
    files.sort((a, b) => b.mtime - a.mtime);
    await Promise.all(files.slice(DISK_INDEXES).map((old) => fs.promises.rm(path.join(dir, old.name), { force: true })));
  } catch {
    // Not kept: the next start builds it again.
  }
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

function texts(message: Extract<HostToWorker, { type: 'texts' }>): void {
  const found = message.entries.map(({ file, key }) => {
    const paper = cache.get(file)?.byKey.get(key);
    return paper ? { bibtex: paper.library?.bibtex ?? null, abstract: paper.cleanAbstract, csl: paper.library?.csl } : null;
  });
  post({ type: 'texts', id: message.id, texts: found });
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
  setImmediate(() => {
    searchScheduled = false;
    const answering = [...waiting.values()];
    waiting.clear();
    answering.forEach(search);
  });
}

port.on('message', (message: HostToWorker) => {
  if (message.type === 'search') queueSearch(message);
  else if (message.type === 'ack') acknowledge();
  else if (message.type === 'texts') texts(message);
  else load(message).catch((problem: unknown) => post({ type: 'failed', message: String((problem as Error)?.stack ?? problem) }));
});
