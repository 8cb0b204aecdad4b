/** Tuning aid (not part of the bench): prints where the summarizer disagrees with the tuning labels. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Paper } from '../src/core/paper';
import { summarize } from '../src/core/summarize';
import { macroAverage, scoreSummaries, type SummaryLabel, summaryDifferences } from '../src/core/summaryQuality';

const root = path.resolve(__dirname, '..', '..');
const papers = (JSON.parse(fs.readFileSync(path.join(root, 'dist', 'catalogue.json'), 'utf8')) as { papers: Paper[] }).papers;
const labels = (JSON.parse(fs.readFileSync(path.join(root, 'test', 'fixtures', 'summaryLabels.json'), 'utf8')) as { labels: SummaryLabel[] }).labels
  .filter((label) => label.split === (process.env.SPLIT ?? 'tune'));
const byKey = new Map(papers.map((paper) => [paper.key, paper]));
const summaryOf = (key: string) => {
  const paper = byKey.get(key)!;
  return summarize({ title: paper.title, abstract: paper.cleanAbstract, codeUrl: paper.codeUrl });
};
for (const label of labels) {
  const diffs = summaryDifferences(label, summaryOf(label.key));
  if (diffs.length) console.log(`${label.key}\n  ${diffs.join('\n  ')}`);
}
const scores = scoreSummaries(labels, summaryOf);
for (const score of scores) console.log(`${score.field.padEnd(11)} ${score.score.toFixed(3)}${score.precision !== undefined ? `  P ${score.precision.toFixed(2)} R ${score.recall!.toFixed(2)}` : ''}`);
console.log(`macro ${macroAverage(scores).toFixed(3)}`);
