/**
 * Summarizer quality on the hand-labelled sets, field by field (precision,
 * recall and F1 for list fields, accuracy for single ones), against a naive
 * baseline, and its speed.
 */
import type { Paper, Summary } from '../src/core/paper';
import { summarize } from '../src/core/summarize';
import { type FieldScore, type KindScore, macroAverage, scoreKinds, scoreSummaries, type SummaryLabel } from '../src/core/summaryQuality';
import { catalogueLabels, labelAsSummary, outsideLabels, outsideSummaries, secondLabels } from '../test/shared/summaryLabels';
import { catalogue, fmt, syntheticPapers, timeMs } from './common';

/** The naive baseline: the most common answer per field, and the title's text before a colon as the name. */
function naiveSummary(title: string): Summary {
  const colon = title.indexOf(':');
  return {
    kind: 'architecture', name: colon > 0 ? title.slice(0, colon) : null, family: ['transformer'], modalities: ['vision'],
    tasks: [], datasets: [], results: [], complexity: null,
  };
}

/** One row per field: precision / recall / F1 (or accuracy) for each set. */
function table(sets: [string, FieldScore[]][]): void {
  const cell = (score: FieldScore): string => (score.measure === 'F1'
    ? `${fmt(score.precision!)} ${fmt(score.recall!)} ${fmt(score.score)}`
    : `acc ${fmt(score.score)}`).padStart(20);
  console.log(`  ${''.padEnd(12)}${sets.map(([name]) => name.padStart(20)).join('')}`);
  console.log(`  ${'field'.padEnd(12)}${sets.map(() => 'P     R     F1'.padStart(20)).join('')}`);
  sets[0][1].forEach((field, index) => console.log(`  ${field.field.padEnd(12)}${sets.map(([, scores]) => cell(scores[index])).join('')}`));
  console.log(`  ${'macro'.padEnd(12)}${sets.map(([, scores]) => fmt(macroAverage(scores)).padStart(20)).join('')}`);
  console.log(`  ${'lowest'.padEnd(12)}${sets.map(([, scores]) => {
    const low = scores.reduce((a, b) => (b.score < a.score ? b : a));
    return `${low.field} ${fmt(low.score)}`.padStart(20);
  }).join('')}`);
}

/** Kind by kind: precision and recall, and how many papers are labelled that kind (n), for each set. */
function kindTable(sets: [string, KindScore[]][]): void {
  const kinds = [...new Set(sets.flatMap(([, scores]) => scores.map((score) => score.kind)))].sort();
  console.log(`  kind by kind${sets.map(([name]) => name.padStart(20)).join('')}`);
  console.log(`  ${''.padEnd(12)}${sets.map(() => 'P     R    n'.padStart(20)).join('')}`);
  for (const kind of kinds) {
    console.log(`  ${kind.padEnd(12)}${sets.map(([, scores]) => {
      const score = scores.find((candidate) => candidate.kind === kind);
      return (score ? `${fmt(score.precision)} ${fmt(score.recall)} ${String(score.labelled).padStart(4)}` : '-').padStart(20);
    }).join('')}`);
  }
}

