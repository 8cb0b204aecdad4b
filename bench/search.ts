/** Search quality on the labelled queries and latency on synthetic catalogues, against plain fuse.js. */
import Fuse from 'fuse.js';
import type { Paper } from '../src/core/paper';
import { PaperIndex } from '../src/core/search';
import { catalogue, fixture, fmt, percentile, syntheticPapers, timeMs } from './common';

export interface LabelledQuery {
  query: string;
  type: string;
  accept: string[];
}

export interface Quality {
  hitAt5: number;
  mrr: number;
  misses: string[];
}

/** hit@5: an accepted paper is in the top 5. MRR: mean of 1/rank of the first accepted paper (0 past 20). */
export function quality(queries: LabelledQuery[], rank: (query: string) => string[]): Quality {
  let hits = 0;
  let reciprocal = 0;
  const misses: string[] = [];
  for (const { query, accept } of queries) {
    const keys = rank(query).slice(0, 20);
    const position = keys.findIndex((key) => accept.includes(key));
    if (position !== -1 && position < 5) hits++;
    else misses.push(`${JSON.stringify(query)} → ${keys.slice(0, 3).join(', ') || 'nothing'}`);
    if (position !== -1) reciprocal += 1 / (position + 1);
  }
  return { hitAt5: hits / queries.length, mrr: reciprocal / queries.length, misses };
}

/** fuse.js with default options over title and abstract: what one gets out of the box. */
export function plainFuse(papers: readonly Paper[]): Fuse<Paper> {
  return new Fuse(papers, { keys: ['title', 'abstract'] });
}

function memoryMb(): number {
  global.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

function latencies(run: (query: string) => void, queries: string[], rounds: number): number[] {
  const out: number[] = [];
  for (let round = 0; round < rounds; round++) for (const query of queries) out.push(timeMs(() => run(query)));
  return out;
}

export function benchSearch(options: { sizes?: number[] } = {}): void {
  const papers = catalogue();
  const queries = fixture<{ queries: LabelledQuery[] }>('searchQueries.json').queries;
  const index = new PaperIndex(papers);
  const ours = quality(queries, (query) => index.search(query, { limit: 20 }).hits.map((hit) => hit.paper.key));
  const fuse = plainFuse(papers);
  const baseline = quality(queries, (query) => fuse.search(query, { limit: 20 }).map((result) => result.item.key));
  console.log(`\n== Search quality: ${queries.length} labelled queries over the ${papers.length}-paper catalogue`);
  console.log(`  ${''.padEnd(26)}${'hit@5'.padStart(8)}${'MRR'.padStart(8)}`);
  console.log(`  ${'Paper Notes'.padEnd(26)}${fmt(ours.hitAt5).padStart(8)}${fmt(ours.mrr).padStart(8)}`);
  console.log(`  ${'fuse.js defaults (baseline)'.padEnd(26)}${fmt(baseline.hitAt5).padStart(8)}${fmt(baseline.mrr).padStart(8)}`);
  const types = [...new Set(queries.map((query) => query.type))];
  for (const type of types) {
    const subset = queries.filter((query) => query.type === type);
    const q = quality(subset, (query) => index.search(query, { limit: 20 }).hits.map((hit) => hit.paper.key));
    const b = quality(subset, (query) => fuse.search(query, { limit: 20 }).map((result) => result.item.key));
    console.log(`    ${`${type} (${subset.length})`.padEnd(24)}${fmt(q.hitAt5).padStart(8)}${fmt(q.mrr).padStart(8)}   baseline ${fmt(b.hitAt5)} / ${fmt(b.mrr)}`);
  }
  if (ours.misses.length) console.log(`  not in the top 5: ${ours.misses.join('; ')}`);

  // Latency: every labelled query and every prefix of it, as typed.
  const typed = [...new Set(queries.flatMap(({ query }) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)).filter((text) => text.trim())))];
  for (const size of options.sizes ?? [10_000, 100_000]) {
    const synthetic = syntheticPapers(papers, size);
    const before = memoryMb();
    let big: PaperIndex | undefined;
    const buildMs = timeMs(() => {
      big = new PaperIndex(synthetic);
    });
    const memory = memoryMb() - before;
    big!.search('warm up', { limit: 20 });
    const times = latencies((query) => big!.search(query, { limit: 20 }), typed, 1);
    // Plain fuse.js is far slower: time it on a sample of the typed queries.
    const sample = typed.filter((_, i) => i % Math.ceil(typed.length / (size > 20_000 ? 6 : 60)) === 0);
    const fuseBig = plainFuse(synthetic);
    const fuseTimes = latencies((query) => fuseBig.search(query, { limit: 20 }), sample, 1);
    const ourSample = latencies((query) => big!.search(query, { limit: 20 }), sample, 1);
    console.log(`\n== Search latency: ${size.toLocaleString('en')} synthetic papers (mutated copies of the catalogue), ${typed.length} typed queries`);
    console.log(`  index build ${fmt(buildMs, 0)} ms, heap +${fmt(memory, 1)} MB`);
    console.log(`  Paper Notes: median ${fmt(percentile(times, 50), 2)} ms, p95 ${fmt(percentile(times, 95), 2)} ms, max ${fmt(Math.max(...times), 1)} ms`);
    console.log(`  fuse.js defaults over title+abstract (baseline, ${sample.length} of the queries): median ${fmt(percentile(fuseTimes, 50), 1)} ms, p95 ${fmt(percentile(fuseTimes, 95), 1)} ms`);
    console.log(`  on the same ${sample.length} queries: median ${fmt(percentile(fuseTimes, 50) / percentile(ourSample, 50), 0)}x faster, p95 ${fmt(percentile(fuseTimes, 95) / percentile(ourSample, 95), 0)}x faster than the baseline`);
  }
}
