/**
 * npm run bench -- library: a user's library at 100,000 entries, in the
 * shapes real exports have (Better BibTeX BibTeX with @string macros,
 * crossref, TeX accents, particles, protected titles, file and URL fields,
 * 1 in 500 entries broken, 3 in 5 with an abstract; the same entries as
 * Better CSL JSON). Figures:
 * read + parse, summaries, index, heap; the real worker from the extension's
 * bundle with an event-loop probe on the "host" side (its longest block);
 * growth from 25,000 to 100,000 entries (linear means about 4x); and the same
 * file through Pandoc, the named baseline (`pandoc -f biblatex -t csljson`).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadLibrary } from '../src/core/library/loadLibrary';
import { PaperTable } from '../src/core/library/paperTable';
import { paperFromEntry } from '../src/core/library/libraryPaper';
import type { Paper } from '../src/core/paper';
import { PaperIndex } from '../src/core/search';
import type { HostToWorker, WorkerToHost } from '../src/protocol/library';
import { buildStamp, nodeLibraryIo } from '../src/worker/libraryDisk';
import { createLibraryService } from '../src/worker/libraryService';
import { blockInWords, lagsInWords, longestHostBlock } from '../test/shared/hostBlock';
import { hostTicks } from '../test/shared/hostTicks';
import { catalogue, fmt, random, ROOT, timeMs } from './common';

const PARTICLES = ['', '', '', 'van der ', 'de ', 'von '];
const FAMILIES = ['M{\\"u}ller', 'Garc{\\\'i}a', 'Schmidt', 'Nakamura', 'Dupont', 'Kowalski', 'Chen', 'Okafor', 'Andersson', 'Ivanov', 'Rossi', 'Smith'];
const GIVEN = ['Anna', 'Jos{\\\'e}', 'Li', 'Kai', 'Mar{\\\'i}a', 'Tom', 'Fran{\\c c}ois', 'Yuki'];

const SYLLABLES = ['ka', 'ri', 'mo', 'sen', 'ta', 'lu', 'ber', 'nov', 'el', 'han', 'zu', 'pe', 'dra', 'vi', 'shi', 'ol', 'gar', 'min', 'to', 'wa', 'ich', 'ro', 'yan', 'fel', 'su', 'bo', 'lin', 'ek', 'mar', 'di', 'qi', 'an', 'ste', 'jo', 'ul', 'ne'];
/** A made-up name of two to four syllables: a real library has tens of thousands of distinct author names, not a dozen. */
function madeUpName(next: () => number, syllables: number): string {
  const name = Array.from({ length: syllables }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
  return name[0].toUpperCase() + name.slice(1);
}

/** One Better BibTeX-shaped entry built from a catalogue paper. */
function bibEntry(paper: Paper, i: number, next: () => number, broken: boolean): string {
  const key = `${paper.key}x${i}`;
  if (broken && i % 500 === 499) return `@article{${key},\n  title = {Broken entry ${i}}\n  author = {Missing, Comma}\n}\n`;
  // One author in four from a few names with TeX accents and particles; the rest from tens of thousands of made-up ones.
  const authors = Array.from({ length: 1 + Math.floor(next() * 5) }, () => (next() < 0.25
    ? `${PARTICLES[Math.floor(next() * PARTICLES.length)]}${FAMILIES[Math.floor(next() * FAMILIES.length)]}, ${GIVEN[Math.floor(next() * GIVEN.length)]}`
    : `${madeUpName(next, 2 + Math.floor(next() * 3))}, ${madeUpName(next, 1 + Math.floor(next() * 2))}`)).join(' and ');
  const title = paper.title.replace(/([A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*)/g, '{{$1}}').replace(/[%&]/g, (ch) => `\\${ch}`);
  const abstract = paper.cleanAbstract.replace(/[%&#_]/g, (ch) => `\\${ch}`).replace(/[{}]/g, '');
  const year = paper.year ?? 2024;
  const kind = i % 3;
  const venue = kind === 0 ? '  booktitle = neurips # { ' + year + '},\n' : kind === 1 ? `  journaltitle = {Journal of {{Machine Learning}} Research},\n  volume = {${i % 30}},\n` : '  eprinttype = {arXiv},\n  eprint = {2401.0' + (i % 10000) + '},\n';
  return `@${kind === 0 ? 'inproceedings' : kind === 1 ? 'article' : 'online'}{${key},
  title = {${title}},
${venue}  author = {${authors}},
  date = {${paper.date ?? year}},
${i % 50 === 0 ? `  crossref = {proc${year}},\n` : ''}  url = {https://example.org/papers/${key}},
  urldate = {2025-01-0${1 + (i % 9)}},
${i % 5 < 3 ? `  abstract = {${abstract}},\n` : ''}  langid = {english},
  keywords = {deep learning,architecture},
  file = {/home/researcher/Zotero/storage/${key.slice(0, 8).toUpperCase()}/${key}.pdf}
}
`;
}

export function bibLibrary(count: number, broken = true, seed = 11): string {
  const papers = catalogue();
  const next = random(seed);
  const parts = ['@comment{jabref-meta: databaseType:biblatex;}\n', '@string{neurips = {Advances in Neural Information Processing Systems}}\n'];
  for (let year = 2015; year <= 2026; year++) parts.push(`@proceedings{proc${year}, title = {Proceedings of {{ICML}} ${year}}, date = {${year}}, publisher = {PMLR}}\n`);
  for (let i = 0; i < count; i++) parts.push(bibEntry(papers[i % papers.length], i, next, broken));
  return parts.join('\n');
}

function cslLibrary(count: number): string {
  const papers = catalogue();
  const items = [];
  for (let i = 0; i < count; i++) {
    const paper = papers[i % papers.length];
    items.push({
      id: `${paper.key}x${i}`, 'citation-key': `${paper.key}x${i}`, type: i % 2 ? 'article-journal' : 'paper-conference', title: paper.cleanTitle,
      author: [{ family: 'Müller', given: 'Anna' }, { family: 'Maaten', 'non-dropping-particle': 'van der', given: 'Laurens' }],
      issued: { 'date-parts': [[paper.year ?? 2024]] }, 'container-title': 'Advances in Neural Information Processing Systems', ...(i % 5 < 3 ? { abstract: paper.cleanAbstract } : {}),
      URL: `https://example.org/${paper.key}`,
    });
  }
  return JSON.stringify(items, null, 2);
}

/** Megabytes to one place (a change smaller than that, up or down, is 0.0). */
const mb = (bytes: number): string => `${(Math.abs(bytes) < 0.05 * 1024 * 1024 ? 0 : bytes / 1024 / 1024).toFixed(1)} MB`;

function inProcess(label: string, file: string): { parseMs: number; entries: number; errors: number } {
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const bytes = fs.readFileSync(file);
  let load!: ReturnType<typeof loadLibrary>;
  const parseMs = timeMs(() => {
    load = loadLibrary(bytes, file);
  });
  let papers: Paper[] = [];
  const summaryMs = timeMs(() => {
    papers = load.entries.map(paperFromEntry);
  });
  let index: PaperIndex | undefined;
  const indexMs = timeMs(() => {
    index = new PaperIndex([...papers, ...catalogue()]);
  });
  globalThis.gc?.();
  const heap = process.memoryUsage().heapUsed - heapBefore;
  console.log(`  ${label.padEnd(34)} ${mb(bytes.length).padStart(8)}  ${String(load.entries.length).padStart(7)} entries, ${String(load.errors.length).padStart(4)} errors   parse ${fmt(parseMs / 1000, 1)} s   summaries ${fmt(summaryMs / 1000, 1)} s   index ${fmt(indexMs / 1000, 1)} s   heap +${globalThis.gc ? mb(heap) : '(run with --expose-gc)'}`);
  void index;
  return { parseMs, entries: load.entries.length, errors: load.errors.length };
}

/** The extension's own worker bundle, driven as the extension host drives it; the probe measures this thread's longest block. */
function throughWorker(file: string, cacheDir: string | null = null): Promise<{ readyMs: number; longestBlockMs: number; block: string; slices: number; hostHeap: number; hostBuffers: number; tableBytes: number; entries: number; indexMs: number; indexFromDisk: boolean }> {
  const workerFile = path.join(ROOT, 'dist', 'libraryWorker.js');
  if (!fs.existsSync(workerFile)) throw new Error('dist/libraryWorker.js is missing: npm run build');
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const buffersBefore = process.memoryUsage().arrayBuffers;
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile);
    const started = performance.now();
    let slices = 0;
    let tableBytes = 0;
    const kept: PaperTable[] = [];
    let result: Awaited<ReturnType<typeof throughWorker>> | undefined;
    const finish = (): void => {
      if (!result) return;
      // As the extension ends it: the worker closes what it holds open first.
      worker.postMessage({ type: 'stop' });
    };
    // As the integration test reads it: each lag with the host thread's schedule and the machine's stops in it.
    const probe = hostTicks(5);
    worker.on('message', (message: WorkerToHost) => {
      if (message.type === 'table') {
        slices++;
        tableBytes += message.bytes.byteLength;
        // As the extension's store keeps them.
        kept.push(PaperTable.from(message.bytes)!);
      } else if (message.type === 'ready') {
        probe.stop();
        const readyMs = performance.now() - started;
        globalThis.gc?.();
        // Measured while the entries are still held, as the extension host holds them.
        const hostHeap = process.memoryUsage().heapUsed - heapBefore;
        const hostBuffers = process.memoryUsage().arrayBuffers - buffersBefore;
        const longest = longestHostBlock(probe.ticks, 5);
        const block = ` (${blockInWords(longest)}); ${lagsInWords(longest)}`;
        result = { readyMs, longestBlockMs: longest.block, block, slices, hostHeap, hostBuffers, tableBytes, entries: kept.reduce((sum, table) => sum + table.count, 0), indexMs: message.indexMs, indexFromDisk: !!message.indexFromDisk };
        if (!cacheDir) finish();
      } else if (message.type === 'stored') {
        // What the worker keeps on disk is written: only now may it stop.
        finish();
      } else if (message.type === 'stopped') {
        void worker.terminate();
        resolve(result!);
      } else if (message.type === 'failed') {
        probe.stop();
        reject(new Error(message.message));
      }
    });
    worker.postMessage({ type: 'load', generation: 1, files: [file], catalogueFile: path.join(ROOT, 'dist', 'catalogue.json'), known: [], ownEntriesOf: null, cacheDir });
  });
}

/** Searches with filters as a session types them, every prefix a search. */
const FILTER_QUERIES = ['year:2019 attention', 'author:ka', 'author:mar vision', 'year:>=2020', 'in:library has:code', 'kind:architecture transformer', 'family:ssm', 'modality:vision year:2021..2023 image', 'author:m', 'sort:newest in:library', 'author:zu year:<2022'];

/**
 * What the library service holds where it runs (the worker's heap, measured
 * here in this thread with the same service and the same disk cache as the
 * worker bundle): at ready, and after a session of searches with filters
 * (`year:`, `author:`, `in:`, ...; every typed prefix of FILTER_QUERIES),
 * with how long those searches took.
 */
function serviceMemory(file: string, cacheDir: string): Promise<{ readyMs: number; heapReady: number; buffersReady: number; searches: number; medianMs: number; p95Ms: number; maxMs: number; heapAfter: number; buffersAfter: number; slowest: string }> {
  const memory = (): NodeJS.MemoryUsage => {
    // More than once: a buffer's memory outside the heap is given back a collection after its object.
    for (let i = 0; i < 3; i++) globalThis.gc?.();
    return process.memoryUsage();
  };
  const before = memory();
  const started = performance.now();
  const typed = FILTER_QUERIES.flatMap((query) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)));
  return new Promise((resolve, reject) => {
    let readyMs = 0;
    let atReady: NodeJS.MemoryUsage;
    let asked = 0;
    let searchStarted = 0;
    const times: number[] = [];
    // One at a time: a search asked while another waits makes the older one stale.
    const search = (): void => {
      searchStarted = performance.now();
      service.receive({ type: 'search', id: ++asked, channel: 'bench', query: typed[asked - 1], options: { limit: 20 }, visibleFiles: null });
    };
    const service = createLibraryService(nodeLibraryIo((message) => {
      if (message.type === 'ready') {
        readyMs = performance.now() - started;
        // Measured once the load has returned (what it held only while loading is garbage then).
        setTimeout(() => {
          atReady = memory();
          search();
        }, 0);
      } else if (message.type === 'hits') {
        times.push(performance.now() - searchStarted);
        if (asked < typed.length) {
          search();
          return;
        }
        const after = memory();
        const sorted = [...times].sort((a, b) => a - b);
        resolve({
          readyMs, heapReady: atReady.heapUsed - before.heapUsed, buffersReady: atReady.arrayBuffers - before.arrayBuffers, searches: times.length,
          medianMs: sorted[Math.floor(sorted.length / 2)], p95Ms: sorted[Math.floor(sorted.length * 0.95)], maxMs: sorted[sorted.length - 1],
          heapAfter: after.heapUsed - before.heapUsed, buffersAfter: after.arrayBuffers - before.arrayBuffers,
          slowest: times.map((ms, i) => ({ ms, query: typed[i] })).sort((a, b) => b.ms - a.ms).slice(0, 4).map(({ ms, query }) => `${query} ${fmt(ms, 1)} ms`).join(', '),
        });
      } else if (message.type === 'failed') reject(new Error(message.message));
    }, buildStamp(path.join(ROOT, 'dist', 'libraryWorker.js'))));
    const load: HostToWorker = { type: 'load', generation: 1, files: [file], catalogueFile: path.join(ROOT, 'dist', 'catalogue.json'), known: [], ownEntriesOf: null, cacheDir };
    service.receive(load);
  });
}