export function benchSummaries(): { tune: number; holdout: number; all: number; outside: number } {
  const papers = catalogue();
  const byKey = new Map(papers.map((paper) => [paper.key, paper]));
  const labels = catalogueLabels();
  const paperOf = (key: string): Paper => {
    const paper = byKey.get(key);
    if (!paper) throw new Error(`labelled key ${key} is not in the catalogue`);
    return paper;
  };
  const ours = (key: string): Summary => summarize({ title: paperOf(key).title, abstract: paperOf(key).cleanAbstract });
  const tune = labels.filter((label) => label.split === 'tune');
  const holdout = labels.filter((label) => label.split === 'holdout');
  const outside = outsideLabels();
  const outsideOurs = outsideSummaries(outside);
  const outsideTitles = new Map(outside.map((label) => [label.key, label.title]));
  const outsideAsLabels = outside as unknown as SummaryLabel[];
  console.log(`\n== Summaries: ${labels.length} labelled catalogue papers (${tune.length} tuning, ${holdout.length} held out), ${outside.length} abstracts from outside the catalogue (never tuned on)`);
  const scores = {
    tune: scoreSummaries(tune, ours), holdout: scoreSummaries(holdout, ours), all: scoreSummaries(labels, ours),
    outside: scoreSummaries(outsideAsLabels, (key) => outsideOurs.get(key)!),
  };
  table([['tuning set', scores.tune], ['held out', scores.holdout], ['all catalogue', scores.all], ['outside', scores.outside]]);
  kindTable([['tuning set', scoreKinds(tune, ours)], ['held out', scoreKinds(holdout, ours)], ['all catalogue', scoreKinds(labels, ours)],
    ['outside', scoreKinds(outsideAsLabels, (key) => outsideOurs.get(key)!)]]);
  // How far two careful readers agree bounds what a score against one of them can say: the second labelling, blind, scored like the summarizer.
  const second = new Map(secondLabels().map((label) => [label.key, labelAsSummary(label)]));
  const secondOf = (key: string): Summary => second.get(key)!;
  console.log('  a second labeller (blind, same guide) scored against the labels, as the summarizer is:');
  table([['tuning set', scoreSummaries(tune, secondOf)], ['held out', scoreSummaries(holdout, secondOf)], ['all catalogue', scoreSummaries(labels, secondOf)],
    ['outside', scoreSummaries(outsideAsLabels, secondOf)]]);
  const naive = {
    all: scoreSummaries(labels, (key) => naiveSummary(paperOf(key).title)),
    outside: scoreSummaries(outsideAsLabels, (key) => naiveSummary(outsideTitles.get(key)!)),
  };
  console.log(`  naive baseline (commonest answer per field, title before a colon as the name): macro ${fmt(macroAverage(naive.all))} on the catalogue, ${fmt(macroAverage(naive.outside))} outside`);
  console.log(`  ours vs naive: ${fmt(macroAverage(scores.all) / macroAverage(naive.all), 2)}x on the catalogue, ${fmt(macroAverage(scores.outside) / macroAverage(naive.outside), 2)}x outside`);

  const synthetic = syntheticPapers(papers, 10_000);
  let sink = 0;
  const ms = timeMs(() => {
    for (const paper of synthetic) sink += summarize({ title: paper.title, abstract: paper.cleanAbstract }).family.length;
  });
  const naiveMs = timeMs(() => {
    for (const paper of synthetic) sink += naiveSummary(paper.title).family.length;
  });
  console.log(`  speed: ${synthetic.length} synthetic entries in ${fmt(ms, 0)} ms (${fmt((ms * 1000) / synthetic.length, 0)} µs per entry; naive baseline ${fmt(naiveMs, 1)} ms)${sink < 0 ? '' : ''}`);
  benchHostileAbstracts(papers);
  return { tune: macroAverage(scores.tune), holdout: macroAverage(scores.holdout), all: macroAverage(scores.all), outside: macroAverage(scores.outside) };
}

/**
 * Library abstracts are user text: the summarizer must stay linear in their
 * length on the inputs that hurt its patterns most (long runs of what each
 * pattern matches, never completed). Prints µs per 1,000 characters at three
 * lengths, against a real abstract repeated to the same length (the baseline);
 * a quadratic pattern shows as a per-character cost that doubles with length.
 */
