"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.benchSummaries = benchSummaries;
const summarize_1 = require("../src/core/summarize");
const summaryQuality_1 = require("../src/core/summaryQuality");
const summaryLabels_1 = require("../test/shared/summaryLabels");
const common_1 = require("./common");
/** The naive baseline: the most common answer per field, and the title's text before a colon as the name. */
function naiveSummary(title) {
    const colon = title.indexOf(':');
    return {
        kind: 'architecture', name: colon > 0 ? title.slice(0, colon) : null, family: ['transformer'], modalities: ['vision'],
        tasks: [], datasets: [], results: [], complexity: null,
    };
}
/** One row per field: precision / recall / F1 (or accuracy) for each set. */
function table(sets) {
    const cell = (score) => (score.measure === 'F1'
        ? `${(0, common_1.fmt)(score.precision)} ${(0, common_1.fmt)(score.recall)} ${(0, common_1.fmt)(score.score)}`
        : `acc ${(0, common_1.fmt)(score.score)}`).padStart(20);
    console.log(`  ${''.padEnd(12)}${sets.map(([name]) => name.padStart(20)).join('')}`);
    console.log(`  ${'field'.padEnd(12)}${sets.map(() => 'P     R     F1'.padStart(20)).join('')}`);
    sets[0][1].forEach((field, index) => console.log(`  ${field.field.padEnd(12)}${sets.map(([, scores]) => cell(scores[index])).join('')}`));
    console.log(`  ${'macro'.padEnd(12)}${sets.map(([, scores]) => (0, common_1.fmt)((0, summaryQuality_1.macroAverage)(scores)).padStart(20)).join('')}`);
    console.log(`  ${'lowest'.padEnd(12)}${sets.map(([, scores]) => {
        const low = scores.reduce((a, b) => (b.score < a.score ? b : a));
        return `${low.field} ${(0, common_1.fmt)(low.score)}`.padStart(20);
    }).join('')}`);
}
function benchSummaries() {
    const papers = (0, common_1.catalogue)();
    const byKey = new Map(papers.map((paper) => [paper.key, paper]));
    const labels = (0, summaryLabels_1.catalogueLabels)();
    const paperOf = (key) => {
        const paper = byKey.get(key);
        if (!paper)
            throw new Error(`labelled key ${key} is not in the catalogue`);
        return paper;
    };
    const ours = (key) => (0, summarize_1.summarize)({ title: paperOf(key).title, abstract: paperOf(key).cleanAbstract });
    const tune = labels.filter((label) => label.split === 'tune');
    const holdout = labels.filter((label) => label.split === 'holdout');
    const outside = (0, summaryLabels_1.outsideLabels)();
    const outsideOurs = (0, summaryLabels_1.outsideSummaries)(outside);
    const outsideTitles = new Map(outside.map((label) => [label.key, label.title]));
    const outsideAsLabels = outside;
    console.log(`\n== Summaries: ${labels.length} labelled catalogue papers (${tune.length} tuning, ${holdout.length} held out), ${outside.length} abstracts from outside the catalogue (never tuned on)`);
    const scores = {
        tune: (0, summaryQuality_1.scoreSummaries)(tune, ours), holdout: (0, summaryQuality_1.scoreSummaries)(holdout, ours), all: (0, summaryQuality_1.scoreSummaries)(labels, ours),
        outside: (0, summaryQuality_1.scoreSummaries)(outsideAsLabels, (key) => outsideOurs.get(key)),
    };
    table([['tuning set', scores.tune], ['held out', scores.holdout], ['all catalogue', scores.all], ['outside', scores.outside]]);
    const naive = {
        all: (0, summaryQuality_1.scoreSummaries)(labels, (key) => naiveSummary(paperOf(key).title)),
        outside: (0, summaryQuality_1.scoreSummaries)(outsideAsLabels, (key) => naiveSummary(outsideTitles.get(key))),
    };
    console.log(`  naive baseline (commonest answer per field, title before a colon as the name): macro ${(0, common_1.fmt)((0, summaryQuality_1.macroAverage)(naive.all))} on the catalogue, ${(0, common_1.fmt)((0, summaryQuality_1.macroAverage)(naive.outside))} outside`);
    console.log(`  ours vs naive: ${(0, common_1.fmt)((0, summaryQuality_1.macroAverage)(scores.all) / (0, summaryQuality_1.macroAverage)(naive.all), 2)}x on the catalogue, ${(0, common_1.fmt)((0, summaryQuality_1.macroAverage)(scores.outside) / (0, summaryQuality_1.macroAverage)(naive.outside), 2)}x outside`);
    const synthetic = (0, common_1.syntheticPapers)(papers, 10_000);
    let sink = 0;
    const ms = (0, common_1.timeMs)(() => {
        for (const paper of synthetic)
            sink += (0, summarize_1.summarize)({ title: paper.title, abstract: paper.cleanAbstract }).family.length;
    });
    const naiveMs = (0, common_1.timeMs)(() => {
        for (const paper of synthetic)
            sink += naiveSummary(paper.title).family.length;
    });
    console.log(`  speed: ${synthetic.length} synthetic entries in ${(0, common_1.fmt)(ms, 0)} ms (${(0, common_1.fmt)((ms * 1000) / synthetic.length, 0)} µs per entry; naive baseline ${(0, common_1.fmt)(naiveMs, 1)} ms)${sink < 0 ? '' : ''}`);
    benchHostileAbstracts(papers);
    return { tune: (0, summaryQuality_1.macroAverage)(scores.tune), holdout: (0, summaryQuality_1.macroAverage)(scores.holdout), all: (0, summaryQuality_1.macroAverage)(scores.all), outside: (0, summaryQuality_1.macroAverage)(scores.outside) };
}
/**
 * Library abstracts are user text: the summarizer must stay linear in their
 * length on the inputs that hurt its patterns most (long runs of what each
 * pattern matches, never completed). Prints µs per 1,000 characters at three
 * lengths, against a real abstract repeated to the same length (the baseline);
 * a quadratic pattern shows as a per-character cost that doubles with length.
 */
