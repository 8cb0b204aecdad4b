"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.quality = quality;
exports.plainFuse = plainFuse;
exports.benchSearch = benchSearch;
/** Search quality on the labelled queries and latency on synthetic catalogues, against plain fuse.js. */
const node_child_process_1 = require("node:child_process");
const path = __importStar(require("node:path"));
const fuse_js_1 = __importDefault(require("fuse.js"));
const search_1 = require("../src/core/search");
const searchStore_1 = require("../src/core/searchStore");
const oldSearch_1 = require("./baseline/oldSearch");
const common_1 = require("./common");
/** hit@5: an accepted paper is in the top 5. MRR: mean of 1/rank of the first accepted paper (0 past 20). */
function quality(queries, rank) {
    let hits = 0;
    let reciprocal = 0;
    const misses = [];
    for (const { query, accept } of queries) {
        const keys = rank(query).slice(0, 20);
        const position = keys.findIndex((key) => accept.includes(key));
        if (position !== -1 && position < 5)
            hits++;
        else
            misses.push(`${JSON.stringify(query)} → ${keys.slice(0, 3).join(', ') || 'nothing'}`);
        if (position !== -1)
            reciprocal += 1 / (position + 1);
    }
    return { hitAt5: hits / queries.length, mrr: reciprocal / queries.length, misses };
}
/** fuse.js with default options over title and abstract: what one gets out of the box. */
function plainFuse(papers) {
    return new fuse_js_1.default(papers, { keys: ['title', 'abstract'] });
}
/** Entries' and one index's heap (with typed arrays), each measured in a fresh process. */
function measuredHeap(shape, size, which) {
    const run = (0, node_child_process_1.spawnSync)(process.execPath, ['--expose-gc', path.join(__dirname, 'searchMemory.js'), shape, String(size), which], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (run.status !== 0)
        throw new Error(`heap measure failed: ${run.stderr}`);
    return JSON.parse(run.stdout);
}
/** Queries unlike the labelled ones, run first so the JIT has compiled the search before it is timed. */
const WARM_UP = ['warm up', 'a', 'net', 'deep learning models', 'graph neural networks for molecules', 'xq', 'attentoin', 'sort:newest', 'in:catalogue vision'];
function latencies(run, queries, rounds) {
    const out = [];
    for (let round = 0; round < rounds; round++)
        for (const query of queries)
            out.push((0, common_1.timeMs)(() => run(query)));
    return out;
}
function benchSearch(options = {}) {
    const papers = (0, common_1.catalogue)();
    const queries = (0, common_1.fixture)('searchQueries.json').queries;
    const index = new search_1.PaperIndex(papers);
    const ours = quality(queries, (query) => index.search(query, { limit: 20 }).hits.map((hit) => hit.paper.key));
    const fuse = plainFuse(papers);
    const baseline = quality(queries, (query) => fuse.search(query, { limit: 20 }).map((result) => result.item.key));
    console.log(`\n== Search quality: ${queries.length} labelled queries over the ${papers.length}-paper catalogue`);
    console.log(`  ${''.padEnd(26)}${'hit@5'.padStart(8)}${'MRR'.padStart(8)}`);
    console.log(`  ${'Paper Notes'.padEnd(26)}${(0, common_1.fmt)(ours.hitAt5).padStart(8)}${(0, common_1.fmt)(ours.mrr).padStart(8)}`);
    console.log(`  ${'fuse.js defaults (baseline)'.padEnd(26)}${(0, common_1.fmt)(baseline.hitAt5).padStart(8)}${(0, common_1.fmt)(baseline.mrr).padStart(8)}`);
    const types = [...new Set(queries.map((query) => query.type))];
    for (const type of types) {
        const subset = queries.filter((query) => query.type === type);
        const q = quality(subset, (query) => index.search(query, { limit: 20 }).hits.map((hit) => hit.paper.key));
        const b = quality(subset, (query) => fuse.search(query, { limit: 20 }).map((result) => result.item.key));
        console.log(`    ${`${type} (${subset.length})`.padEnd(24)}${(0, common_1.fmt)(q.hitAt5).padStart(8)}${(0, common_1.fmt)(q.mrr).padStart(8)}   baseline ${(0, common_1.fmt)(b.hitAt5)} / ${(0, common_1.fmt)(b.mrr)}`);
    }
    if (ours.misses.length)
        console.log(`  not in the top 5: ${ours.misses.join('; ')}`);
    const oldIndex = new oldSearch_1.PaperIndex(papers);
    const old = quality(queries, (query) => oldIndex.search(query, { limit: 20 }).hits.map((hit) => hit.paper.key));
    console.log(`  ${'the index before issue 11'.padEnd(26)}${(0, common_1.fmt)(old.hitAt5).padStart(8)}${(0, common_1.fmt)(old.mrr).padStart(8)}`);
    // Latency: every labelled query and every prefix of it, as typed.
    const typed = typedPrefixes(queries.map(({ query }) => query));
    for (const shape of ['catalogue', 'library']) {
        for (const size of options.sizes ?? [10_000, 100_000])
            benchShape(papers, shape, size, typed);
    }
}
/** Every prefix of each query, as it is typed. */
function typedPrefixes(queries) {
    return [...new Set(queries.flatMap((query) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)).filter((text) => text.trim())))];
}
/** A typo in the middle of a word: two letters swapped. */
function swapped(word) {
    if (word.length < 5)
        return word;
    const at = Math.floor(word.length / 2);
    return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}