function benchHostileAbstracts(papers: Paper[]): void {
  const real = papers.map((paper) => paper.cleanAbstract).join(' ');
  const shapes: [string, string][] = [
    ['real abstracts (baseline)', real],
    ['comma-separated names', 'A1, '],
    ['capitalised words', 'Alpha Beta '],
    ['one hyphenated word', 'A-'],
    ['capitals without spaces', 'A'],
    ['letters without spaces', 'a'],
    ['digits without spaces', '1'],
    ['unclosed O(', 'with O(n '],
    ['unclosed parentheses', '(A'],
    ['name and expansion', 'AbC (Def Ghi '],
    ['percentages', '1.5% '],
    ['open parentheses', 'Abc (Def '],
    ['"on the" lists', 'results on the A1 B2 C3 D4, '],
    ['proposal sentences', 'We propose X, a new model. '],
    ['numbers and metrics', '4.44 score of 0.5 BLEU '],
    ['task lists', 'we do tasks such as image classification, '],
    ['score lists', 'we reach an AUC of 0.91, 0.92 and '],
    ['names given by "call"', 'we call the network the Alpha Beta '],
    ['metrics before their verb', 'the AUC across a b was improved from 2 '],
    ['scores without a benchmark', 'The model scores 1.1, '],
    ['gains over rivals', 'our model surpasses X by 1.5, '],
    ['lowercase proposals', 'we propose stochastic depth, a training '],
    ['hyphens after a model word', `We propose a network${'-'.repeat(200)}. `],
    ['named approaches and datasets', 'We introduce AbcNet, a simple, fast '],
    ['a search framework, namely', 'we propose a pruning framework for a b c, namely '],
    ['"quadratic" without a full stop', 'quadratic in a b '],
    ['what the work predicts', 'it classifies and predicts the future a b '],
    ['thousands separators', '1,000,000,000 times '],
    ['reductions joined by "and"', 'by 3 times and the memory by 2 times and '],
    ['what a model is made to do', 'we develop a model to predict a b c '],
    // Every place a benchmark or metric is named is a place the implied-task scan stops at and tries the later patterns.
    ['benchmarks and metrics', 'On COCO with an AP, top-1 on ImageNet and WER, '],
  ];
  // Shapes whose parts all differ (distinct datasets and values): a per-item look-up over everything found so far shows here.
  let counter = 0;
  const distinct: [string, (size: number) => string][] = [
    ['distinct datasets, then results', (size) => {
      let text = '';
      while (text.length < size / 2) text += `A${counter++} datasets `;
      text += '. Then';
      while (text.length < size) text += ` ${(counter++ % 997) + 1}.${counter % 1000}% accuracy`;
      return text;
    }],
    ['a result, then many values', (size) => `We reach 99.5% accuracy. Then ${'9% '.repeat(size / 3)}`.slice(0, size)],
    ['plain names in dataset lists', (size) => 'Alpha, Beta, X1 datasets '.repeat(Math.ceil(size / 25)).slice(0, size)],
    ['a known name, many suffixes', (size) => `On CIFAR-10${'-A1'.repeat(Math.ceil(size / 3))}`.slice(0, size)],
    ['a sentence opening a list', (size) => `. On ${'Alpha1, '.repeat(Math.ceil(size / 8))}`.slice(0, size)],
    ['gains joined by "and"', (size) => `Our model improves box AP by 1.6${' and mIoU by 2.0'.repeat(Math.ceil(size / 16))}`.slice(0, size)],
    ['a list a count announces', (size) => `Experiments on three datasets, ${'Alpha, '.repeat(Math.ceil(size / 7))}`.slice(0, size)],
    ['names with versions', (size) => `Experiments on ${'FooSet 2.1 and '.repeat(Math.ceil(size / 15))}`.slice(0, size)],
    ['scores with spreads', (size) => `Our model reaches ${'97.8 ± 0.4% and '.repeat(Math.ceil(size / 16))}`.slice(0, size)],
    ['capitalised words, then "database"', (size) => `${'Alpha Beta Gamma '.repeat(Math.ceil(size / 17))}`.slice(0, size - 9) + ' database'],
    ['parts swapped for others', (size) => `We replace ${'the attention layers with '.repeat(Math.ceil(size / 25))}`.slice(0, size)],
    ['scores from one to another', (size) => `Accuracy on ${'Alpha from 71.2 for a model '.repeat(Math.ceil(size / 28))}`.slice(0, size)],
    // A proposal's acronyms that never close, hyphen-only words among them, and citation marks between list items.
    ['acronyms a proposal defines', (size) => `${'and introduce Alpha - Beta-Gamma "Delta" ('.repeat(Math.ceil(size / 42))}`.slice(0, size)],
    ['citation marks in lists', (size) => `Results on ${'Alpha-1[1, 2], '.repeat(Math.ceil(size / 15))}`.slice(0, size)],
    ['distinct datasets said again', (size) => {
      let text = '';
      while (text.length < size) text += `On Set${counter} and Set${counter++} 2017. `;
      return text.slice(0, size);
    }],
    ['the field\'s tasks, no full stop', (size) => 'we study few shot object detection, nuclei segmentations and '.repeat(Math.ceil(size / 61)).slice(0, size)],
    ['tools the work uses, no full stop', (size) => 'our model uses large few shot object detection modules as a proxy task built for '.repeat(Math.ceil(size / 82)).slice(0, size)],
    ['tasks cast as others, no full stop', (size) => 'we cast speaker verification as a text classification task and do not address '.repeat(Math.ceil(size / 79)).slice(0, size)],
    ['what a work leaves open, no full stop', (size) => 'we leave speech recognition and open questions on applications in '.repeat(Math.ceil(size / 67)).slice(0, size)],
    ['distinct listed tasks', (size) => {
      let text = '';
      while (text.length < size) text += `We do tasks such as q${counter++}x classification. `;
      return text.slice(0, size);
    }],
  ];
  const sizes = [25_000, 50_000, 100_000];
  // The fastest of three runs: one run's figure moves by up to 2x with a garbage collection or another process, which reads as growth.
  const fastest = (run: () => void): number => Math.min(timeMs(run), timeMs(run), timeMs(run));
  console.log(`  hostile abstracts: µs per 1,000 characters at ${sizes.map((size) => size.toLocaleString('en')).join(' / ')} characters, fastest of 3 runs (linear: flat)`);
  const made: [string, (size: number) => string][] = [...shapes.map(([name, unit]): [string, (size: number) => string] => [name, (size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)]), ...distinct];
  for (const [name, make] of made) {
    const row = sizes.map((size) => {
      const abstract = make(size);
      const ms = fastest(() => summarize({ title: 'A hostile entry', abstract }));
      return (ms * 1000) / (size / 1000);
    });
    console.log(`    ${name.padEnd(28)}${row.map((value) => fmt(value, 0).padStart(8)).join('')}   x${fmt(row[2] / row[0], 2)} from the shortest to the longest`);
  }
  // A library's title can be as long as its abstract: words coordinated before a task noun, in the title.
  const titleRow = sizes.map((size) => {
    const title = 'Audio, Speech, and Song Generation '.repeat(Math.ceil(size / 35)).slice(0, size);
    const ms = fastest(() => summarize({ title, abstract: 'We build one model.' }));
    return (ms * 1000) / (size / 1000);
  });
  console.log(`    ${'coordinated title words'.padEnd(28)}${titleRow.map((value) => fmt(value, 0).padStart(8)).join('')}   x${fmt(titleRow[2] / titleRow[0], 2)} from the shortest to the longest`);
}