function pandoc(file: string, from: string): { ms: number; status: number | null; error: string } {
  const started = performance.now();
  const run = spawnSync('pandoc', ['-f', from, '-t', 'csljson', file], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 15 * 60_000 });
  return { ms: performance.now() - started, status: run.error ? null : run.status, error: run.error?.message ?? run.stderr.split('\n').slice(0, 2).join(' ') };
}

export async function benchLibrary(): Promise<void> {
  const size = Number(process.env.BENCH_LIBRARY_SIZE ?? 100_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-notes-bench-library-'));
  try {
    console.log(`\nlibrary: ${size.toLocaleString('en-US')} entries in real export shapes (${os.cpus().length} cores, Node ${process.versions.node})`);
    const quarter = path.join(dir, 'quarter.bib');
    const full = path.join(dir, 'library.bib');
    const json = path.join(dir, 'library.json');
    fs.writeFileSync(quarter, bibLibrary(size / 4));
    fs.writeFileSync(full, bibLibrary(size));
    fs.writeFileSync(json, cslLibrary(size));
    if (process.env.BENCH_LIBRARY_PARTS === 'worker') {
      // Only the worker and the host's side of it (BENCH_LIBRARY_PARTS=worker), for repeated runs.
      for (let run = 1; run <= Number(process.env.BENCH_RUNS ?? 3); run++) {
        const worker = await throughWorker(full);
        console.log(`  worker run ${run}: ready in ${fmt(worker.readyMs / 1000, 1)} s (index built in ${fmt(worker.indexMs / 1000, 1)} s); host's longest block ${fmt(worker.longestBlockMs, 1)} ms${worker.block}`);
      }
      // A warm start: the same bytes again, with the readings an earlier start kept on disk.
      const cacheDir = path.join(dir, 'cache');
      const cold = await throughWorker(full, cacheDir);
      const warm = await throughWorker(full, cacheDir);
      console.log(`  start with an empty cache: ready in ${fmt(cold.readyMs / 1000, 1)} s (index built in ${fmt(cold.indexMs / 1000, 1)} s); warm start (same bytes, readings${warm.indexFromDisk ? ' and index' : ''} from disk): ready in ${fmt(warm.readyMs / 1000, 2)} s (index ${warm.indexFromDisk ? 'read' : 'built'} in ${fmt(warm.indexMs / 1000, 2)} s; ${fmt(cold.readyMs / warm.readyMs, 1)}x faster); host's longest block ${fmt(warm.longestBlockMs, 1)} ms`);
      console.log(`  the extension host's side: heap +${mb(warm.hostHeap)} for the entries; their table, ${mb(warm.tableBytes)} of bytes in ${warm.slices} message(s), is outside the heap (array buffers +${mb(warm.hostBuffers)})`);
      const kept = fs.readdirSync(cacheDir).map((name) => `${name.replace(/-[0-9a-f]{40}/, '')} ${mb(fs.statSync(path.join(cacheDir, name)).size)}`);
      console.log(`  kept on disk: ${kept.join(', ')}`);
      const service = await serviceMemory(full, cacheDir);
      console.log(`  the worker's side (the same service in this thread, warm): ready in ${fmt(service.readyMs / 1000, 2)} s; heap for entries and index +${mb(service.heapReady)}, outside the heap (the tables without their texts, the index's arrays) ${mb(service.buffersReady)}: ${mb(service.heapReady + service.buffersReady)} in all (target <= 150 MB)`);
      console.log(`  after ${service.searches} searches with filters (every typed prefix of ${FILTER_QUERIES.length} queries such as ${FILTER_QUERIES.slice(0, 3).join(', ')}): median ${fmt(service.medianMs, 2)} ms, p95 ${fmt(service.p95Ms, 2)} ms, max ${fmt(service.maxMs, 1)} ms; heap +${mb(service.heapAfter)}, outside ${mb(service.buffersAfter)}: ${mb(service.heapAfter + service.buffersAfter)} in all; slowest: ${service.slowest}`);
      return;
    }
    const small = inProcess(`BibLaTeX, ${(size / 4).toLocaleString('en-US')} entries`, quarter);
    const big = inProcess(`BibLaTeX, ${size.toLocaleString('en-US')} entries`, full);
    inProcess(`CSL-JSON, ${size.toLocaleString('en-US')} entries`, json);
    console.log(`  growth 4x entries -> parse ${fmt(big.parseMs / small.parseMs, 2)}x time (linear: about 4x)`);
    // BENCH_LIBRARY_PARTS=parse: only the in-process figures above (no worker, no Pandoc).
    if (process.env.BENCH_LIBRARY_PARTS === 'parse') return;
    const worker = await throughWorker(full);
    console.log(`  worker (dist/libraryWorker.js): ready in ${fmt(worker.readyMs / 1000, 1)} s, ${worker.entries.toLocaleString('en-US')} entries in ${worker.slices} table message(s); host's longest block ${fmt(worker.longestBlockMs, 1)} ms (target <= 50 ms)${worker.block}; host heap for the entries +${mb(worker.hostHeap)}, their bytes (outside the heap) ${mb(worker.hostBuffers)}`);
    const asIs = pandoc(full, 'biblatex');
    console.log(`  baseline pandoc -f biblatex -t csljson on the same file: ${asIs.status === 0 ? `${fmt(asIs.ms / 1000, 1)} s` : `refuses the whole file (exit ${asIs.status}: ${asIs.error.trim()})`}`);
    const clean = path.join(dir, 'clean.bib');
    fs.writeFileSync(clean, bibLibrary(size, false));
    const cleanParse = inProcess(`BibLaTeX, ${size.toLocaleString('en-US')}, no broken entry`, clean);
    const cleanRun = pandoc(clean, 'biblatex');
    if (cleanRun.status === 0) console.log(`  baseline pandoc on it without the broken entries: ${fmt(cleanRun.ms / 1000, 1)} s; Paper Notes parses it in ${fmt(cleanParse.parseMs / 1000, 1)} s (${fmt(cleanRun.ms / cleanParse.parseMs, 1)}x ${cleanRun.ms >= cleanParse.parseMs ? 'faster' : 'slower'})`);
    else console.log(`  baseline pandoc: not available (${cleanRun.error.trim()})`);
    console.log('  published baseline: LaTeX Workshop, about 10 s for 17,576 entries after its move to a worker');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
