/** npm run bench:tune: where the summarizer disagrees with the labels (SPLIT=holdout to report the held-out ones). */
import { summarize } from '../src/core/summarize';
import { macroAverage, scoreSummaries, summaryDifferences } from '../src/core/summaryQuality';
import { catalogueLabels } from '../test/shared/summaryLabels';
import { catalogue } from './common';

const split = process.env.SPLIT ?? 'tune';
const labels = catalogueLabels().filter((label) => label.split === split);
const byKey = new Map(catalogue().map((paper) => [paper.key, paper]));
const summaryOf = (key: string) => {
  const paper = byKey.get(key)!;
  return summarize({ title: paper.title, abstract: paper.cleanAbstract });
};
for (const label of labels) {
  const diffs = summaryDifferences(label, summaryOf(label.key));
  if (diffs.length) console.log(`${label.key}\n  ${diffs.join('\n  ')}`);
}
const scores = scoreSummaries(labels, summaryOf);
for (const score of scores) console.log(`${score.field.padEnd(11)} ${score.score.toFixed(3)}${score.precision !== undefined ? `  P ${score.precision.toFixed(2)} R ${score.recall!.toFixed(2)}` : ''}`);
console.log(`macro ${macroAverage(scores).toFixed(3)} on the ${split} labels`);
