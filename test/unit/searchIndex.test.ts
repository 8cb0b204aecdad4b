import * as assert from 'node:assert/strict';
import { editDistance, typoLimit } from '../../src/core/editDistance';
import type { Paper } from '../../src/core/paper';
import { PaperIndex, tokenize } from '../../src/core/search';
import { decodeIndex, encodeIndex } from '../../src/core/searchStore';
import { makePaper, realCatalogue } from './helpers';

/** A deterministic pseudo-random generator, so the made-up papers are the same every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

  describe('tail maps (a word in most abstracts is read only for the papers the query finds otherwise)', () => {
    const next = random(9);
    const vocabulary = ['alpha', 'beta', 'gamma', 'delta', 'omega', 'kappa', 'sigma', 'theta'];
    const text = (length: number): string => Array.from({ length }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ');
    const papers = Array.from({ length: 300 }, (_, i) => paper(`p${i}`, `${text(2)} ${i % 7 === 0 ? 'zeta' : ''}`, `${text(30)} common words ${i % 3 ? 'frequent' : ''}`));
    const full = new PaperIndex(papers, undefined, { frequentTerms: 1_000_000 });
    const mapped = new PaperIndex(papers, undefined, { frequentTerms: 20, fewPapers: 5 });

    it('has maps only for the words that pass the threshold', () => {
      assert.equal(full.stored().mapTerms.length, 0);
      assert.ok(mapped.stored().mapTerms.length >= 8, 'the vocabulary and "common", "frequent" are in most abstracts');
    });

    it('counts every match in the total, as a full walk does', () => {
      for (const query of ['frequent', 'zeta frequent', 'alpha', 'alpha beta', 'common words', 'zeta', 'alp', 'gamma omeg', 'zeta common frequent']) {
        assert.equal(mapped.search(query).total, full.search(query).total, query);
      }
    });

    it('adds a frequent word\'s abstract weight to the papers other words found, so the best stay the best', () => {
      for (const query of ['zeta frequent', 'zeta common', 'zeta alpha beta']) {
        assert.deepEqual(keysOf(mapped, query, 10), keysOf(full, query, 10), query);
      }
    });

    it('keeps the best of a full walk and its total, on random queries over a Zipf-like corpus (property)', () => {
      const draw = random(33);
      const words = Array.from({ length: 60 }, (_, i) => `w${i}x${'abcdefgh'[i % 8]}`);
      const pick = (): string => words[Math.floor(words.length * Math.pow(draw(), 2.5))];
      const corpus = Array.from({ length: 400 }, (_, i) => paper(`z${i}`, Array.from({ length: 2 + Math.floor(draw() * 4) }, pick).join(' '), Array.from({ length: 20 }, pick).join(' ')));
      const walked = new PaperIndex(corpus, undefined, { frequentTerms: 1_000_000 });
      const pruned = new PaperIndex(corpus, undefined, { frequentTerms: 40, fewPapers: 10 });
      assert.ok(pruned.stored().mapTerms.length > 10);
      for (let round = 0; round < 200; round++) {
        const query = Array.from({ length: 2 + Math.floor(draw() * 3) }, pick).join(' ');
        const a = pruned.search(query, { limit: 10 });
        const b = walked.search(query, { limit: 10 });
        assert.equal(a.total, b.total, query);
        assert.deepEqual(a.hits.map((hit) => hit.paper.key), b.hits.map((hit) => hit.paper.key), query);
      }
    });

    it('walks everything after all when papers without the rarest word could rank among the best', () => {
      // "rareword" in 45 abstracts fills the heap with weak candidates; "common" in 100 titles scores higher alone.
      const corpus = [
        ...Array.from({ length: 45 }, (_, i) => paper(`r${i}`, `Plain ${i}`, 'rareword')),
        ...Array.from({ length: 100 }, (_, i) => paper(`c${i}`, `Common ${i}`)),
        ...Array.from({ length: 255 }, (_, i) => paper(`o${i}`, `Other ${i}`)),
      ];
      const walked = new PaperIndex(corpus, undefined, { frequentTerms: 1_000_000 });
      const pruned = new PaperIndex(corpus, undefined, { frequentTerms: 50, fewPapers: 10 });
      const best = keysOf(walked, 'rareword common', 10);
      assert.ok(best.every((key) => key.startsWith('c')), best.join(' '));
      assert.deepEqual(keysOf(pruned, 'rareword common', 10), best);
    });

    it('walks the frequent words after all when too few papers are found otherwise', () => {
      const few = new PaperIndex([paper('only', 'Zeta', 'frequent'), ...Array.from({ length: 50 }, (_, i) => paper(`f${i}`, 'Other', 'frequent frequent'))], undefined, { frequentTerms: 10 });
      const found = keysOf(few, 'zeta frequent', 60);
      assert.equal(found[0], 'only');
      assert.equal(found.length, 51, 'the papers with the frequent word only in their abstract are found too');
    });

    it('is not used under a filter, which must see every match', () => {
      const accept = (candidate: Paper): boolean => candidate.key.endsWith('1');
      assert.deepEqual(mapped.search('frequent', { accept, limit: 500 }).hits.map((hit) => hit.paper.key), full.search('frequent', { accept, limit: 500 }).hits.map((hit) => hit.paper.key));
    });
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
      const broken = { ...stored, docs: Uint32Array.from(stored.docs) };
      broken.docs[5] = papers.length + 10;
      assert.equal(decodeIndex(encodeIndex(broken, 'key-1'), 'key-1'), null);
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
});
