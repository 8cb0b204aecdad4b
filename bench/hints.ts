/**
 * Inlay hints for a note of 200, 2,000 and 4,000 citations: finding the
 * note's citations (NoteCitations, which diagnostics already pay for: the
 * baseline) and the hint text of each. Target: 2,000 citations under 20 ms.
 * Medians of several runs, after a warm-up.
 */
import type { Paper } from '../src/core/paper';
import { inlayHintText, type InlayHintMode } from '../src/core/summaryView';
import { NoteCitations } from '../src/markdown/noteCitations';
import { catalogue, fmt } from './common';

const RUNS = 15;

function note(citations: number): string {
  const papers = catalogue();
  const lines: string[] = [];
  for (let i = 0; i < citations; i += 2) {
    const a = papers[i % papers.length];
    const b = papers[(i + 1) % papers.length];
    lines.push(`${a.cleanAbstract.split(/(?<=\.) /)[0]} [@${a.key}, p. ${i}; see @${b.key}].\n`);
  }
  return lines.join('\n');
}

function median(run: () => void): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((x, y) => x - y)[times.length >> 1];
}

export function benchHints(): void {
  const papers = new Map<string, Paper>(catalogue().map((paper) => [paper.key, paper]));
  console.log('\n== Inlay hints: a note\'s hints (target: 2,000 citations under 20 ms)');
  console.log(`  ${'citations'.padEnd(12)}${'find citations (baseline)'.padStart(28)}${'find + name hints'.padStart(20)}${'find + summary'.padStart(18)}${'hints alone (cached)'.padStart(24)}`);
  for (const size of [200, 2000, 4000]) {
    const text = note(size);
    let sink = 0;
    const hints = (citations: NoteCitations, mode: InlayHintMode): void => {
      for (const citation of citations.all()) {
        const paper = papers.get(citation.key);
        if (paper) sink += inlayHintText(paper, mode)?.length ?? 0;
      }
    };
    const find = median(() => {
      sink += new NoteCitations(text).all().length;
    });
    const withNames = median(() => hints(new NoteCitations(text), 'name'));
    const withSummaries = median(() => hints(new NoteCitations(text), 'summary'));
    const cached = new NoteCitations(text);
    cached.all();
    const alone = median(() => hints(cached, 'summary'));
    console.log(`  ${String(size).padEnd(12)}${`${fmt(find, 1)} ms`.padStart(28)}${`${fmt(withNames, 1)} ms`.padStart(20)}${`${fmt(withSummaries, 1)} ms`.padStart(18)}${`${fmt(alone, 2)} ms`.padStart(24)}${sink < 0 ? '' : ''}`);
  }
  console.log('  (per keystroke the provider pays "find + hints": the note\'s citations are found once per version, then shared with diagnostics and hovers)');
}