function benchHostileAbstracts(papers) {
    const real = papers.map((paper) => paper.cleanAbstract).join(' ');
    const shapes = [
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
    ];
    // Shapes whose parts all differ (distinct datasets and values): a per-item look-up over everything found so far shows here.
    let counter = 0;
    const distinct = [
        ['distinct datasets, then results', (size) => {
                let text = '';
                while (text.length < size / 2)
                    text += `A${counter++} datasets `;
                text += '. Then';
                while (text.length < size)
                    text += ` ${(counter++ % 997) + 1}.${counter % 1000}% accuracy`;
                return text;
            }],
        ['a result, then many values', (size) => `We reach 99.5% accuracy. Then ${'9% '.repeat(size / 3)}`.slice(0, size)],
        ['plain names in dataset lists', (size) => 'Alpha, Beta, X1 datasets '.repeat(Math.ceil(size / 25)).slice(0, size)],
    ];
    const sizes = [25_000, 50_000, 100_000];
    console.log(`  hostile abstracts: µs per 1,000 characters at ${sizes.map((size) => size.toLocaleString('en')).join(' / ')} characters (linear: flat)`);
    const made = [...shapes.map(([name, unit]) => [name, (size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)]), ...distinct];
    for (const [name, make] of made) {
        const row = sizes.map((size) => {
            const abstract = make(size);
            const ms = (0, common_1.timeMs)(() => (0, summarize_1.summarize)({ title: 'A hostile entry', abstract }));
            return (ms * 1000) / (size / 1000);
        });
        console.log(`    ${name.padEnd(28)}${row.map((value) => (0, common_1.fmt)(value, 0).padStart(8)).join('')}   x${(0, common_1.fmt)(row[2] / row[0], 2)} from the shortest to the longest`);
    }
}
