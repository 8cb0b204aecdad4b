/**
 * The hand-labelled summaries the bench and the unit tests score against:
 * catalogue papers (split `tune` or `holdout`) and abstracts written for the
 * project from outside the catalogue (split `outside`, never used to tune).
 * Outside abstracts are read the way a user's library is: written into a
 * BibTeX file and loaded by the library loader, so TeX in them is converted
 * exactly as in a real library before the summarizer sees it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadLibrary } from '../../src/core/library/loadLibrary';
import { paperFromEntry } from '../../src/core/library/libraryPaper';
import type { Summary } from '../../src/core/paper';
import type { SummaryLabel } from '../../src/core/summaryQuality';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures');

export function catalogueLabels(): SummaryLabel[] {
  return (JSON.parse(fs.readFileSync(path.join(FIXTURES, 'summaryLabels.json'), 'utf8')) as { labels: SummaryLabel[] }).labels;
}

export interface OutsideLabel extends Omit<SummaryLabel, 'split'> {
  split: 'outside';
  title: string;
  year: number;
  abstract: string;
  /** What kind of real abstract this one imitates. */
  shape: string;
}

export function outsideLabels(): OutsideLabel[] {
  return (JSON.parse(fs.readFileSync(path.join(FIXTURES, 'outsideSummaryLabels.json'), 'utf8')) as { labels: OutsideLabel[] }).labels;
}

/** A second, blind labelling of every catalogue and outside abstract under the same guide (how far two readers agree). */
export interface SecondLabel extends Omit<SummaryLabel, 'split'> {
  /** False where the labeller found the kind borderline between two. */
  kindSure: boolean;
  /** What the labeller read as the main contribution. */
  kindWhy: string;
}

export function secondLabels(): SecondLabel[] {
  return (JSON.parse(fs.readFileSync(path.join(FIXTURES, 'summaryLabelsSecond.json'), 'utf8')) as { labels: SecondLabel[] }).labels;
}

/** A label read as a summary, to score one labeller against another. */
export function labelAsSummary(label: Omit<SummaryLabel, 'split'>): Summary {
  return { ...label, results: label.results.map((value) => ({ value, metric: '' })) };
}

/** The outside abstracts as one BibTeX library, the way a reference manager exports them. */
export function outsideBibtex(labels: readonly OutsideLabel[]): string {
  return labels.map((label) => `@article{${label.key},\n  title = {${label.title}},\n  year = {${label.year}},\n  abstract = {${label.abstract}}\n}\n`).join('\n');
}

/** Each outside abstract's summary, made by the library path (loader, TeX conversion, summarizer). */
export function outsideSummaries(labels: readonly OutsideLabel[]): Map<string, Summary> {
  const load = loadLibrary(new TextEncoder().encode(outsideBibtex(labels)), 'outside.bib');
  if (load.fatal || load.errors.length) throw new Error(`the outside abstracts do not load as a library: ${load.fatal ?? JSON.stringify(load.errors[0])}`);
  const summaries = new Map<string, Summary>();
  for (const entry of load.entries) {
    const summary = paperFromEntry(entry).summary;
    if (summary) summaries.set(entry.key, summary);
  }
  return summaries;
}
