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
const editDistance_1 = require("../../src/core/editDistance");
const search_1 = require("../../src/core/search");
const searchStore_1 = require("../../src/core/searchStore");
const common_1 = require("../../bench/common");
const helpers_1 = require("./helpers");
const paper = (key, title, abstract = 'Nothing here.') => (0, helpers_1.makePaper)({ key, title, cleanTitle: title, cleanAbstract: abstract });
const keysOf = (index, query, limit = 1000) => index.search(query, { limit }).hits.map((hit) => hit.paper.key);
describe('search index: flat arrays, the same answers as a full look', () => {
    it('finds typos through the bigram index exactly as a scan of every word would (one edit to 6 letters, two from 7, first or second letter kept)', () => {
        const next = (0, common_1.random)(5);
        const letters = 'abcdeilmnorst';
        const word = () => Array.from({ length: 4 + Math.floor(next() * 6) }, () => letters[Math.floor(next() * letters.length)]).join('');
        const vocabulary = [...new Set(Array.from({ length: 400 }, word)), 'abac', 'abab'];
        const papers = vocabulary.map((title, i) => paper(`k${i}`, title));
        const index = new search_1.PaperIndex(papers);
        const mutate = (source) => {
            const at = Math.floor(next() * source.length);
            const kind = Math.floor(next() * 3);
            const letter = letters[Math.floor(next() * letters.length)];
            return kind === 0 ? source.slice(0, at) + letter + source.slice(at + 1) : kind === 1 ? source.slice(0, at) + source.slice(at + 1) : source.slice(0, at) + letter + source.slice(at);
        };
        // "abab" has two distinct bigrams only: the bigram bound says nothing, so every word is looked at.
        const queries = [...Array.from({ length: 150 }, () => mutate(mutate(vocabulary[Math.floor(next() * vocabulary.length)]))), 'abaa'];
        let checked = 0;
        for (const query of queries) {
            if (query.length < 4 || vocabulary.includes(query))
                continue;
            const limit = (0, editDistance_1.typoLimit)(query);
            const expected = papers.filter(({ cleanTitle: title }) => {
                if (title.startsWith(query))
                    return true;
                if (title.charCodeAt(0) !== query.charCodeAt(0) && title.charCodeAt(1) !== query.charCodeAt(1))
                    return false;
                const distance = (0, editDistance_1.editDistance)(query, title, limit);
                return distance > 0 && distance <= limit;
            }).map((found) => found.key).sort();
            assert.deepEqual(keysOf(index, query).sort(), expected, query);
            checked++;
        }
        assert.ok(checked > 100, `${checked} queries checked`);
    });
    it('expands a word being typed to the words in most papers first, not the first ones in the alphabet', () => {
        const rare = Array.from({ length: 120 }, (_, n) => paper(`r${n}`, `Qzword${String(n).padStart(3, '0')}`));
        const common = Array.from({ length: 5 }, (_, n) => paper(`c${n}`, 'Qzzzcommon Models'));
        const index = new search_1.PaperIndex([...rare, ...common]);
        const found = keysOf(index, 'qz');
        assert.equal(found.length, 79 + 5, 'two letters: 80 words, the common one in five papers');
        for (const key of ['c0', 'c1', 'c2', 'c3', 'c4'])
            assert.ok(found.includes(key), `${key}: the word in five titles is among the 80`);
    });
    it('keeps the best papers on a heap: on equal scores the earlier paper (a library entry before the catalogue) wins, in order', () => {
        const same = Array.from({ length: 100 }, (_, i) => paper(`p${i}`, 'Same Words Here'));
        const index = new search_1.PaperIndex(same);
        assert.deepEqual(keysOf(index, 'same words', 5), ['p0', 'p1', 'p2', 'p3', 'p4']);
        assert.equal(index.search('same words', { limit: 5 }).total, 100);
        const mixed = new search_1.PaperIndex([...same.slice(0, 60), paper('best', 'Same Words'), ...same.slice(60)]);
        assert.equal(keysOf(mixed, 'same words', 5)[0], 'best', 'the exact title beats the 60 papers before it');
    });
    it('walks a word being typed into abstracts for at most 20,000 postings; beyond that only titles, names and keys count', () => {
        const crowd = Array.from({ length: 20_001 }, (_, i) => paper(`c${i}`, 'Plain', 'alphaword'));
        const index = new search_1.PaperIndex([...crowd, paper('one', 'Plain', 'alphabet'), paper('titled', 'Alphaword Here')]);
        const found = index.search('alpha', { limit: 10 });
        assert.deepEqual(found.hits.map((hit) => hit.paper.key).sort(), ['one', 'titled'], 'the 20,001 abstracts of "alphaword" are past the budget');
        assert.equal(found.total, 2);
        assert.equal(index.search('alphaword', { limit: 10 }).total, 20_002, 'the whole word is walked in full');
    });
    it('searches only the documents acceptDoc accepts, with a filter, without words, and over a list that is not an array', () => {
        const papers = (0, helpers_1.realCatalogue)().papers;
        // A list that decodes as asked, as a library's table does.
        const list = { length: papers.length, at: (doc) => papers[doc] };
        const index = new search_1.PaperIndex(list, search_1.PaperIndex.build(papers));
        const even = (doc) => doc % 2 === 0;
        const keysOf = (query, acceptDoc) => index.search(query, { limit: 200, acceptDoc }).hits.map((hit) => hit.paper.key);
        for (const query of ['transformer', 'year:2024 vision', '', 'sort:newest']) {
            const all = keysOf(query);
            const kept = keysOf(query, even);
            assert.ok(all.length > kept.length && kept.length > 0, query);
            assert.ok(kept.every((key) => even(papers.findIndex((paper) => paper.key === key))), `${query}: only accepted documents`);
            assert.equal(index.search(query, { acceptDoc: even }).total, all.filter((key) => even(papers.findIndex((paper) => paper.key === key))).length, `${query}: the total counts only them`);
        }
    });
    it('lists any number of papers for a search without words, and as many with a filter as without one', () => {
        const many = Array.from({ length: 130_000 }, (_, i) => (0, helpers_1.makePaper)({ key: `k${i}`, title: 'T', cleanTitle: 'T', cleanAbstract: '', year: 2000 + (i % 20) }));
        const big = new search_1.PaperIndex(many);
        assert.equal(big.search('', { limit: 130_000 }).hits.length, 130_000);
        assert.equal(big.search('year:>1999', { limit: 130_000 }).hits.length, 130_000);
        assert.equal(big.search('', { limit: 2.5 }).hits.length, big.search('year:>1999', { limit: 2.5 }).hits.length);
    });
    describe('stored as bytes (the warm start)', () => {
        const papers = (0, helpers_1.realCatalogue)().papers;
        const index = new search_1.PaperIndex(papers);
        const bytes = (0, searchStore_1.encodeIndex)(index.stored(), 'key-1');
        it('reads back to an index that answers every query as the built one', () => {
            const stored = (0, searchStore_1.decodeIndex)(bytes, 'key-1');
            assert.ok(stored);
            const warm = new search_1.PaperIndex(papers, stored);
            for (const query of ['mamba', 'slic', 'vision transformr', 'in:catalogue sort:newest', 'diffusion models for images', 'a', '']) {
                assert.deepEqual(warm.search(query, { limit: 30 }), index.search(query, { limit: 30 }), query);
            }
        });
        it('reads from a Node Buffer that is a view into a larger one', () => {
            const padded = Buffer.alloc(bytes.length + 3);
            padded.set(bytes, 3);
            assert.ok((0, searchStore_1.decodeIndex)(padded.subarray(3), 'key-1'));
        });
        it('refuses another key, cut or damaged bytes, and ids out of range, without throwing', () => {
            assert.equal((0, searchStore_1.decodeIndex)(bytes, 'key-2'), null);
            assert.equal((0, searchStore_1.decodeIndex)(bytes.subarray(0, bytes.length - 100), 'key-1'), null);
            assert.equal((0, searchStore_1.decodeIndex)(new Uint8Array([1, 2, 3]), 'key-1'), null);
            assert.equal((0, searchStore_1.decodeIndex)(new TextEncoder().encode('not an index at all'), 'key-1'), null);
            const stored = index.stored();
            const broken = { ...stored, postings: Uint32Array.from(stored.postings) };
            broken.postings[5] = papers.length + 10;
            assert.equal((0, searchStore_1.decodeIndex)((0, searchStore_1.encodeIndex)(broken, 'key-1'), 'key-1'), null);
        });
        it('refuses another format or version, arrays that do not fit together, and every id out of range by one', () => {
            const patched = (from, to) => {
                const copy = Uint8Array.from(bytes);
                const at = Buffer.from(copy).indexOf(from);
                assert.ok(at > 0, from);
                copy.set(new TextEncoder().encode(to), at);
                return copy;
            };
            assert.equal((0, searchStore_1.decodeIndex)(patched('"magic":"paper-notes-index"', '"magic":"paper-notes-indey"'), 'key-1'), null);
            assert.equal((0, searchStore_1.decodeIndex)(patched('"version":7', '"version":8'), 'key-1'), null);
            const stored = index.stored();
            const count = papers.length;
            const terms = stored.offsets.length - 1;
            /** The postings with posting `at` of document `doc`, its weight kept. */
            const withDoc = (at, doc) => Uint32Array.from(stored.postings, (posting, i) => (i === at ? (posting & ~search_1.POSTING_DOC) | doc : posting));
            const broken = [
                ['offsets one short', { offsets: stored.offsets.slice(1) }],
                ['headEnds one short', { headEnds: stored.headEnds.slice(1) }],
                ['postings one short', { postings: stored.postings.slice(1) }],
                ['newest one short', { newest: stored.newest.slice(1) }],
                ['upvotes one short', { upvotes: stored.upvotes.slice(1) }],
                ['gramOffsets one short', { gramOffsets: stored.gramOffsets.slice(1) }],
                ['a title short', { titleText: stored.titleText.slice(stored.titleText.indexOf('\0') + 1) }],
                ['a name short', { nameText: stored.nameText.slice(stored.nameText.indexOf('\0') + 1) }],
                ['a doc id equal to the paper count', { postings: withDoc(0, count) }],
                ['a term id equal to the term count', { gramTerms: Uint32Array.from(stored.gramTerms, (term, i) => (i === 0 ? terms : term)) }],
                ['newest past the papers', { newest: Uint32Array.from(stored.newest, (doc, i) => (i === 0 ? count : doc)) }],
                ['upvotes past the papers', { upvotes: Uint32Array.from(stored.upvotes, (doc, i) => (i === 0 ? count : doc)) }],
                ['an offset past the postings', { offsets: Uint32Array.from(stored.offsets, (at, i) => (i === 1 ? stored.postings.length + 1 : at)) }],
                ['a head end past the postings', { headEnds: Uint32Array.from(stored.headEnds, (at, i) => (i === 0 ? stored.postings.length + 1 : at)) }],
                ['a gram offset past the list', { gramOffsets: Uint32Array.from(stored.gramOffsets, (at, i) => (i === 1 ? stored.gramTerms.length + 1 : at)) }],
            ];
            for (const [what, change] of broken)
                assert.equal((0, searchStore_1.decodeIndex)((0, searchStore_1.encodeIndex)({ ...stored, ...change }, 'key-1'), 'key-1'), null, what);
            assert.ok((0, searchStore_1.decodeIndex)((0, searchStore_1.encodeIndex)({ ...stored, postings: withDoc(0, count - 1) }, 'key-1'), 'key-1'), 'the last paper\'s id is in range');
            // The weight's bits above the document are not part of it.
            const heaviest = Uint32Array.from(stored.postings, (posting, i) => (i === 0 ? (count - 1) | (127 << search_1.POSTING_WEIGHT_SHIFT) : posting));
            assert.ok((0, searchStore_1.decodeIndex)((0, searchStore_1.encodeIndex)({ ...stored, postings: heaviest }, 'key-1'), 'key-1'), 'a heavy posting of the last paper is in range');
        });
        it('fits only the papers it was built over', () => {
            assert.throws(() => new search_1.PaperIndex(papers.slice(1), (0, searchStore_1.decodeIndex)(bytes, 'key-1')), /194 papers, not 193/);
        });
    });
    it('has exactly the words tokenize gives, on random text of letters, digits, hyphens, accents, Greek, ligatures and punctuation (property)', () => {
        const next = (0, common_1.random)(21);
        const pieces = ['a', 'B', 'z', '7', '-', ' ', ',', '.', 'é', 'Ü', 'ß', 'ﬁ', 'Σ', 'ς', 'δ', '—', ':', '(', 'İ', 'ǅ', '\u0301', '\n', 'x-y', 'of', 'The'];
        for (let round = 0; round < 300; round++) {
            const title = Array.from({ length: 1 + Math.floor(next() * 30) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
            const stop = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'for', 'to', 'and', 'or', 'with', 'is', 'are', 'by', 'via', 'from', 'at', 'as']);
            const expected = new Set([...(0, search_1.tokenize)(title), 'k'].filter((word) => word && !stop.has(word)));
            const terms = new search_1.PaperIndex([(0, helpers_1.makePaper)({ key: 'k', title, cleanTitle: title, cleanAbstract: title })]).stored().termText.split('\0').filter(Boolean);
            assert.deepEqual(terms.sort(), [...expected].sort(), JSON.stringify(title));
        }
    });
    it('reads words in place as tokenize does: case, hyphens, accents, Greek', () => {
        const titles = ['T2T-ViT: Tokens', 'Müller Net', 'Δ-DiT Models', 'UPPER lower MiXeD'];
        const index = new search_1.PaperIndex(titles.map((title, i) => paper(`t${i}`, title)));
        for (const [i, title] of titles.entries()) {
            for (const word of (0, search_1.tokenize)(title))
                assert.ok(keysOf(index, `${word} `).includes(`t${i}`), `${word} of ${title}`);
        }
        assert.equal(index.size.terms, 19, 'every word once, stop words not indexed');
    });
    it('reads a rare word as a typo too when a far more frequent word is one edit away (the corpus has its own typos)', () => {
        const common = (count) => Array.from({ length: count }, (_, n) => paper(`graph${n}`, `Heterogeneous graphs ${n}`));
        const typoed = (count) => Array.from({ length: count }, (_, n) => paper(`typo${n}`, `Other work ${n}`, 'A heterogenous mix of methods.'));
        const keysFor = (papers, query) => new search_1.PaperIndex(papers).search(query, { limit: 20 }).hits.map((hit) => hit.paper.key);
        // In one paper, with the right spelling in ten: both are found, the paper with the word as typed first.
        const found = keysFor([...common(10), ...typoed(1)], 'heterogenous');
        assert.equal(found[0], 'typo0');
        assert.equal(found.length, 11);
        // In three papers the word is no rare typo: only it is found.
        assert.deepEqual(keysFor([...common(20), ...typoed(3)], 'heterogenous').sort(), ['typo0', 'typo1', 'typo2']);
        // In two papers and its neighbour in fewer than five times as many: no expansion either.
        assert.deepEqual(keysFor([...common(9), ...typoed(2)], 'heterogenous').sort(), ['typo0', 'typo1']);
        assert.equal(keysFor([...common(10), ...typoed(2)], 'heterogenous').length, 12);
        // Short words (four letters) are left as typed.
        assert.deepEqual(keysFor([...Array.from({ length: 10 }, (_, n) => paper(`m${n}`, `Mamba ${n}`)), paper('mama', 'Other', 'A mama.')], 'mama'), ['mama']);
    });
});
