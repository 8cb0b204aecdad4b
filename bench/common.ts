/** Shared bench helpers: the built catalogue, timing, formatting. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Paper } from '../src/core/paper';

export const ROOT = path.resolve(__dirname, '..', '..');

export function catalogue(): Paper[] {
  const file = path.join(ROOT, 'dist', 'catalogue.json');
  if (!fs.existsSync(file)) throw new Error('dist/catalogue.json is missing: npm run build');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { papers: Paper[] }).papers;
}

export function fixture<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', name), 'utf8')) as T;
}

export function timeMs(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const fmt = (value: number, digits = 3): string => value.toFixed(digits);

/** A deterministic pseudo-random generator (mulberry32), so synthetic data is the same every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` mutated copies of the real papers: shuffled words in abstracts, suffixed titles and keys. */
export function syntheticPapers(papers: Paper[], count: number, seed = 7): Paper[] {
  const next = random(seed);
  const out: Paper[] = [];
  for (let i = 0; i < count; i++) {
    const base = papers[i % papers.length];
    const words = base.cleanAbstract.split(' ');
    for (let j = 0; j < 12; j++) {
      const a = Math.floor(next() * words.length);
      const b = Math.floor(next() * words.length);
      [words[a], words[b]] = [words[b], words[a]];
    }
    const variant = Math.floor(i / papers.length);
    const title = variant === 0 ? base.title : `${base.title} ${['II', 'Revisited', 'at Scale', 'for Edge Devices', 'with Sparse Experts'][variant % 5]} ${variant}`;
    out.push({ ...base, key: `${base.key}v${variant}`, title, cleanTitle: title, cleanAbstract: words.join(' '), abstract: words.join(' ') });
  }
  return out;
}
