import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseQuery } from '../../src/core/queryFilters';
import { PaperIndex, tokenize } from '../../src/core/search';
import { realCatalogue, ROOT } from './helpers';

interface LabelledQuery { query: string; type: string; accept: string[] }
const queries = (JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'searchQueries.json'), 'utf8')) as { queries: LabelledQuery[] }).queries;
const papers = realCatalogue().papers;
const index = new PaperIndex(papers);
const keys = (query: string, limit = 10) => index.search(query, { limit }).hits.map((hit) => hit.paper.key);

describe('search ranking', () => {
  it('has at least 40 labelled queries of every kind, with accepted keys that exist', () => {
    assert.ok(queries.length >= 40);
    for (const type of ['exact title', 'partial title', 'acronym / name', 'typo', 'prefix', 'any order', 'concept']) {
      assert.ok(queries.some((query) => query.type === type), type);
    }
    const known = new Set(papers.map((paper) => paper.key));
    for (const query of queries) for (const key of query.accept) assert.ok(known.has(key), `${query.query}: ${key}`);
  });

  it('reaches hit@5 >= 0.95 and MRR >= 0.9 on the labelled queries', () => {
    let hits = 0;
    let reciprocal = 0;
    for (const { query, accept } of queries) {
      const ranked = keys(query, 20);
      const position = ranked.findIndex((key) => accept.includes(key));
      if (position !== -1 && position < 5) hits++;
      if (position !== -1) reciprocal += 1 / (position + 1);
    }
    assert.ok(hits / queries.length >= 0.95, `hit@5 ${hits / queries.length}`);
    assert.ok(reciprocal / queries.length >= 0.9, `MRR ${reciprocal / queries.length}`);
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
  const filtered = (query: string) => index.search(query, { limit: 1000 }).hits.map((hit) => hit.paper.key).sort();
  const where = (test: (paper: (typeof papers)[number]) => boolean) => {
    const expected = papers.filter(test).map((paper) => paper.key).sort();
    assert.ok(expected.length > 0 && expected.length < papers.length, 'a filter test needs papers on both sides');
    return expected;
  };
  const year = (paper: (typeof papers)[number]) => paper.year ?? Number.NaN;

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
    assert.match(parseQuery('author:smith').errors[0], /^unknown filter 'author:' \(filters: year:2023/);
    assert.match(parseQuery('year:soon').errors[0], /year:soon is not a year/);
    assert.match(parseQuery('kind:paper').errors[0], /kind:paper is not a kind; use one of architecture, method, analysis, survey, benchmark/);
    assert.match(parseQuery('has:pdf').errors[0], /has:pdf is not known; use has:code/);
    assert.match(parseQuery('sort:random').errors[0], /sort:random is not a sort/);
    assert.equal(parseQuery('see https://github.com/x').errors.length, 0);
    assert.deepEqual(parseQuery('three components: encoders').errors, [], 'a word ending in a colon is no filter');
    assert.equal(parseQuery('three components: encoders').text, 'three components encoders');
    assert.match(parseQuery('year:').errors[0], /^year: needs a value/);
    const result = index.search('mamba author:gu', { limit: 5 });
    assert.equal(result.errors.length, 1);
    assert.equal(result.hits[0].paper.key, 'mamba2023');
  });
});

describe('search internals', () => {
  it('tokenizes hyphenated names into parts and the joined form', () => {
    assert.deepEqual(tokenize('T2T-ViT: Tokens-to-Token'), ['t2t', 'vit', 't2tvit', 'tokens', 'to', 'token', 'tokenstotoken']);
  });
});

describe('search with long pasted queries', () => {
  it('finds the paper whose whole abstract is pasted (300 words), and never more papers than there are', () => {
    const long = papers.find((paper) => paper.cleanAbstract.split(/\s+/).length >= 250)!;
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
