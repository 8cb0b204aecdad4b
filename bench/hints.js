"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.benchHints = benchHints;
const summaryView_1 = require("../src/core/summaryView");
const noteCitations_1 = require("../src/markdown/noteCitations");
const common_1 = require("./common");
const RUNS = 15;
function note(citations) {
    const papers = (0, common_1.catalogue)();
    const lines = [];
    for (let i = 0; i < citations; i += 2) {
        const a = papers[i % papers.length];
        const b = papers[(i + 1) % papers.length];
        lines.push(`${a.cleanAbstract.split(/(?<=\.) /)[0]} [@${a.key}, p. ${i}; see @${b.key}].\n`);
    }
    return lines.join('\n');
}
function median(run) {
    run();
    const times = [];
    for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        run();
        times.push(performance.now() - start);
    }
    return times.sort((x, y) => x - y)[times.length >> 1];
}
function benchHints() {
    const papers = new Map((0, common_1.catalogue)().map((paper) => [paper.key, paper]));
    console.log('\n== Inlay hints: a note\'s hints (target: 2,000 citations under 20 ms)');
    console.log(`  ${'citations'.padEnd(12)}${'find citations (baseline)'.padStart(28)}${'find + name hints'.padStart(20)}${'find + summary'.padStart(18)}${'hints alone (cached)'.padStart(24)}`);
    for (const size of [200, 2000, 4000]) {
        const text = note(size);
        let sink = 0;
        const hints = (citations, mode) => {
            for (const citation of citations.all()) {
                const paper = papers.get(citation.key);
                if (paper)
                    sink += (0, summaryView_1.inlayHintText)(paper, mode)?.length ?? 0;
            }
        };
        const find = median(() => {
            sink += new noteCitations_1.NoteCitations(text).all().length;
        });
        const withNames = median(() => hints(new noteCitations_1.NoteCitations(text), 'name'));
        const withSummaries = median(() => hints(new noteCitations_1.NoteCitations(text), 'summary'));
        const cached = new noteCitations_1.NoteCitations(text);
        cached.all();
        const alone = median(() => hints(cached, 'summary'));
        console.log(`  ${String(size).padEnd(12)}${`${(0, common_1.fmt)(find, 1)} ms`.padStart(28)}${`${(0, common_1.fmt)(withNames, 1)} ms`.padStart(20)}${`${(0, common_1.fmt)(withSummaries, 1)} ms`.padStart(18)}${`${(0, common_1.fmt)(alone, 2)} ms`.padStart(24)}${sink < 0 ? '' : ''}`);
    }
    console.log('  (per keystroke the provider pays "find + hints": the note\'s citations are found once per version, then shared with diagnostics and hovers)');
}
