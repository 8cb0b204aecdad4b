/** Scores summaries against hand labels, field by field. Pure; used by the bench and the unit floor. */
import type { Summary } from './paper';
import { normalizeResultValue } from './summarize';

/** A hand label: the summary fields, with results given by their values only. */
export interface SummaryLabel extends Omit<Summary, 'results'> {
  key: string;
  split: 'tune' | 'holdout';
  results: string[];
}

export const SCORED_FIELDS = ['kind', 'name', 'family', 'modalities', 'tasks', 'datasets', 'results', 'complexity'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface FieldScore {
  field: ScoredField;
  /** accuracy for single-valued fields, micro-F1 for lists */
  measure: 'accuracy' | 'F1';
  score: number;
  precision?: number;
  recall?: number;
}

const loose = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}%.]/gu, '');

/** Micro precision/recall counts for one list, with a matcher for "same item". */
function matchCounts(predicted: string[], gold: string[], same: (a: string, b: string) => boolean): { tp: number; p: number; g: number } {
  const unused = [...gold];
  let tp = 0;
  for (const item of predicted) {
    const index = unused.findIndex((candidate) => same(item, candidate));
    if (index !== -1) {
      tp++;
      unused.splice(index, 1);
    }
  }
  return { tp, p: predicted.length, g: gold.length };
}

const exact = (a: string, b: string): boolean => a === b;
const sameLoose = (a: string, b: string): boolean => loose(a) === loose(b);
/** Task phrases match when one contains the other ("forecasting" ~ "time series forecasting"). */
const sameTask = (a: string, b: string): boolean => {
  const x = loose(a);
  const y = loose(b);
  return x === y || x.includes(y) || y.includes(x);
};
const sameResult = (a: string, b: string): boolean => loose(normalizeResultValue(a)) === loose(normalizeResultValue(b));

export function scoreSummaries(labels: readonly SummaryLabel[], summaryOf: (key: string) => Summary): FieldScore[] {
  const totals = new Map<ScoredField, { tp: number; p: number; g: number; correct: number; n: number }>();
  for (const field of SCORED_FIELDS) totals.set(field, { tp: 0, p: 0, g: 0, correct: 0, n: 0 });
  for (const label of labels) {
    const summary = summaryOf(label.key);
    const single = (field: ScoredField, ok: boolean): void => {
      const total = totals.get(field)!;
      total.n++;
      if (ok) total.correct++;
    };
    const list = (field: ScoredField, predicted: string[], gold: string[], same: (a: string, b: string) => boolean): void => {
      const total = totals.get(field)!;
      const counts = matchCounts(predicted, gold, same);
      total.tp += counts.tp;
      total.p += counts.p;
      total.g += counts.g;
    };
    single('kind', summary.kind === label.kind);
    single('name', (summary.name ?? null) === label.name);
    list('family', summary.family, label.family, exact);
    list('modalities', summary.modalities, label.modalities, exact);
    list('tasks', summary.tasks, label.tasks, sameTask);
    list('datasets', summary.datasets, label.datasets, sameLoose);
    list('results', summary.results.map((result) => result.value), label.results, sameResult);
    single('complexity', (summary.complexity ?? null) === label.complexity);
  }
  return SCORED_FIELDS.map((field) => {
    const total = totals.get(field)!;
    if (field === 'kind' || field === 'name' || field === 'complexity') {
      return { field, measure: 'accuracy', score: total.n ? total.correct / total.n : 0 };
    }
    const precision = total.p ? total.tp / total.p : 1;
    const recall = total.g ? total.tp / total.g : 1;
    const score = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { field, measure: 'F1', score, precision, recall };
  });
}

/** Per kind: how often a paper read as this kind is one (precision), and how often one of this kind is read as it (recall). */
export interface KindScore {
  kind: string;
  /** labels of this kind */
  labelled: number;
  /** papers read as this kind */
  predicted: number;
  precision: number;
  recall: number;
}

/** Kind accuracy split by kind: which kinds are taken for which, where the one accuracy figure hides it. */
export function scoreKinds(labels: readonly SummaryLabel[], summaryOf: (key: string) => Summary): KindScore[] {
  const counts = new Map<string, { labelled: number; predicted: number; right: number }>();
  const of = (kind: string) => counts.get(kind) ?? counts.set(kind, { labelled: 0, predicted: 0, right: 0 }).get(kind)!;
  for (const label of labels) {
    const kind = summaryOf(label.key).kind;
    of(label.kind).labelled++;
    of(kind).predicted++;
    if (kind === label.kind) of(kind).right++;
  }
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([kind, { labelled, predicted, right }]) => ({
    kind, labelled, predicted, precision: predicted ? right / predicted : 1, recall: labelled ? right / labelled : 1,
  }));
}

export function macroAverage(scores: readonly FieldScore[]): number {
  return scores.reduce((sum, score) => sum + score.score, 0) / scores.length;
}

/** Per-paper differences, for tuning. */
export function summaryDifferences(label: SummaryLabel, summary: Summary): string[] {
  const out: string[] = [];
  const show = (field: string, got: unknown, want: unknown): void => {
    if (JSON.stringify(got) !== JSON.stringify(want)) out.push(`${field}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  };
  show('kind', summary.kind, label.kind);
  show('name', summary.name, label.name);
  show('family', [...summary.family].sort(), [...label.family].sort());
  show('modalities', [...summary.modalities].sort(), [...label.modalities].sort());
  show('tasks', summary.tasks, label.tasks);
  show('datasets', summary.datasets, label.datasets);
  show('results', summary.results.map((result) => result.value), label.results);
  show('complexity', summary.complexity, label.complexity);
  return out;
}
