"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const search_1 = require("../src/core/search");
const oldSearch_1 = require("./baseline/oldSearch");
const common_1 = require("./common");
function usedMb() {
    for (let i = 0; i < 3; i++)
        global.gc?.();
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    return (heapUsed + arrayBuffers) / 1024 / 1024;
}
const [shape, sizeText, which] = process.argv.slice(2);
const rows = (0, common_1.catalogue)();
const start = usedMb();
const papers = shape === 'library' ? (0, common_1.syntheticLibraryPapers)(rows, Number(sizeText)) : (0, common_1.syntheticPapers)(rows, Number(sizeText));
const withEntries = usedMb();
const started = performance.now();
const index = which === 'old' ? new oldSearch_1.PaperIndex(papers) : new search_1.PaperIndex(papers);
const buildMs = performance.now() - started;
index.search('warm up', { limit: 20 });
const withIndex = usedMb();
console.log(JSON.stringify({ entriesMb: withEntries - start, indexMb: withIndex - withEntries, buildMs, papers: papers.length, kept: !!index }));
