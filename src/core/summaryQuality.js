"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SCORED_FIELDS = void 0;
exports.scoreSummaries = scoreSummaries;
exports.macroAverage = macroAverage;
exports.summaryDifferences = summaryDifferences;
const summarize_1 = require("./summarize");
exports.SCORED_FIELDS = ['kind', 'name', 'family', 'modalities', 'tasks', 'datasets', 'results', 'complexity'];
const loose = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}%.]/gu, '');
/** Micro precision/recall counts for one list, with a matcher for "same item". */
function matchCounts(predicted, gold, same) {
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
const exact = (a, b) => a === b;
const sameLoose = (a, b) => loose(a) === loose(b);
/** Task phrases match when one contains the other ("forecasting" ~ "time series forecasting"). */
const sameTask = (a, b) => {
    const x = loose(a);
    const y = loose(b);
    return x === y || x.includes(y) || y.includes(x);
};
const sameResult = (a, b) => loose((0, summarize_1.normalizeResultValue)(a)) === loose((0, summarize_1.normalizeResultValue)(b));
function scoreSummaries(labels, summaryOf) {
    const totals = new Map();
    for (const field of exports.SCORED_FIELDS)
        totals.set(field, { tp: 0, p: 0, g: 0, correct: 0, n: 0 });
    for (const label of labels) {
        const summary = summaryOf(label.key);
        const single = (field, ok) => {
            const total = totals.get(field);
            total.n++;
            if (ok)
                total.correct++;
        };
        const list = (field, predicted, gold, same) => {
            const total = totals.get(field);
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
    return exports.SCORED_FIELDS.map((field) => {
        const total = totals.get(field);
        if (field === 'kind' || field === 'name' || field === 'complexity') {
            return { field, measure: 'accuracy', score: total.n ? total.correct / total.n : 0 };
        }
        const precision = total.p ? total.tp / total.p : 1;
        const recall = total.g ? total.tp / total.g : 1;
        const score = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
        return { field, measure: 'F1', score, precision, recall };
    });
}
function macroAverage(scores) {
    return scores.reduce((sum, score) => sum + score.score, 0) / scores.length;
}
/** Per-paper differences, for tuning. */
function summaryDifferences(label, summary) {
    const out = [];
    const show = (field, got, want) => {
        if (JSON.stringify(got) !== JSON.stringify(want))
            out.push(`${field}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
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
