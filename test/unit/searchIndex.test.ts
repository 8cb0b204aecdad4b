import * as assert from 'node:assert/strict';
import { editDistance, typoLimit } from '../../src/core/editDistance';
import type { Paper } from '../../src/core/paper';
import { PaperIndex, POSTING_DOC, POSTING_WEIGHT_SHIFT, tokenize } from '../../src/core/search';
import { decodeIndex, encodeIndex } from '../../src/core/searchStore';
import { random } from '../../bench/common';
import { makePaper, realCatalogue } from './helpers';

const paper = (key: string, title: string, abstract = 'Nothing here.'): Paper => makePaper({ key, title, cleanTitle: title, cleanAbstract: abstract });
const keysOf = (index: PaperIndex, query: string, limit = 1000): string[] => index.search(query, { limit }).hits.map((hit) => hit.paper.key);

describe('search index: flat arrays, the same answers as a full look', () => {
  it('finds typos through the bigram index exactly as a scan of every word would (one edit to 6 letters, two from 7, first or second letter kept)', () => {
    const next = random(5);
    const letters = 'abcdeilmnorst';
    const word = (): string => Array.from({ length: 4 + Math.floor(next() * 6) }, () => letters[Math.floor(next() * letters.length)]).join('');
    const vocabulary = [...new Set(Array.from({ length: 400 }, word)), 'abac', 'abab'];
    const papers = vocabulary.map((title, i) => paper(`k${i}`, title));
    const index = new PaperIndex(papers);
    const mutate = (source: string): string => {
      const at = Math.floor(next() * source.length);
      const kind = Math.floor(next() * 3);
      const letter = letters[Math.floor(next() * letters.length)];
      return kind === 0 ? source.slice(0, at) + letter + source.slice(at + 1) : kind === 1 ? source.slice(0, at) + source.slice(at + 1) : source.slice(0, at) + letter + source.slice(at);
    };
    // "abab" has two distinct bigrams only: the bigram bound says nothing, so every word is looked at.
    const queries = [...Array.from({ length: 150 }, () => mutate(mutate(vocabulary[Math.floor(next() * vocabulary.length)]))), 'abaa'];
    let checked = 0;
    for (const query of queries) {
      if (query.length < 4 || vocabulary.includes(query)) continue;
      const limit = typoLimit(query);
      const expected = papers.filter(({ cleanTitle: title }) => {
        if (title.startsWith(query)) return true;
        if (title.charCodeAt(0) !== query.charCodeAt(0) && title.charCodeAt(1) !== query.charCodeAt(1)) return false;
        const distance = editDistance(query, title, limit);
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
    const index = new PaperIndex([...rare, ...common]);
    const found = keysOf(index, 'qz');
    assert.equal(found.length, 79 + 5, 'two letters: 80 words, the common one in five papers');
    for (const key of ['c0', 'c1', 'c2', 'c3', 'c4']) assert.ok(found.includes(key), `${key}: the word in five titles is among the 80`);
  });

  it('keeps the best papers on a heap: on equal scores the earlier paper (a library entry before the catalogue) wins, in order', () => {
    const same = Array.from({ length: 100 }, (_, i) => paper(`p${i}`, 'Same Words Here'));
    const index = new PaperIndex(same);
    assert.deepEqual(keysOf(index, 'same words', 5), ['p0', 'p1', 'p2', 'p3', 'p4']);
    assert.equal(index.search('same words', { limit: 5 }).total, 100);
    const mixed = new PaperIndex([...same.slice(0, 60), paper('best', 'Same Words'), ...same.slice(60)]);
    assert.equal(keysOf(mixed, 'same words', 5)[0], 'best', 'the exact title beats the 60 papers before it');
  });

  it('walks a word being typed into abstracts for at most 20,000 postings; beyond that only titles, names and keys count', () => {
    const crowd = Array.from({ length: 20_001 }, (_, i) => paper(`c${i}`, 'Plain', 'alphaword'));
    const index = new PaperIndex([...crowd, paper('one', 'Plain', 'alphabet'), paper('titled', 'Alphaword Here')]);
    const found = index.search('alpha', { limit: 10 });
    assert.deepEqual(found.hits.map((hit) => hit.paper.key).sort(), ['one', 'titled'], 'the 20,001 abstracts of "alphaword" are past the budget');
    assert.equal(found.total, 2);
    assert.equal(index.search('alphaword', { limit: 10 }).total, 20_002, 'the whole word is walked in full');
  });

  it('searches only the documents acceptDoc accepts, with a filter, without words, and over a list that is not an array', () => {
    const papers = realCatalogue().papers;
    // A list that decodes as asked, as a library's table does.
    const list = { length: papers.length, at: (doc: number) => papers[doc] };
    const index = new PaperIndex(list, PaperIndex.build(papers));
    const even = (doc: number): boolean => doc % 2 === 0;
    const keysOf = (query: string, acceptDoc?: (doc: number) => boolean): string[] => index.search(query, { limit: 200, acceptDoc }).hits.map((hit) => hit.paper.key);
    for (const query of ['transformer', 'year:2024 vision', '', 'sort:newest']) {
      const all = keysOf(query);
      const kept = keysOf(query, even);
      assert.ok(all.length > kept.length && kept.length > 0, query);
      assert.ok(kept.every((key) => even(papers.findIndex((paper) => paper.key === key))), `${query}: only accepted documents`);
      assert.equal(index.search(query, { acceptDoc: even }).total, all.filter((key) => even(papers.findIndex((paper) => paper.key === key))).length, `${query}: the total counts only them`);
    }
  });

  it('lists any number of papers for a search without words, and as many with a filter as without one', () => {
    const many = Array.from({ length: 130_000 }, (_, i) => makePaper({ key: `k${i}`, title: 'T', cleanTitle: 'T', cleanAbstract: '', year: 2000 + (i % 20) }));
    const big = new PaperIndex(many);
    assert.equal(big.search('', { limit: 130_000 }).hits.length, 130_000);
    assert.equal(big.search('year:>1999', { limit: 130_000 }).hits.length, 130_000);
    assert.equal(big.search('', { limit: 2.5 }).hits.length, big.search('year:>1999', { limit: 2.5 }).hits.length);
  });

  describe('stored as bytes (the warm start)', () => {
    const papers = realCatalogue().papers;
    const index = new PaperIndex(papers);
    const bytes = encodeIndex(index.stored(), 'key-1');

    it('reads back to an index that answers every query as the built one', () => {
      const stored = decodeIndex(bytes, 'key-1');
      assert.ok(stored);
      const warm = new PaperIndex(papers, stored);
      for (const query of ['mamba', 'slic', 'vision transformr', 'in:catalogue sort:newest', 'diffusion models for images', 'a', '']) {
        assert.deepEqual(warm.search(query, { limit: 30 }), index.search(query, { limit: 30 }), query);
      }
    });

    it('reads from a Node Buffer that is a view into a larger one', () => {
      const padded = Buffer.alloc(bytes.length + 3);
      padded.set(bytes, 3);
      assert.ok(decodeIndex(padded.subarray(3), 'key-1'));
    });

    it('refuses another key, cut or damaged bytes, and ids out of range, without throwing', () => {
      assert.equal(decodeIndex(bytes, 'key-2'), null);
      assert.equal(decodeIndex(bytes.subarray(0, bytes.length - 100), 'key-1'), null);
      assert.equal(decodeIndex(new Uint8Array([1, 2, 3]), 'key-1'), null);
      assert.equal(decodeIndex(new TextEncoder().encode('not an index at all'), 'key-1'), null);
      const stored = index.stored();
      const broken = { ...stored, postings: Uint32Array.from(stored.postings) };
      broken.postings[5] = papers.length + 10;
      assert.equal(decodeIndex(encodeIndex(broken, 'key-1'), 'key-1'), null);
    });

    it('refuses another format or version, arrays that do not fit together, and every id out of range by one', () => {
      const patched = (from: string, to: string): Uint8Array => {
        const copy = Uint8Array.from(bytes);
        const at = Buffer.from(copy).indexOf(from);
        assert.ok(at > 0, from);
        copy.set(new TextEncoder().encode(to), at);
        return copy;
      };
      assert.equal(decodeIndex(patched('"magic":"paper-notes-index"', '"magic":"paper-notes-indey"'), 'key-1'), null);
      assert.equal(decodeIndex(patched('"version":7', '"version":8'), 'key-1'), null);
      const stored = index.stored();
      const count = papers.length;
      const terms = stored.offsets.length - 1;
      /** The postings with posting `at` of document `doc`, its weight kept. */
      const withDoc = (at: number, doc: number): Uint32Array => Uint32Array.from(stored.postings, (posting, i) => (i === at ? (posting & ~POSTING_DOC) | doc : posting));
      const broken: [string, Partial<typeof stored>][] = [
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
      for (const [what, change] of broken) assert.equal(decodeIndex(encodeIndex({ ...stored, ...change }, 'key-1'), 'key-1'), null, what);
      assert.ok(decodeIndex(encodeIndex({ ...stored, postings: withDoc(0, count - 1) }, 'key-1'), 'key-1'), 'the last paper\'s id is in range');
      // The weight's bits above the document are not part of it.
      const heaviest = Uint32Array.from(stored.postings, (posting, i) => (i === 0 ? (count - 1) | (127 << POSTING_WEIGHT_SHIFT) : posting));
      assert.ok(decodeIndex(encodeIndex({ ...stored, postings: heaviest }, 'key-1'), 'key-1'), 'a heavy posting of the last paper is in range');
    });

    it('fits only the papers it was built over', () => {
      assert.throws(() => new PaperIndex(papers.slice(1), decodeIndex(bytes, 'key-1')!), /194 papers, not 193/);
    });
  });

  it('has exactly the words tokenize gives, on random text of letters, digits, hyphens, accents, Greek, ligatures and punctuation (property)', () => {
    const next = random(21);
    const pieces = ['a', 'B', 'z', '7', '-', ' ', ',', '.', 'é', 'Ü', 'ß', 'ﬁ', 'Σ', 'ς', 'δ', '—', ':', '(', 'İ', 'ǅ', '\u0301', '\n', 'x-y', 'of', 'The'];
    for (let round = 0; round < 300; round++) {
      const title = Array.from({ length: 1 + Math.floor(next() * 30) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const stop = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'for', 'to', 'and', 'or', 'with', 'is', 'are', 'by', 'via', 'from', 'at', 'as']);
      const expected = new Set([...tokenize(title), 'k'].filter((word) => word && !stop.has(word)));
      const terms = new PaperIndex([makePaper({ key: 'k', title, cleanTitle: title, cleanAbstract: title })]).stored().termText.split('\0').filter(Boolean);
      assert.deepEqual(terms.sort(), [...expected].sort(), JSON.stringify(title));
    }
  });

  it('reads words in place as tokenize does: case, hyphens, accents, Greek', () => {
    const titles = ['T2T-ViT: Tokens', 'Müller Net', 'Δ-DiT Models', 'UPPER lower MiXeD'];
    const index = new PaperIndex(titles.map((title, i) => paper(`t${i}`, title)));
    for (const [i, title] of titles.entries()) {
      for (const word of tokenize(title)) assert.ok(keysOf(index, `${word} `).includes(`t${i}`), `${word} of ${title}`);
    }
    assert.equal(index.size.terms, 19, 'every word once, stop words not indexed');
  });
  it('reads a rare word as a typo too when a far more frequent word is one edit away (the corpus has its own typos)', () => {
    const common = (count: number) => Array.from({ length: count }, (_, n) => paper(`graph${n}`, `Heterogeneous graphs ${n}`));
    const typoed = (count: number) => Array.from({ length: count }, (_, n) => paper(`typo${n}`, `Other work ${n}`, 'A heterogenous mix of methods.'));
    const keysFor = (papers: Paper[], query: string) => new PaperIndex(papers).search(query, { limit: 20 }).hits.map((hit) => hit.paper.key);
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
