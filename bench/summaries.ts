/** Summarizer quality on the hand-labelled set, against a naive baseline, and its speed. */
import type { Paper, Summary } from '../src/core/paper';
import { summarize } from '../src/core/summarize';
import { type FieldScore, macroAverage, scoreSummaries, type SummaryLabel } from '../src/core/summaryQuality';
import { catalogue, fixture, fmt, syntheticPapers, timeMs } from './common';

/** The naive baseline: the most common answer per field, and the title's text before a colon as the name. */
function naiveSummary(paper: Paper): Summary {
  const colon = paper.title.indexOf(':');
  return {
    kind: 'architecture', name: colon > 0 ? paper.title.slice(0, colon) : null, family: ['transformer'], modalities: ['vision'],
    tasks: [], datasets: [], results: [], complexity: null,
  };
}

function table(rows: [string, FieldScore[], FieldScore[]][]): void {
  const [, fields] = rows[0];
  console.log(`  ${'field'.padEnd(18)}${rows.map(([name]) => name.padStart(16)).join('')}`);
  fields.forEach((field, index) => {
    console.log(`  ${`${field.field} (${field.measure === 'F1' ? 'F1' : 'acc'})`.padEnd(18)}${rows.map(([, scores]) => fmt(scores[index].score).padStart(16)).join('')}`);
  });
  console.log(`  ${'macro'.padEnd(18)}${rows.map(([, scores]) => fmt(macroAverage(scores)).padStart(16)).join('')}`);
}

export function benchSummaries(): { tune: number; holdout: number; all: number } {
  const papers = catalogue();
  const byKey = new Map(papers.map((paper) => [paper.key, paper]));
  const labels = fixture<{ labels: SummaryLabel[] }>('summaryLabels.json').labels;
  const ours = (key: string): Summary => {
    const paper = byKey.get(key);
    if (!paper) throw new Error(`labelled key ${key} is not in the catalogue`);
    return summarize({ title: paper.title, abstract: paper.cleanAbstract });
  };
  const naive = (key: string): Summary => naiveSummary(byKey.get(key)!);
  const tune = labels.filter((label) => label.split === 'tune');
  const holdout = labels.filter((label) => label.split === 'holdout');
  console.log(`\n== Summaries: ${labels.length} hand-labelled papers (${tune.length} tuning, ${holdout.length} held out)`);
  const scores = {
    tune: scoreSummaries(tune, ours), holdout: scoreSummaries(holdout, ours), all: scoreSummaries(labels, ours),
    naive: scoreSummaries(labels, naive),
  };
  table([['tuning set', scores.tune, scores.tune], ['held out', scores.holdout, scores.holdout], ['all', scores.all, scores.all], ['naive, all', scores.naive, scores.naive]]);
  console.log(`  macro on all labels: ${fmt(macroAverage(scores.all))} vs naive baseline ${fmt(macroAverage(scores.naive))} (${fmt(macroAverage(scores.all) / macroAverage(scores.naive), 2)}x)`);

  const synthetic = syntheticPapers(papers, 10_000);
  let sink = 0;
  const ms = timeMs(() => {
    for (const paper of synthetic) sink += summarize({ title: paper.title, abstract: paper.cleanAbstract }).family.length;
  });
  const naiveMs = timeMs(() => {
    for (const paper of synthetic) sink += naiveSummary(paper).family.length;
  });
  console.log(`  speed: ${synthetic.length} synthetic entries in ${fmt(ms, 0)} ms (${fmt((ms * 1000) / synthetic.length, 0)} µs per entry; naive baseline ${fmt(naiveMs, 1)} ms)${sink < 0 ? '' : ''}`);
  return { tune: macroAverage(scores.tune), holdout: macroAverage(scores.holdout), all: macroAverage(scores.all) };
}
