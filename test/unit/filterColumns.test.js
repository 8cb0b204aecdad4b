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
Object.defineProperty(exports, "__esModule", { value: true });
const assert = __importStar(require("node:assert/strict"));
const filterColumns_1 = require("../../src/core/filterColumns");
const queryFilters_1 = require("../../src/core/queryFilters");
const search_1 = require("../../src/core/search");
const searchStore_1 = require("../../src/core/searchStore");
const summarize_1 = require("../../src/core/summarize");
const common_1 = require("../../bench/common");
const helpers_1 = require("./helpers");
/** Papers of every shape a filter meets: catalogue papers, library entries of three files, odd years, names with accents, particles, hyphens, NULs and nothing. */
function mixedPapers(count, seed) {
    const next = (0, common_1.random)(seed);
    const pick = (list) => list[Math.floor(next() * list.length)];
    const names = ['van der Maaten, Laurens', 'Müller, Anna', 'García-López, José', 'Chen, Li', 'Schölkopf, B.', 'de Vries, Jan', 'Smith', 'Smithson, Kai', 'Ø, Øystein', '', 'Ng\0uyen, An', 'O\'Brien, Sean', 'Λάμπρος, Κ.', 'smith, jo'];
    const files = ['/home/me/refs.bib', 'C:\\Users\\me\\Zotero.JSON', 'untitled:Refs.bib'];
    const catalogue = (0, helpers_1.realCatalogue)().papers;
    return Array.from({ length: count }, (_, i) => {
        const base = catalogue[i % catalogue.length];
        const summary = next() < 0.2 ? null : {
            ...(base.summary ?? { name: null, tasks: [], datasets: [], results: [], complexity: null }),
            kind: next() < 0.1 ? 'something else' : pick(summarize_1.KINDS),
            family: summarize_1.FAMILIES.filter(() => next() < 0.15),
            modalities: summarize_1.MODALITIES.filter(() => next() < 0.12),
        };
        const year = pick([2017, 2019, 2020, 2021, 2023, 2024, null, 1999.5, -44, 99999]);
        const inLibrary = next() < 0.7;
        return (0, helpers_1.makePaper)({
            key: `${base.key}x${i}`, title: base.title, cleanTitle: base.cleanTitle, cleanAbstract: base.cleanAbstract, year, codeUrl: next() < 0.3 ? 'https://github.com/x/y' : null, summary,
            ...(inLibrary ? {
                library: {
                    file: pick(files), line: i + 1, column: 1, type: 'article-journal', venue: null, doi: null, url: null, bibtex: null,
                    authors: Array.from({ length: Math.floor(next() * 4) }, () => pick(names)),
                },
            } : {}),
        });
    });
}
const QUERIES = [
    'year:2019', 'year:>=2021', 'year:<2020', 'year:2019..2023', 'year:1999', 'has:code', 'kind:architecture', 'kind:survey', 'family:ssm', 'family:hybrid', 'modality:vision',
    'modality:other', 'in:library', 'in:catalogue', 'in:catalog', 'in:refs', 'in:refs.bib', 'in:zotero.json', 'in:zotero', 'in:nothing', 'author:smi', 'author:smith', 'author:van',
    'author:maaten', 'author:muller', 'author:müller', 'author:garcia', 'author:lopez', 'author:garcía-lópez', 'author:s', 'author:nguyen', 'author:ng', 'author:ø', 'author:λ', 'author:o\'brien',
    'author:schölkopf', 'author:b', 'author:zzz', 'has:code year:>=2020 kind:method', 'family:transformer modality:language', 'author:chen in:refs', 'author:smith year:2024 has:code',
    'in:library sort:upvotes', 'year:2021 transformer', 'author:chen attention', 'has:code in:catalogue image',
];
describe('filters from the index\'s columns: the same answers as each paper\'s fields', () => {
    const papers = mixedPapers(1_500, 7);
    const index = new search_1.PaperIndex(papers);
    it('every filter, and filters together, with and without words, match the papers paperMatches passes', () => {
        for (const query of QUERIES) {
            const parsed = (0, queryFilters_1.parseQuery)(query);
            assert.deepEqual(parsed.errors, [], query);
            const result = index.search(query, { limit: papers.length });
            const passing = new Set(papers.filter((paper) => parsed.filters.every((filter) => (0, queryFilters_1.paperMatches)(filter, paper))).map((paper) => paper.key));
            assert.ok(result.hits.every((hit) => passing.has(hit.paper.key)), `${query}: only papers that pass`);
            if (!parsed.text) {
                assert.equal(result.total, passing.size, `${query}: every paper that passes`);
                assert.deepEqual(new Set(result.hits.map((hit) => hit.paper.key)), passing, query);
            }
        }
    });
    it('the filters in the queries above are not all empty or all full (they can fail)', () => {
        const sizes = QUERIES.filter((query) => !(0, queryFilters_1.parseQuery)(query).text).map((query) => index.search(query, { limit: 0 }).total);
        assert.ok(sizes.filter((size) => size > 0 && size < papers.length).length >= 30, sizes.join(' '));
    });
    /** An index over `papers` through a list that counts the papers read (`reads`), with or without fileOf. */
    const counting = (withFileOf) => {
        let reads = 0;
        const list = {
            length: papers.length,
            at: (doc) => {
                reads++;
                return papers[doc];
            },
            ...(withFileOf ? { fileOf: (doc) => papers[doc].library?.file } : {}),
        };
        return { index: new search_1.PaperIndex(list, search_1.PaperIndex.build(papers)), reads: () => reads };
    };
    it('reads no paper to filter: a library\'s entries stay encoded', () => {
        const { index: counted, reads } = counting(true);
        for (const query of QUERIES.filter((query) => !(0, queryFilters_1.parseQuery)(query).text)) {
            const { total } = counted.search(query, { limit: 3 });
            assert.equal(total, index.search(query, { limit: 0 }).total, query);
        }
        // Only the three hits of each query are read.
        assert.ok(reads() <= 3 * QUERIES.length, `${reads()} reads`);
    });
    it('reads each paper\'s file once, at the first in:, from a list without fileOf', () => {
        const { index: plain, reads } = counting(false);
        plain.search('year:2020', { limit: 0 });
        assert.equal(reads(), 0, 'no in:, no file read');
        for (const query of ['in:refs', 'in:library', 'in:catalogue', 'in:zotero']) {
            const expected = papers.filter((paper) => (0, queryFilters_1.paperMatches)((0, queryFilters_1.parseQuery)(query).filters[0], paper)).length;
            assert.equal(plain.search(query, { limit: 0 }).total, expected, query);
        }
        assert.equal(reads(), papers.length);
    });
    it('passes nothing for a kind, family or modality the schema does not have (not the papers without one)', () => {
        const filters = new filterColumns_1.DocFilters((0, filterColumns_1.buildColumns)(papers), papers.length, undefined, (doc) => papers[doc].library?.file);
        for (const field of ['kind', 'family', 'modality']) {
            const test = filters.test({ field, value: 'nonsense' });
            assert.equal(papers.filter((_, doc) => test(doc)).length, 0, field);
        }
        assert.ok(papers.some((paper) => !paper.summary), 'some papers have no summary');
    });
    it('keeps a year that is not a whole year, and none for an undated paper', () => {
        const columns = (0, filterColumns_1.buildColumns)([(0, helpers_1.makePaper)({ year: 1999.5 }), (0, helpers_1.makePaper)({ year: null }), (0, helpers_1.makePaper)({ year: 0 })]);
        assert.deepEqual([...columns.years].map(String), ['1999.5', 'NaN', '0']);
    });
    it('keeps each author part once per paper, in sorted order, a part with a NUL without it', () => {
        const library = (authors) => (0, helpers_1.makePaper)({ library: { file: 'f.bib', line: 1, column: 1, type: 'book', venue: null, doi: null, url: null, bibtex: null, authors } });
        const columns = (0, filterColumns_1.buildColumns)([library(['Chen, Li', 'Chen, Kai']), (0, helpers_1.makePaper)(), library(['Ng\0uyen, Li'])]);
        assert.equal(columns.authorText, 'chen\0kai\0li\0nguyen\0');
        assert.deepEqual([...columns.authorOffsets], [0, 1, 2, 4, 5]);
        assert.deepEqual([...columns.authorDocs], [0, 0, 0, 2, 2]);
    });
    it('gives the same answers warm for an author name with a lone surrogate half (a CSL-JSON escape), and for the names sorted after it', () => {
        const library = (authors) => (0, helpers_1.makePaper)({ key: authors[0], library: { file: 'refs.json', line: 1, column: 1, type: 'book', venue: null, doi: null, url: null, bibtex: null, authors } });
        const odd = [library(['\ud835X, Ann']), library(['Ａkira, Bo']), library(['𝐀bc, Cy']), library(['\udc00Tail, Di']), library(['Zed\ud835, Ed'])];
        const cold = new search_1.PaperIndex(odd);
        const warm = new search_1.PaperIndex(odd, (0, searchStore_1.decodeIndex)((0, searchStore_1.encodeIndex)(cold.stored(), 'k'), 'k'));
        for (const query of ['author:ａ', 'author:𝐀', 'author:\ufffd', 'author:zed', 'author:\ud835', 'author:x', 'author:tail']) {
            const expected = odd.filter((paper) => (0, queryFilters_1.parseQuery)(query).filters.every((filter) => (0, queryFilters_1.paperMatches)(filter, paper))).map((paper) => paper.key);
            assert.deepEqual(cold.search(query, { limit: 10 }).hits.map((hit) => hit.paper.key), expected, `${query} cold`);
            assert.deepEqual(warm.search(query, { limit: 10 }).hits.map((hit) => hit.paper.key), expected, `${query} warm`);
        }
    });
    it('keeps a part once whatever its case, A to Z included, and grows past 65,536 parts and pairs', () => {
        const library = (authors) => (0, helpers_1.makePaper)({ library: { file: 'f.bib', line: 1, column: 1, type: 'book', venue: null, doi: null, url: null, bibtex: null, authors } });
        const cased = (0, filterColumns_1.buildColumns)([library(['ANNA, ZED']), library(['anna, zed', 'Anna-Zed']), library(['aNNa zED.'])]);
        // The full stop at the end leaves an empty part, as authorParts has it.
        assert.equal(cased.authorText, '\0anna\0zed\0');
        assert.deepEqual([...cased.authorDocs], [2, 0, 1, 2, 0, 1, 2]);
        // Each name part twice in its paper: kept once, the 65,537th part (at the first growth) too.
        const many = Array.from({ length: 70_000 }, (_, i) => library([`Name${i}, Name${i} Shared`]));
        const grown = (0, filterColumns_1.buildColumns)(many);
        const parts = grown.authorText.slice(0, -1).split('\0');
        assert.equal(parts.length, 70_001);
        assert.equal(grown.authorDocs.length, 140_000);
        const at = parts.indexOf('name69999');
        assert.deepEqual([...grown.authorDocs.subarray(grown.authorOffsets[at], grown.authorOffsets[at + 1])], [69_999]);
        const shared = parts.indexOf('shared');
        assert.equal(grown.authorOffsets[shared + 1] - grown.authorOffsets[shared], 70_000);
    });
    describe('stored with the index (the warm start)', () => {
        const stored = index.stored();
        const bytes = (0, searchStore_1.encodeIndex)(stored, 'k');
        it('reads back to the same answers for every filter', () => {
            const decoded = (0, searchStore_1.decodeIndex)(bytes, 'k');
            assert.ok(decoded);
            const warm = new search_1.PaperIndex(papers, decoded);
            for (const query of QUERIES)
                assert.deepEqual(warm.search(query, { limit: 50 }), index.search(query, { limit: 50 }), query);
        });
        it('refuses columns that do not fit the papers, or point past them', () => {
            const count = papers.length;
            assert.ok((0, filterColumns_1.columnsFit)(stored, count));
            const parts = stored.authorOffsets.length - 1;
            assert.ok(parts > 5 && stored.authorDocs.length > parts, 'the test has authors to break');
            const broken = [
                ['years one short', { years: stored.years.slice(1) }],
                ['marks one short', { marks: stored.marks.slice(1) }],
                ['tags one short', { tags: stored.tags.slice(1) }],
                ['author offsets one short', { authorOffsets: stored.authorOffsets.slice(1) }],
                ['an author part short', { authorText: stored.authorText.slice(stored.authorText.indexOf('\0') + 1) }],
                ['author offsets not from 0', { authorOffsets: Uint32Array.from(stored.authorOffsets, (at, i) => (i === 0 ? 1 : at)) }],
                ['author offsets going back', { authorOffsets: Uint32Array.from(stored.authorOffsets, (at, i) => (i === 2 ? 0 : at)) }],
                ['an author doc equal to the paper count', { authorDocs: Uint32Array.from(stored.authorDocs, (doc, i) => (i === 3 ? count : doc)) }],
                ['an author doc past the last offset', { authorDocs: Uint32Array.from([...stored.authorDocs, 0]) }],
                ['author offsets from 1, still in order', { authorOffsets: Uint32Array.from(stored.authorOffsets, (at, i) => (i === 0 ? Math.min(1, stored.authorOffsets[1]) : at)) }],
            ];
            for (const [what, change] of broken) {
                assert.equal((0, filterColumns_1.columnsFit)({ ...stored, ...change }, count), false, what);
                assert.equal((0, searchStore_1.decodeIndex)((0, searchStore_1.encodeIndex)({ ...stored, ...change }, 'k'), 'k'), null, what);
            }
            assert.ok((0, filterColumns_1.columnsFit)({ ...stored, authorDocs: Uint32Array.from(stored.authorDocs, (doc, i) => (i === 3 ? count - 1 : doc)) }, count), 'the last paper is in range');
        });
        it('lays a Float64Array at a multiple of eight bytes whatever comes before it', () => {
            for (const extra of [1, 2]) {
                const odd = { ...stored, postings: Uint32Array.from([...stored.postings, ...new Array(extra).fill(0)]) };
                odd.offsets = Uint32Array.from(stored.offsets, (at, i) => (i === stored.offsets.length - 1 ? at + extra : at));
                const decoded = (0, searchStore_1.decodeIndex)((0, searchStore_1.encodeIndex)(odd, 'k'), 'k');
                assert.ok(decoded, `${extra} more postings`);
                assert.deepEqual([...decoded.years].map(String), [...stored.years].map(String));
            }
        });
    });
});
