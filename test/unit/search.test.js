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
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const queryFilters_1 = require("../../src/core/queryFilters");
const search_1 = require("../../src/core/search");
const helpers_1 = require("./helpers");
const queries = JSON.parse(fs.readFileSync(path.join(helpers_1.ROOT, 'test', 'fixtures', 'searchQueries.json'), 'utf8')).queries;
const papers = (0, helpers_1.realCatalogue)().papers;
const index = new search_1.PaperIndex(papers);
const keys = (query, limit = 10) => index.search(query, { limit }).hits.map((hit) => hit.paper.key);
describe('search ranking', () => {
    it('has at least 40 labelled queries of every kind, with accepted keys that exist', () => {
        assert.ok(queries.length >= 40);
        for (const type of ['exact title', 'partial title', 'acronym / name', 'typo', 'prefix', 'any order', 'concept']) {
            assert.ok(queries.some((query) => query.type === type), type);
        }
        const known = new Set(papers.map((paper) => paper.key));
        for (const query of queries)
            for (const key of query.accept)
                assert.ok(known.has(key), `${query.query}: ${key}`);
    });
    it('reaches hit@5 = 1 and MRR >= 0.95 on the labelled queries', () => {
        const missed = [];
        let reciprocal = 0;
        for (const { query, accept } of queries) {
            const ranked = keys(query, 20);
            const position = ranked.findIndex((key) => accept.includes(key));
            if (position === -1 || position >= 5)
                missed.push(query);
            if (position !== -1)
                reciprocal += 1 / (position + 1);
        }
        assert.deepEqual(missed, [], 'every labelled query finds an accepted paper in the top 5');
        assert.ok(reciprocal / queries.length >= 0.95, `MRR ${reciprocal / queries.length}`);
    });
    it('finds Sliced Recursive Transformer first as it is typed, with typos and in any order', () => {
        for (const query of ['slic', 'sliced recursve', 'sret', 'transformer recursive sliced', 'Sliced Recursive Transformer']) {
            assert.equal(keys(query)[0], 'slicedrecursive2021', query);
        }
    });
    it('finds concepts that appear only in abstracts', () => {
        assert.ok(keys('weight sharing', 5).includes('slicedrecursive2021'));
        assert.ok(keys('token pruning', 5).includes('a2sf2024'));
    });
    it('highlights the matched parts of titles', () => {
        const [hit] = index.search('slic recursve', { limit: 1 }).hits;
        const title = hit.paper.cleanTitle;
        assert.deepEqual(hit.titleMatches.map(([start, end]) => title.slice(start, end)), ['Slic', 'Recursive']);
    });
    it('lists papers newest first for an empty query, and sorts by upvotes on request', () => {
        const newest = index.search('', { limit: 5 }).hits.map((hit) => hit.paper.date ?? '');
        assert.deepEqual(newest, [...newest].sort().reverse());
        assert.equal(index.search('', { limit: 200 }).total, papers.length);
        const upvotes = index.search('sort:upvotes', { limit: 5 }).hits.map((hit) => hit.paper.upvotes);
        assert.deepEqual(upvotes, [...upvotes].sort((a, b) => b - a));
        assert.ok(upvotes[0] > 0);
        const transformerByDate = index.search('transformer', { limit: 10, sort: 'newest' }).hits.map((hit) => hit.paper.date ?? '');
        assert.deepEqual(transformerByDate, [...transformerByDate].sort().reverse());
    });
});
describe('search filters', () => {
    /** Exactly the papers a filter must give: every one that passes it, and no other. */
    const filtered = (query) => index.search(query, { limit: 1000 }).hits.map((hit) => hit.paper.key).sort();
    const where = (test) => {
        const expected = papers.filter(test).map((paper) => paper.key).sort();
        assert.ok(expected.length > 0 && expected.length < papers.length, 'a filter test needs papers on both sides');
        return expected;
    };
    const year = (paper) => paper.year ?? Number.NaN;
    it('filters by year, range and comparison, boundaries included, undated papers never', () => {
        assert.deepEqual(filtered('year:2023'), where((paper) => year(paper) === 2023));
        assert.deepEqual(filtered('year:>=2024'), where((paper) => year(paper) >= 2024));
        assert.deepEqual(filtered('year:>2024'), where((paper) => year(paper) > 2024));
        assert.deepEqual(filtered('year:<=2021'), where((paper) => year(paper) <= 2021));
        assert.deepEqual(filtered('year:<2021'), where((paper) => year(paper) < 2021));
        assert.deepEqual(filtered('year:2021..2022'), where((paper) => year(paper) >= 2021 && year(paper) <= 2022));
        assert.deepEqual(filtered('year:2022..2021'), filtered('year:2021..2022'), 'a range may be written backwards');
        assert.deepEqual(index.search('year:2021..2022').filters, ['year 2021–2022']);
        assert.deepEqual(index.search('year:>=2022 year:<=2023').filters, ['year ≥ 2022', 'year ≤ 2023']);
        assert.deepEqual(index.search('year:>2022 year:<2024').filters, ['year > 2022', 'year < 2024']);
        const textAndYear = index.search('transformer year:>=2024', { limit: 1000 }).hits;
        assert.ok(textAndYear.length > 0 && textAndYear.every((hit) => year(hit.paper) >= 2024));
    });
    it('filters by code, kind, family and modality', () => {
        assert.deepEqual(filtered('has:code'), where((paper) => paper.codeUrl !== null));
        assert.deepEqual(filtered('kind:survey'), where((paper) => paper.summary?.kind === 'survey'));
        assert.deepEqual(filtered('family:ssm'), where((paper) => !!paper.summary?.family.includes('ssm')));
        assert.deepEqual(filtered('modality:speech'), where((paper) => !!paper.summary?.modalities.includes('speech')));
        assert.deepEqual(filtered('has:code kind:method'), where((paper) => paper.codeUrl !== null && paper.summary?.kind === 'method'));
        assert.deepEqual(index.search('has:code family:ssm modality:vision kind:architecture').filters, ['has code', 'family ssm', 'modality vision', 'kind architecture']);
    });
    it('explains unknown filters and bad values instead of ignoring them', () => {
        assert.match((0, queryFilters_1.parseQuery)('venue:smith').errors[0], /^unknown filter 'venue:' \(filters: year:2023/);
        assert.match((0, queryFilters_1.parseQuery)('year:soon').errors[0], /year:soon is not a year/);
        assert.match((0, queryFilters_1.parseQuery)('kind:paper').errors[0], /kind:paper is not a kind; use one of architecture, method, analysis, survey, benchmark/);
        assert.match((0, queryFilters_1.parseQuery)('has:pdf').errors[0], /has:pdf is not known; use has:code/);
        assert.match((0, queryFilters_1.parseQuery)('sort:random').errors[0], /sort:random is not a sort/);
        assert.equal((0, queryFilters_1.parseQuery)('see https://github.com/x').errors.length, 0);
        assert.deepEqual((0, queryFilters_1.parseQuery)('three components: encoders').errors, [], 'a word ending in a colon is no filter');
        assert.equal((0, queryFilters_1.parseQuery)('three components: encoders').text, 'three components encoders');
        assert.match((0, queryFilters_1.parseQuery)('year:').errors[0], /^year: needs a value/);
        const result = index.search('mamba venue:gu', { limit: 5 });
        assert.equal(result.errors.length, 1);
        assert.equal(result.hits[0].paper.key, 'mamba2023');
    });
});
describe('search internals', () => {
    it('tokenizes hyphenated names into parts and the joined form', () => {
        assert.deepEqual((0, search_1.tokenize)('T2T-ViT: Tokens-to-Token'), ['t2t', 'vit', 't2tvit', 'tokens', 'to', 'token', 'tokenstotoken']);
    });
});
describe('search with long pasted queries', () => {
    it('finds the paper whose whole abstract is pasted (300 words), and never more papers than there are', () => {
        const long = papers.find((paper) => paper.cleanAbstract.split(/\s+/).length >= 250);
        const query = `${long.cleanAbstract} ${long.cleanAbstract}`.split(/\s+/).slice(0, 300).join(' ');
        const result = index.search(query, { limit: 5 });
        assert.ok(result.total <= papers.length, `${result.total} results for ${papers.length} papers`);
        assert.equal(result.hits[0].paper.key, long.key);
        const misses = papers.filter((paper) => index.search(`${paper.cleanAbstract} ${paper.cleanAbstract}`.split(/\s+/).slice(0, 300).join(' '), { limit: 1 }).hits[0]?.paper.key !== paper.key);
        assert.deepEqual(misses.map((paper) => paper.key), [], 'every paper is found first from its pasted abstract');
    });
    it('answers a 10,000-word query with the papers it was pasted from', function () {
        this.timeout(10000);
        const sources = [papers[3], papers[70], papers[150]];
        const words = sources.map((paper) => paper.cleanAbstract).join(' ').split(/\s+/);
        const query = Array.from({ length: 10000 }, (_, i) => words[i % words.length]).join(' ');
        const result = index.search(query, { limit: 5 });
        assert.ok(result.total <= papers.length);
        assert.deepEqual(result.hits.slice(0, 3).map((hit) => hit.paper.key).sort(), sources.map((paper) => paper.key).sort());
        assert.deepEqual(result.errors, [], 'a colon at the end of a word in pasted text is punctuation, not a filter');
    });
});
describe('search rules, on a small made-up catalogue', () => {
    const paper = (key, title, fields = {}) => (0, helpers_1.makePaper)({ key, title, cleanTitle: title, cleanAbstract: 'Nothing here.', ...fields });
    const order = (index, query, options = {}) => index.search(query, { limit: 50, ...options }).hits.map((hit) => hit.paper.key);
    it('ignores stop words: a query of them alone lists papers newest first', () => {
        const index = new search_1.PaperIndex([paper('p2020', 'The Of And')]);
        for (const word of ['a', 'an', 'the', 'of', 'in', 'on', 'for', 'to', 'and', 'or', 'with', 'is', 'are', 'by', 'via', 'from', 'at', 'as']) {
            assert.equal(index.search(word).sort, 'newest', word);
        }
        assert.equal(index.search('net').sort, 'relevance');
    });
    it('tokenizes words and hyphenated names, folding accents and case', () => {
        assert.deepEqual((0, search_1.tokenize)('Müller--Net  a-b-c x- -y'), ['muller', 'net', 'mullernet', 'a', 'b', 'c', 'abc', 'x', 'y']);
        assert.deepEqual((0, search_1.tokenize)(''), []);
        assert.deepEqual((0, search_1.tokenize)('Δ-DiT'), ['δ', 'dit', 'δdit']);
    });
    it('weighs where a word is: the model\'s name, then the title, the key, then the abstract (more for repeats)', () => {
        const summary = (name) => ({ kind: 'architecture', name, family: [], modalities: [], tasks: [], datasets: [], results: [], complexity: null });
        const index = new search_1.PaperIndex([
            paper('abstractonce2020', 'One', { cleanAbstract: 'A zeta appears.' }),
            paper('abstractthrice2020', 'Two', { cleanAbstract: 'Zeta, zeta and zeta again.' }),
            paper('zeta2020', 'Three'),
            paper('titled2020', 'Zeta Model'),
            paper('named2020', 'Four', { summary: summary('Zeta') }),
        ]);
        const ranked = order(index, 'zeta');
        assert.deepEqual(ranked.filter((key) => key !== 'zeta2020'), ['named2020', 'titled2020', 'abstractthrice2020', 'abstractonce2020']);
        assert.ok(ranked.indexOf('zeta2020') < ranked.indexOf('abstractthrice2020'), 'a key above abstracts');
    });
    it('expands the word being typed by prefix, and misspelt words by typo, but not exact earlier words', () => {
        const index = new search_1.PaperIndex([paper('one2020', 'Alpha Thing'), paper('two2020', 'Alphaomega'), paper('three2020', 'Alphb')]);
        assert.deepEqual(order(index, 'alpha').sort(), ['one2020', 'two2020'], 'the last word by prefix, an exact word not by typo');
        assert.deepEqual(order(index, 'alpha thing'), ['one2020'], 'an earlier exact word neither by prefix nor by typo');
        assert.deepEqual(order(index, 'alphq').sort(), ['one2020', 'three2020'], 'a word that is no word: by typo');
        assert.deepEqual(order(index, 'alp').sort(), ['one2020', 'three2020', 'two2020']);
    });
    it('caps prefix expansions: 40 words for one letter, 80 for two, 200 beyond; short prefixes only into titles, names and keys', () => {
        const many = Array.from({ length: 90 }, (_, n) => paper(`p${n}x2020`, `Abword${String(n).padStart(3, '0')}`));
        const index = new search_1.PaperIndex([...many, paper('hidden2020', 'Zzz', { cleanAbstract: 'abyss' })]);
        assert.equal(index.search('abw', { limit: 200 }).total, 90);
        assert.equal(index.search('ab', { limit: 200 }).total, 80);
        const single = new search_1.PaperIndex(Array.from({ length: 90 }, (_, n) => paper(`k${n}x2020`, `Qword${String(n).padStart(3, '0')}`)));
        assert.equal(single.search('q', { limit: 200 }).total, 40);
        assert.ok(!order(index, 'ab').includes('hidden2020'), 'two letters do not reach into abstracts');
        assert.ok(order(index, 'aby').includes('hidden2020'), 'three do');
    });
    it('ranks a title with the query\'s words in order, and a paper whose name is the query, first', () => {
        const index = new search_1.PaperIndex([paper('shuffled2020', 'Net Deep Models'), paper('inorder2020', 'Deep Net Models')]);
        assert.deepEqual(order(index, 'deep net'), ['inorder2020', 'shuffled2020']);
        const summary = (name) => ({ kind: 'architecture', name, family: [], modalities: [], tasks: [], datasets: [], results: [], complexity: null });
        const named = new search_1.PaperIndex([paper('longer2020', 'Mamba Things', { summary: summary('Mamba-2') }), paper('exact2020', 'Things Mamba', { summary: summary('MAMBA') })]);
        assert.equal(order(named, 'mamba')[0], 'exact2020');
    });
    it('ranks an exact title first even when its words repeat ("Transformer in Transformer")', () => {
        assert.equal(keys('Transformer in Transformer')[0], 'transformertransformer2021');
        const repeated = new search_1.PaperIndex([paper('other2020', 'Deep Deep Nets and More Deep Stuff'), paper('exact2020', 'Deep in Deep')]);
        assert.equal(order(repeated, 'deep in deep')[0], 'exact2020');
    });
    it('sorts matches by upvotes or date when asked', () => {
        const index = new search_1.PaperIndex([
            paper('old2020', 'Graph Net', { date: '2020-01-01', year: 2020, upvotes: 9 }),
            paper('new2024', 'Graph Nets', { date: '2024-01-01', year: 2024, upvotes: 1 }),
            paper('mid2022', 'Graph Network', { date: '2022-01-01', year: 2022, upvotes: 5 }),
            paper('tie2021', 'Graph Netx', { date: '2021-01-01', year: 2021, upvotes: 5 }),
        ]);
        assert.deepEqual(order(index, 'graph', { sort: 'upvotes' }), ['old2020', 'mid2022', 'tie2021', 'new2024']);
        assert.deepEqual(order(index, 'graph', { sort: 'newest' }), ['new2024', 'mid2022', 'tie2021', 'old2020']);
        assert.deepEqual(order(index, 'graph sort:upvotes'), ['old2020', 'mid2022', 'tie2021', 'new2024']);
    });
});