function benchShape(catalogueRows, shape, size, labelledTyped) {
    let synthetic = shape === 'catalogue' ? (0, common_1.syntheticPapers)(catalogueRows, size) : (0, common_1.syntheticLibraryPapers)(catalogueRows, size);
    // Library-shaped data also gets queries from its own titles: the first words, half of them with a typo, as typed.
    const own = shape === 'library'
        ? typedPrefixes(Array.from({ length: 30 }, (_, i) => {
            const words = synthetic[(i * 7919) % size].cleanTitle.toLowerCase().split(' ').slice(0, 3);
            return (i % 2 ? words.map((word, j) => (j === 1 ? swapped(word) : word)) : words).join(' ');
        }))
        : [];
    const typed = [...labelledTyped, ...own];
    const pasted = Array.from({ length: 300 }, (_, i) => synthetic[i % 50].cleanAbstract.split(' ')[i % 40] || synthetic[i].cleanTitle.split(' ')[0]).join(' ');
    let oldIndex;
    const oldBuildMs = (0, common_1.timeMs)(() => {
        oldIndex = new oldSearch_1.PaperIndex(synthetic);
    });
    for (const query of WARM_UP)
        oldIndex.search(query, { limit: 20 });
    const oldTimes = latencies((query) => oldIndex.search(query, { limit: 20 }), typed, 1);
    const oldPasted = (0, common_1.timeMs)(() => oldIndex.search(pasted, { limit: 20 }));
    oldIndex = undefined;
    let index;
    // The old index's garbage is collected before, not during, the build timed here.
    globalThis.gc?.();
    const buildMs = (0, common_1.timeMs)(() => {
        index = new search_1.PaperIndex(synthetic);
    });
    for (const query of WARM_UP)
        index.search(query, { limit: 20 });
    const times = latencies((query) => index.search(query, { limit: 20 }), typed, 1);
    const pastedMs = Math.min(...Array.from({ length: 3 }, () => (0, common_1.timeMs)(() => index.search(pasted, { limit: 20 }))));
    // Warm start: the index written to bytes and read back (what the library worker does with its storage), then the first search.
    const bytes = (0, searchStore_1.encodeIndex)(index.stored(), 'bench');
    let warm;
    const warmMs = (0, common_1.timeMs)(() => {
        warm = new search_1.PaperIndex(synthetic, (0, searchStore_1.decodeIndex)(bytes, 'bench'));
        warm.search('transformer', { limit: 20 });
    });
    const same = typed.slice(0, 200).every((query) => JSON.stringify(warm.search(query).hits.map((hit) => hit.paper.key)) === JSON.stringify(index.search(query).hits.map((hit) => hit.paper.key)));
    warm = undefined;
    // Plain fuse.js is far slower: time it on a sample of the typed queries.
    const sample = typed.filter((_, i) => i % Math.ceil(typed.length / (size > 20_000 ? 6 : 60)) === 0);
    const fuseBig = plainFuse(synthetic);
    const fuseTimes = latencies((query) => fuseBig.search(query, { limit: 20 }), sample, 1);
    const ourSample = latencies((query) => index.search(query, { limit: 20 }), sample, 1);
    const { terms, postings } = index.size;
    const heapNew = measuredHeap(shape, size, 'new');
    const heapOld = measuredHeap(shape, size, 'old');
    const entriesMb = heapNew.entriesMb;
    const indexMb = heapNew.indexMb;
    const oldMb = heapOld.indexMb;
    console.log(`\n== Search at ${size.toLocaleString('en')} ${shape}-shaped papers (${shape === 'catalogue' ? 'mutated copies of the catalogue' : 'wide vocabulary, BibTeX keys, 3 in 5 with an abstract'}), ${typed.length} typed queries`);
    console.log(`  entries: heap +${(0, common_1.fmt)(entriesMb, 1)} MB (in the bench's own copy, with abstracts); index: ${terms.toLocaleString('en')} words, ${postings.toLocaleString('en')} postings, ${(0, common_1.fmt)(bytes.length / 1024 / 1024, 1)} MB on disk`);
    console.log(`  ${''.padEnd(28)}${'build'.padStart(10)}${'heap'.padStart(10)}${'median'.padStart(10)}${'p95'.padStart(10)}${'max'.padStart(10)}${'300 words'.padStart(11)}`);
    const row = (label, build, heap, list, paste) => `  ${label.padEnd(28)}${`${(0, common_1.fmt)(build / 1000, 2)} s`.padStart(10)}${`${(0, common_1.fmt)(heap, 1)} MB`.padStart(10)}${`${(0, common_1.fmt)((0, common_1.percentile)(list, 50), 2)} ms`.padStart(10)}${`${(0, common_1.fmt)((0, common_1.percentile)(list, 95), 2)} ms`.padStart(10)}${`${(0, common_1.fmt)(Math.max(...list), 1)} ms`.padStart(10)}${`${(0, common_1.fmt)(paste, 1)} ms`.padStart(11)}`;
    console.log(row('Paper Notes', buildMs, indexMb, times, pastedMs));
    console.log(row('before issue 11 (baseline)', oldBuildMs, oldMb, oldTimes, oldPasted));
    console.log(`  build in a fresh process (as the library worker builds it): ${(0, common_1.fmt)(heapNew.buildMs / 1000, 2)} s (target 5 s), before issue 11 ${(0, common_1.fmt)(heapOld.buildMs / 1000, 2)} s (${(0, common_1.fmt)(heapOld.buildMs / heapNew.buildMs, 1)}x)`);
    console.log(`  the bench's entries (with their abstracts) plus index: ${(0, common_1.fmt)(entriesMb + indexMb, 0)} MB; the library service's own figure is in npm run bench -- library`);
    console.log(`  ratio: build ${(0, common_1.fmt)(oldBuildMs / buildMs, 1)}x faster, heap ${(0, common_1.fmt)(oldMb / indexMb, 1)}x smaller, median ${(0, common_1.fmt)((0, common_1.percentile)(oldTimes, 50) / (0, common_1.percentile)(times, 50), 1)}x, p95 ${(0, common_1.fmt)((0, common_1.percentile)(oldTimes, 95) / (0, common_1.percentile)(times, 95), 1)}x faster than before`);
    console.log(`  warm start (index read from ${(0, common_1.fmt)(bytes.length / 1024 / 1024, 1)} MB of bytes, first search): ${(0, common_1.fmt)(warmMs, 0)} ms, ${(0, common_1.fmt)(buildMs / warmMs, 1)}x faster than building; same answers: ${same ? 'yes' : 'NO'}`);
    console.log(`  fuse.js defaults over title+abstract (baseline, ${sample.length} of the queries): median ${(0, common_1.fmt)((0, common_1.percentile)(fuseTimes, 50), 1)} ms, p95 ${(0, common_1.fmt)((0, common_1.percentile)(fuseTimes, 95), 1)} ms; ours on them ${(0, common_1.fmt)((0, common_1.percentile)(fuseTimes, 50) / (0, common_1.percentile)(ourSample, 50), 0)}x (median), ${(0, common_1.fmt)((0, common_1.percentile)(fuseTimes, 95) / (0, common_1.percentile)(ourSample, 95), 0)}x (p95) faster`);
    synthetic = [];
}
