"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/** npm run bench:tune: where the summarizer disagrees with the labels (SPLIT=holdout to report the held-out ones). */
const summarize_1 = require("../src/core/summarize");
const summaryQuality_1 = require("../src/core/summaryQuality");
const summaryLabels_1 = require("../test/shared/summaryLabels");
const common_1 = require("./common");
const split = process.env.SPLIT ?? 'tune';
const labels = (0, summaryLabels_1.catalogueLabels)().filter((label) => label.split === split);
const byKey = new Map((0, common_1.catalogue)().map((paper) => [paper.key, paper]));
const summaryOf = (key) => {
    const paper = byKey.get(key);
    return (0, summarize_1.summarize)({ title: paper.title, abstract: paper.cleanAbstract });
};
for (const label of labels) {
    const diffs = (0, summaryQuality_1.summaryDifferences)(label, summaryOf(label.key));
    if (diffs.length)
        console.log(`${label.key}\n  ${diffs.join('\n  ')}`);
}
const scores = (0, summaryQuality_1.scoreSummaries)(labels, summaryOf);
for (const score of scores)
    console.log(`${score.field.padEnd(11)} ${score.score.toFixed(3)}${score.precision !== undefined ? `  P ${score.precision.toFixed(2)} R ${score.recall.toFixed(2)}` : ''}`);
console.log(`macro ${(0, summaryQuality_1.macroAverage)(scores).toFixed(3)} on the ${split} labels`);
