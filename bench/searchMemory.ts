/**
 * Heap of the entries and of one index, and the time to build it, measured
 * in a fresh process (one process per figure: in the bench's own process
 * earlier garbage and freed typed arrays blur the numbers, and a build there
 * runs after the other index was built and dropped). Run by bench/search.ts:
 * node --expose-gc searchMemory.js catalogue|library SIZE new|old
 */
import type { Paper } from '../src/core/paper';
import { PaperIndex } from '../src/core/search';
import { PaperIndex as OldPaperIndex } from './baseline/oldSearch';
import { catalogue, syntheticLibraryPapers, syntheticPapers } from './common';

function usedMb(): number {
  for (let i = 0; i < 3; i++) global.gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 1024 / 1024;
}

const [shape, sizeText, which] = process.argv.slice(2);
const rows = catalogue();
const start = usedMb();
const papers: Paper[] = shape === 'library' ? syntheticLibraryPapers(rows, Number(sizeText)) : syntheticPapers(rows, Number(sizeText));
const withEntries = usedMb();
const started = performance.now();
const index = which === 'old' ? new OldPaperIndex(papers) : new PaperIndex(papers);
const buildMs = performance.now() - started;
index.search('warm up', { limit: 20 });
const withIndex = usedMb();
console.log(JSON.stringify({ entriesMb: withEntries - start, indexMb: withIndex - withEntries, buildMs, papers: papers.length, kept: !!index }));
