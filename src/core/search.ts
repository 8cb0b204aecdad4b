/**
 * Searching papers as you type. Two stages:
 *
 * 1. Pre-selection with an inverted index over key, title, short name and
 *    abstract: every query word is expanded to the indexed words it may mean
 *    (exact, prefix for the word being typed, or a typo within one or two
 *    edits) and papers are scored with field weights (title and name above
 *    abstract) and IDF. This touches only the papers that share a word with
 *    the query, so it stays fast on large libraries.
 * 2. fuse.js ranks only the best candidates over key, title and short name,
 *    and its score is blended with the first stage's.
 *
 * Pure; `npm run bench` measures quality and latency against plain fuse.js.
 */
import Fuse from 'fuse.js';
import { newestFirst } from './catalogue';
import { editDistance, typoLimit } from './editDistance';
import { buildColumns, DocFilters, type FilterColumns } from './filterColumns';
import { FNV_OFFSET, FNV_PRIME, grown, joinNul, lowerBound, splitNul, TermTable, Uint32List } from './termTable';
import type { Paper } from './paper';
import { parseQuery, type SortOrder } from './queryFilters';
import { keyStem } from './titleParts';

export interface SearchHit {
  paper: Paper;
  /** 0 is a perfect match, 1 no match (fuse.js's scale); ascending = best first. */
  score: number;
  /** Ranges [start, end) of cleanTitle that match the query, for highlighting. */
  titleMatches: [number, number][];
}

export interface SearchOptions {
  limit?: number;
  sort?: SortOrder;
  /** Only the papers at these places of the list the index is over (for example those of the libraries a note sees; no paper is read to decide). */
  acceptDoc?: (doc: number) => boolean;
}

export interface SearchResult {
  hits: SearchHit[];
  /** How many papers matched before the limit. */
  total: number;
  /** Problems with the query's filters, each a sentence for the user. */
  errors: string[];
  /** The active filters, for display. */
  filters: string[];
  sort: SortOrder;
}

const FIELD_TITLE = 1;
const FIELD_NAME = 2;
const FIELD_KEY = 4;
const FIELD_ABSTRACT = 8;
const WEIGHT_TITLE = 3;
const WEIGHT_NAME = 3.5;
const WEIGHT_KEY = 2;
const WEIGHT_ABSTRACT = 1;
const CANDIDATES = 40;
/** A posting's low 25 bits are its document (up to 33 million papers), the bits above its field weight in tenths (at most 35): one 4-byte number a posting. */
export const POSTING_DOC = (1 << 25) - 1;
export const POSTING_WEIGHT_SHIFT = 25;
/** A pasted paragraph is a query too: its most telling words (rarest in the index) are searched, at most this many. */
export const MAX_QUERY_WORDS = 32;
/** A query word in at most this many papers is rare: it may be a typo that happens to be in the corpus too. */
const RARE_WORD_POSTINGS = 2;
/** ...and is read as its one-edit neighbours that are in this many times more papers. */
const RARE_WORD_RATIO = 5;
const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'for', 'to', 'and', 'or', 'with', 'is', 'are', 'by', 'via', 'from', 'at', 'as']);

const NON_ASCII = /[^\x00-\x7f]/;

/** A character that may be part of a word: a-z, 0-9, Greek small letters, and the hyphen (which is split on). */
/** ASCII word characters lowercased (a letter, a digit, the hyphen); 0 for every other ASCII character. */
const ASCII_WORD = (() => {
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    const lower = code >= 65 && code <= 90 ? code + 32 : code;
    if (isWordCode(lower)) table[code] = lower;
  }
  return table;
})();

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45 || (code >= 0x3b1 && code <= 0x3c9);
}

/** Each lowercase word of a text; hyphenated words also give their joined form (t2t-vit → t2t, vit, t2tvit). One pass, no regular expression per word. */
function forEachToken(text: string, emit: (word: string) => void): void {
  let lower = text.toLowerCase();
  if (NON_ASCII.test(lower)) lower = lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const length = lower.length;
  let i = 0;
  while (i < length) {
    while (i < length && !isWordCode(lower.charCodeAt(i))) i++;
    if (i === length) break;
    const start = i;
    let hyphen = false;
    for (let code = lower.charCodeAt(i); i < length && isWordCode(code); code = lower.charCodeAt(++i)) if (code === 45) hyphen = true;
    if (!hyphen) emit(lower.slice(start, i));
    else {
      const parts = lower.slice(start, i).split('-').filter(Boolean);
      parts.forEach(emit);
      if (parts.length > 1) emit(parts.join(''));
    }
  }
}

/** Lowercase words of a text; hyphenated words also give their joined form (t2t-vit → t2t, vit, t2tvit). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  forEachToken(text, (word) => out.push(word));
  return out;
}

/** Field weights are kept in tenths, in a posting's top bits (see POSTING_DOC). */
function fieldWeight(fields: number, abstractCount: number): number {
  let weight = 0;
  if (fields & FIELD_NAME) weight = Math.max(weight, WEIGHT_NAME);
  if (fields & FIELD_TITLE) weight = Math.max(weight, WEIGHT_TITLE);
  if (fields & FIELD_KEY) weight = Math.max(weight, WEIGHT_KEY);
  if (fields & FIELD_ABSTRACT) weight = Math.max(weight, WEIGHT_ABSTRACT * Math.min(1.5, 0.8 + 0.2 * abstractCount));
  return Math.round(weight * 10);
}

/** fieldWeight of every field set and abstract count (at most 255), with 128 added when the word is in a title, name or key: one look-up per posting. */
const PACKED_WEIGHTS = (() => {
  const table = new Uint8Array(16 << 8);
  for (let fields = 0; fields < 16; fields++) {
    for (let count = 0; count < 256; count++) {
      const weight = fieldWeight(fields, count);
      // A posting keeps six bits of weight below its title flag (bit 31).
      if (weight > 63) throw new Error(`a field weight of ${weight} tenths does not fit a posting`);
      table[(fields << 8) | count] = weight | (fields & (FIELD_TITLE | FIELD_NAME | FIELD_KEY) ? 128 : 0);
    }
  }
  return table;
})();

/** A character's place in the bigram alphabet: letters, digits, Greek, anything else. */
function gramCode(code: number): number {
  if (code >= 97 && code <= 122) return code - 96;
  if (code >= 48 && code <= 57) return code - 21;
  if (code >= 0x3b1 && code <= 0x3c9) return code - 0x3b1 + 37;
  return 63;
}
const GRAMS = 64 * 64;

/** The distinct bigrams of a word, as ids below GRAMS. */
function bigrams(word: string, seen: Int32Array, stamp: number, out: number[]): number[] {
  out.length = 0;
  for (let i = 1; i < word.length; i++) {
    const gram = gramCode(word.charCodeAt(i - 1)) * 64 + gramCode(word.charCodeAt(i));
    if (seen[gram] === stamp) continue;
    seen[gram] = stamp;
    out.push(gram);
  }
  return out;
}

/**
 * The index as flat typed arrays, so it can be written to disk and read back
 * without rebuilding (a warm start) and so it costs a few bytes per posting.
 * Terms are sorted: a prefix is a range of term ids.
 */
export interface StoredIndex extends FilterColumns {
  /** How many papers it was built over; it fits only the same papers in the same order. */
  paperCount: number;
  /** The sorted vocabulary, each term followed by a NUL. */
  termText: string;
  /** Term t's postings are postings[offsets[t] .. offsets[t+1]); those in a title, name or key come first, up to headEnds[t]. */
  offsets: Uint32Array;
  headEnds: Uint32Array;
  /** Each posting is its document (the bits of POSTING_DOC) and its field weight in tenths (the bits above). */
  postings: Uint32Array;
  /** Term t's bigrams list it in gramTerms[gramOffsets[g] .. gramOffsets[g+1]), for typo look-ups. */
  gramOffsets: Uint32Array;
  gramTerms: Uint32Array;
  newest: Uint32Array;
  upvotes: Uint32Array;
  /** Each paper's title and name normalized (for the exact-title and name boosts), each followed by a NUL: a stored index needs no paper to be read. */
  titleText: string;
  nameText: string;
}

/** The papers an index is over: an array, or entries decoded when asked for (a library's table). */
export interface PaperList {
  readonly length: number;
  at(doc: number): Paper | undefined;
  /** The library file a document is from, undefined for the catalogue, without reading the paper (`in:` asks it). Absent: read from the paper. */
  fileOf?(doc: number): string | undefined;
}

/** How many postings the prefix expansions of one word may walk in full; the rest count only where they are in a title, name or key. */
const PREFIX_POSTINGS = 20_000;

interface Expansion {
  term: number;
  weight: number;
  /** Only the postings in a title, name or key. */
  headOnly: boolean;
}

export class PaperIndex {
  private readonly terms: string[];
  private readonly offsets: Uint32Array;
  private readonly headEnds: Uint32Array;
  private readonly postings: Uint32Array;
  private readonly idf: Float64Array;
  private readonly gramOffsets: Uint32Array;
  private readonly gramTerms: Uint32Array;
  private readonly scores: Float64Array;
  private readonly termScores: Float64Array;
  private readonly matched: Uint16Array;
  /** Per paper: how many query words it has in a title, name or key; and whether the word being scored does. */
  private readonly headMatched: Uint16Array;
  private readonly termHead: Uint8Array;
  private readonly touched: Uint32Array;
  private readonly termTouched: Uint32Array;
  /** Scratch for typo look-ups: shared bigrams per term, and the terms that have some. */
  private gramCounts: Uint16Array | null = null;
  private gramTouched: Uint32Array | null = null;
  private readonly gramSeen = new Int32Array(GRAMS);
  private gramStamp = 0;
  private readonly titles: string[];
  private readonly titleLengths: Uint32Array;
  private readonly nameLengths: Uint32Array;
  /** Short names, normalized like titles ("t2t vit"), for "the query is the name". */
  private readonly names: string[];
  /** The papers newest first and by upvotes, sorted once. */
  private readonly orders: Record<'newest' | 'upvotes', Uint32Array>;
  /** Prefix expansions of one and two letters, worked out once each. */
  private readonly shortPrefixes = new Map<string, number[]>();
  /** What the filters need of each paper, so they read none. */
  private readonly columns: FilterColumns;
  private readonly filters: DocFilters;

  constructor(readonly papers: PaperList, stored?: StoredIndex) {
    const count = papers.length;
    this.scores = new Float64Array(count);
    this.termScores = new Float64Array(count);
    this.matched = new Uint16Array(count);
    this.headMatched = new Uint16Array(count);
    this.termHead = new Uint8Array(count);
    this.touched = new Uint32Array(count);
    this.termTouched = new Uint32Array(count);
    if (stored && stored.paperCount !== count) throw new Error(`the stored index is of ${stored.paperCount} papers, not ${count}`);
    const built = stored ?? buildIndex(Array.isArray(papers) ? papers : Array.from({ length: count }, (_, doc) => papers.at(doc)!));
    this.titles = splitNul(built.titleText);
    this.names = splitNul(built.nameText);
    if (this.titles.length !== count || this.names.length !== count) throw new Error('the stored titles do not fit the papers');
    this.titleLengths = Uint32Array.from(this.titles, (title) => title.length);
    this.nameLengths = Uint32Array.from(this.names, (name) => name.length);
    this.terms = splitNul(built.termText);
    this.offsets = built.offsets;
    this.headEnds = built.headEnds;
    this.postings = built.postings;
    this.gramOffsets = built.gramOffsets;
    this.gramTerms = built.gramTerms;
    this.orders = { newest: built.newest, upvotes: built.upvotes };
    this.idf = new Float64Array(this.terms.length);
    for (let term = 0; term < this.terms.length; term++) this.idf[term] = Math.log(1 + count / (this.offsets[term + 1] - this.offsets[term] + 0.5));
    const { years, marks, tags, authorText, authorOffsets, authorDocs } = built;
    this.columns = { years, marks, tags, authorText, authorOffsets, authorDocs };
    this.filters = new DocFilters(this.columns, count, papers.fileOf?.bind(papers), (doc) => papers.at(doc)?.library?.file);
  }

  /** Builds the arrays of an index over `papers` (to hand to the constructor with another list of the same papers). */
  static build(papers: readonly Paper[]): StoredIndex {
    return buildIndex(papers);
  }

  /** The index's arrays, to store and hand back to the constructor with the same papers. */
  stored(): StoredIndex {
    return {
      paperCount: this.papers.length, termText: joinNul(this.terms), offsets: this.offsets, headEnds: this.headEnds,
      postings: this.postings, gramOffsets: this.gramOffsets, gramTerms: this.gramTerms, newest: this.orders.newest, upvotes: this.orders.upvotes,
      titleText: joinNul(this.titles), nameText: joinNul(this.names), ...this.columns,
    };
  }

  /** How many distinct words and postings it holds (for the bench). */
  get size(): { terms: number; postings: number } {
    return { terms: this.terms.length, postings: this.postings.length };
  }

  private termId(word: string): number {
    const at = lowerBound(this.terms, word);
    return at < this.terms.length && this.terms[at] === word ? at : -1;
  }

  /** The terms a word being typed may become: the most frequent first, at most `cap`; short prefixes only into titles, names and keys. */
  private prefixTerms(prefix: string, exact: number): number[] {
    const short = prefix.length <= 2;
    const known = short ? this.shortPrefixes.get(prefix) : undefined;
    if (known) return known;
    const cap = prefix.length === 1 ? 40 : prefix.length === 2 ? 80 : 200;
    const low = lowerBound(this.terms, prefix);
    const high = lowerBound(this.terms, `${prefix}\uffff`);
    const frequency = (term: number): number => (short ? this.headEnds[term] - this.offsets[term] : this.offsets[term + 1] - this.offsets[term]);
    // Most frequent first, then alphabetical (the lower term id wins a tie).
    const best = new TopK(cap);
    for (let term = low; term < high; term++) {
      const df = frequency(term);
      if (term !== exact && df > 0) best.offer(term, df);
    }
    const out = best.best().candidates;
    if (short) this.shortPrefixes.set(prefix, out);
    return out;
  }

  /** Terms within the typo limit of a word: candidates share enough bigrams (the q-gram bound), then the edit distance decides. */
  private typoTerms(word: string, limit: number, put: (term: number, weight: number, headOnly: boolean) => void, minPostings = 0): void {
    const grams = bigrams(word, this.gramSeen, ++this.gramStamp, []);
    // An edit changes at most two of the word's bigrams.
    const need = grams.length - 2 * limit;
    const first = word.charCodeAt(0);
    const second = word.charCodeAt(1);
    const check = (term: number): void => {
      const candidate = this.terms[term];
      if (Math.abs(candidate.length - word.length) > limit) return;
      if (candidate.charCodeAt(0) !== first && candidate.charCodeAt(1) !== second) return;
      if (minPostings && this.offsets[term + 1] - this.offsets[term] < minPostings) return;
      const distance = editDistance(word, candidate, limit);
      if (distance > 0 && distance <= limit) put(term, distance === 1 ? 0.7 : 0.5, false);
    };
    if (need <= 0) {
      for (let term = 0; term < this.terms.length; term++) check(term);
      return;
    }
    const counts = (this.gramCounts ??= new Uint16Array(this.terms.length));
    const touched = (this.gramTouched ??= new Uint32Array(this.terms.length));
    let n = 0;
    for (const gram of grams) {
      for (let i = this.gramOffsets[gram]; i < this.gramOffsets[gram + 1]; i++) {
        const term = this.gramTerms[i];
        if (counts[term] === 0) touched[n++] = term;
        counts[term]++;
      }
    }
    for (let i = 0; i < n; i++) {
      const term = touched[i];
      if (counts[term] >= need) check(term);
      counts[term] = 0;
    }
  }

  /** The indexed words a query word may stand for, with how much each counts. */
  private expand(word: string, isLast: boolean): Expansion[] {
    const out = new Map<number, Expansion>();
    const put = (term: number, weight: number, headOnly: boolean): void => {
      const known = out.get(term);
      if (!known) out.set(term, { term, weight, headOnly });
      else {
        known.weight = Math.max(known.weight, weight);
        known.headOnly &&= headOnly;
      }
    };
    const exact = this.termId(word);
    if (exact !== -1) put(exact, 1, false);
    // Prefixes: the word being typed ("slic" → sliced); for earlier words only when they are no word themselves.
    if (isLast || exact === -1) {
      const prefixWeight = isLast ? 0.85 : 0.6;
      let budget = PREFIX_POSTINGS;
      for (const term of this.prefixTerms(word, exact)) {
        const postings = this.offsets[term + 1] - this.offsets[term];
        const headOnly = word.length <= 2 || postings > budget;
        if (!headOnly) budget -= postings;
        put(term, prefixWeight * (0.75 + 0.25 * (word.length / this.terms[term].length)), headOnly);
      }
    }
    // Typos: one edit for words of 4 to 6 letters, two from 7; for words that are no word themselves, and
    // for a rare word (the corpus has its own typos: "transfomer") when a far more frequent word is one edit away.
    if (word.length >= 4 && exact === -1) this.typoTerms(word, typoLimit(word), put);
    else if (word.length >= 5) {
      const postings = this.offsets[exact + 1] - this.offsets[exact];
      if (postings <= RARE_WORD_POSTINGS) this.typoTerms(word, 1, put, postings * RARE_WORD_RATIO);
    }
    return [...out.values()];
  }

  /**
   * First stage: lexical scores of every paper sharing a word with the query,
   * and the best `k` of them (best first) kept on a small heap as they are
   * scored, so nothing proportional to the matches is sorted or allocated.
   */
  private preselect(words: string[], phrase: string, allowed: ((doc: number) => boolean) | null, k: number): { total: number; candidates: number[]; scores: number[] } {
    const { scores, termScores, matched, headMatched, termHead, touched, termTouched, offsets, headEnds, postings, titleLengths, nameLengths } = this;
    let touchedCount = 0;
    words.forEach((word, index) => {
      let termCount = 0;
      for (const { term, weight, headOnly } of this.expand(word, index === words.length - 1)) {
        const factor = weight * this.idf[term] * 0.1;
        const headEnd = headEnds[term];
        for (let i = offsets[term]; i < headEnd; i++) {
          const posting = postings[i];
          const doc = posting & POSTING_DOC;
          const value = factor * (posting >>> POSTING_WEIGHT_SHIFT);
          if (termScores[doc] === 0) termTouched[termCount++] = doc;
          if (value > termScores[doc]) termScores[doc] = value;
          termHead[doc] = 1;
        }
        if (headOnly) continue;
        const end = offsets[term + 1];
        for (let i = headEnd; i < end; i++) {
          const posting = postings[i];
          const doc = posting & POSTING_DOC;
          const value = factor * (posting >>> POSTING_WEIGHT_SHIFT);
          if (termScores[doc] === 0) termTouched[termCount++] = doc;
          if (value > termScores[doc]) termScores[doc] = value;
        }
      }
      for (let i = 0; i < termCount; i++) {
        const doc = termTouched[i];
        if (matched[doc] === 0) touched[touchedCount++] = doc;
        scores[doc] += termScores[doc];
        termScores[doc] = 0;
        matched[doc]++;
        headMatched[doc] += termHead[doc];
        termHead[doc] = 0;
      }
    });
    const heap = new TopK(k);
    let total = 0;
    const all = words.length;
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i];
      const hits = matched[doc];
      const inHead = headMatched[doc];
      let score = scores[doc];
      matched[doc] = 0;
      headMatched[doc] = 0;
      scores[doc] = 0;
      if (allowed && !allowed(doc)) continue;
      total++;
      const coverage = hits / all;
      score *= coverage * coverage;
      // The boosts need every word in the title or name, and the most they could give must reach the heap: skip the string work otherwise.
      if (inHead === all) {
        // Lengths first, from a typed array: reading each title string would cost a cache miss per paper.
        const titleLength = titleLengths[doc];
        // A phrase of one word is a name, not a title (the name boost is for it); "Transformer in Transformer" is one word twice, but a title.
        const titleBoost = !phrase.includes(' ') || titleLength < phrase.length ? 1 : titleLength === phrase.length ? 2.5 : 1.6;
        const nameBoost = phrase && nameLengths[doc] === phrase.length ? 1.5 : 1;
        if (heap.admits(doc, score * titleBoost * nameBoost)) {
          // The words in order in the title: an exact or partial title.
          if (titleBoost > 1 && this.titles[doc].includes(phrase)) score *= titleBoost;
          // The query is the model's name: "mamba" means Mamba before Mamba-360.
          if (nameBoost > 1 && this.names[doc] === phrase) score *= nameBoost;
        }
      }
      heap.offer(doc, score);
    }
    return { total, ...heap.best() };
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const limit = options.limit ?? 20;
    const parsed = parseQuery(query);
    const { acceptDoc } = options;
    const tests = parsed.filters.map((filter) => this.filters.test(filter));
    const byFilters = tests.length === 0 ? null : tests.length === 1 ? tests[0] : (doc: number) => {
      for (const test of tests) if (!test(doc)) return false;
      return true;
    };
    const filterDoc = acceptDoc && byFilters ? (doc: number) => acceptDoc(doc) && byFilters(doc) : acceptDoc ?? byFilters;
    const words = this.queryWords(tokenize(parsed.text).filter((word) => !STOP_WORDS.has(word)));
    const sort: SortOrder = options.sort ?? parsed.sort ?? (words.length ? 'relevance' : 'newest');
    const base = { errors: parsed.errors, filters: parsed.descriptions, sort };

    if (words.length === 0) {
      const order = this.orders[sort === 'upvotes' ? 'upvotes' : 'newest'];
      // Every document is tested for the total; only the first `limit` are kept.
      const docs: number[] = [];
      let total = 0;
      for (const doc of order) {
        if (filterDoc && !filterDoc(doc)) continue;
        if (total++ < limit) docs.push(doc);
      }
      return { ...base, total, hits: docs.map((doc) => ({ paper: this.papers.at(doc)!, score: 0, titleMatches: [] as [number, number][] })) };
    }

    const phrase = normalizePhrase(parsed.text);
    const { total, candidates, scores } = this.preselect(words, phrase, filterDoc, Math.max(CANDIDATES, limit));
    const best = candidates.length ? scores[0] : 1;
    // Each candidate decoded once: a library's table may let go of what it decoded before the query ends.
    const papers = candidates.map((doc) => this.papers.at(doc)!);
    // Second stage: fuse.js over the short fields of the candidates only.
    const fuse = new Fuse(papers, {
      // Extended search: each query word is matched fuzzily on its own (fast; words may come in any order).
      includeScore: true, ignoreLocation: true, threshold: 0.6, minMatchCharLength: 2, useExtendedSearch: true,
      keys: [{ name: 'cleanTitle', weight: 3 }, { name: 'summary.name', weight: 3 }, { name: 'key', weight: 2 }],
    });
    const fuseScores = new Float64Array(papers.length).fill(1);
    for (const result of fuse.search(words.join(' '))) fuseScores[result.refIndex] = result.score ?? 1;
    const blended = papers.map((paper, i) => ({ paper, combined: (scores[i] / best) * 0.75 + (1 - fuseScores[i]) * 0.25 })).sort((a, b) => b.combined - a.combined);

    const ordered = sort === 'relevance' ? blended : sortBy(blended, sort);
    const hits = ordered.slice(0, limit).map(({ paper, combined }) => ({
      paper, score: Math.max(0, Math.min(1, 1 - combined)), titleMatches: this.titleMatches(paper, words),
    }));
    return { ...base, total, hits };
  }

  /**
   * Each word once, and for a long query (pasted text) MAX_QUERY_WORDS of
   * them: the query is cut into that many stretches and the most telling word
   * of each (the rarest indexed one) is kept, so every part of the paste
   * counts. Words keep their order.
   */
  private queryWords(words: string[]): string[] {
    const unique = [...new Set(words)];
    if (unique.length <= MAX_QUERY_WORDS) return unique;
    const rarity = (word: string): number => {
      const term = this.termId(word);
      return term === -1 ? -1 : this.idf[term];
    };
    const kept: string[] = [];
    for (let part = 0; part < MAX_QUERY_WORDS; part++) {
      const stretch = unique.slice(Math.floor((part * unique.length) / MAX_QUERY_WORDS), Math.floor(((part + 1) * unique.length) / MAX_QUERY_WORDS));
      kept.push(stretch.reduce((best, word) => (rarity(word) > rarity(best) ? word : best)));
    }
    return kept;
  }

  /** Where the query's words (or what they expand to) occur in the paper's title. */
  titleMatches(paper: Paper, words: string[]): [number, number][] {
    const title = paper.cleanTitle;
    const lower = title.toLowerCase();
    const ranges: [number, number][] = [];
    for (const match of lower.matchAll(/[a-z0-9α-ω]+/g)) {
      const word = match[0];
      const start = match.index ?? 0;
      for (const term of words) {
        const prefix = word.startsWith(term);
        const typo = !prefix && term.length >= 4 && editDistance(term, word, typoLimit(term)) <= typoLimit(term);
        if (prefix || typo) {
          ranges.push([start, start + (prefix ? term.length : word.length)]);
          break;
        }
      }
    }
    return ranges;
  }
}

/**
 * Builds the index in one pass over the papers: each word gets an id as it is
 * first seen, each paper's words are collected with the fields they occur in,
 * and the postings are then laid out term by term (sorted vocabulary) with
 * those in a title, name or key first. Stop words are not indexed: a query
 * never searches them.
 */
function buildIndex(papers: readonly Paper[]): StoredIndex {
  if (papers.length > POSTING_DOC + 1) throw new Error(`an index holds at most ${POSTING_DOC + 1} papers, not ${papers.length}`);
  const table = new TermTable();
  // Stop words take the first ids, so one comparison drops them.
  for (const word of STOP_WORDS) table.idOfWord(word);
  const stopCount = STOP_WORDS.size;
  let lastDoc = new Int32Array(1 << 16).fill(-1);
  let fieldsOf = new Uint8Array(1 << 16);
  let abstractCounts = new Uint8Array(1 << 16);
  const postingTerms = new Uint32List();
  /** Each posting as it will be stored (document, and field weight from bit 25), with bit 31 set when the word is in a title, name or key. */
  const postingDocs = new Uint32List();
  const docTerms: number[] = [];
  let doc = 0;
  let field = 0;
  const addId = (id: number): void => {
    if (id < stopCount) return;
    if (id >= lastDoc.length) {
      lastDoc = grown(lastDoc, -1);
      fieldsOf = grown(fieldsOf, 0);
      abstractCounts = grown(abstractCounts, 0);
    }
    if (lastDoc[id] !== doc) {
      lastDoc[id] = doc;
      fieldsOf[id] = 0;
      abstractCounts[id] = 0;
      docTerms.push(id);
    }
    fieldsOf[id] |= field;
    if (field === FIELD_ABSTRACT && abstractCounts[id] < 255) abstractCounts[id]++;
  };
  const add = (word: string): void => {
    if (word) addId(table.idOfWord(word));
  };
  /**
   * forEachToken's words as ids. A word of ASCII letters and digits (nearly
   * all of them) is read in place, with no string made for it; a stretch with
   * a hyphen or a character past ASCII goes through forEachToken itself
   * (accents folded, Greek kept), which gives the same words as a pass over
   * the whole text: such a stretch ends at ASCII punctuation or space, where
   * words end anyway. (Text past ASCII is lowercased whole first: a Greek
   * capital sigma's lower case depends on the letters around it.)
   */
  const scan = (source: string): void => {
    const text = NON_ASCII.test(source) ? source.toLowerCase() : source;
    const length = text.length;
    let i = 0;
    while (i < length) {
      let raw = text.charCodeAt(i);
      // ASCII through a table (its word characters lowercased, 0 for the rest); past ASCII, every character is read as part of a word.
      let code = raw < 128 ? ASCII_WORD[raw] : raw;
      if (code === 0) {
        i++;
        continue;
      }
      const start = i;
      let hyphen = false;
      let ascii = true;
      let hash = FNV_OFFSET;
      while (i < length) {
        raw = text.charCodeAt(i);
        code = raw < 128 ? ASCII_WORD[raw] : raw;
        if (code === 0) break;
        if (code === 45) hyphen = true;
        else if (raw >= 128) ascii = false;
        hash = Math.imul(hash ^ code, FNV_PRIME);
        i++;
      }
      if (!ascii) forEachToken(text.slice(start, i), add);
      else if (!hyphen) addId(table.idOf(text, start, i, hash));
      else hyphenated(text, start, i);
    }
  };
  /** An ASCII stretch with hyphens, as forEachToken reads it: each part in place, then the parts joined when there are two or more ("self-attention" is self, attention, selfattention). */
  const hyphenated = (text: string, start: number, end: number): void => {
    let partStart = start;
    let partHash = FNV_OFFSET;
    let joinedHash = FNV_OFFSET;
    let parts = 0;
    for (let at = start; at <= end; at++) {
      const code = at < end ? ASCII_WORD[text.charCodeAt(at)] : 45;
      if (code !== 45) {
        partHash = Math.imul(partHash ^ code, FNV_PRIME);
        joinedHash = Math.imul(joinedHash ^ code, FNV_PRIME);
        continue;
      }
      if (at > partStart) {
        addId(table.idOf(text, partStart, at, partHash));
        parts++;
      }
      partStart = at + 1;
      partHash = FNV_OFFSET;
    }
    if (parts > 1) {
      const joined = text.slice(start, end).replace(/-/g, '');
      addId(table.idOf(joined, 0, joined.length, joinedHash));
    }
  };
  for (doc = 0; doc < papers.length; doc++) {
    const paper = papers[doc];
    field = FIELD_TITLE;
    scan(paper.cleanTitle);
    field = FIELD_NAME;
    if (paper.summary?.name) scan(paper.summary.name);
    field = FIELD_KEY;
    const key = paper.key.toLowerCase().replace(/\0/g, '');
    add(key);
    add(keyStem(key));
    field = FIELD_ABSTRACT;
    scan(paper.cleanAbstract);
    for (const id of docTerms) {
      postingTerms.push(id);
      const packed = PACKED_WEIGHTS[(fieldsOf[id] << 8) | abstractCounts[id]];
      postingDocs.push(doc | ((packed & 127) << POSTING_WEIGHT_SHIFT) | ((packed & 128) << 24));
    }
    docTerms.length = 0;
  }
  const words = table.words;
  const order = Array.from({ length: words.length - stopCount }, (_, i) => i + stopCount).sort((a, b) => (words[a] < words[b] ? -1 : 1));
  const count = order.length;
  const terms = order.map((id) => words[id]);
  const renumber = new Uint32Array(words.length);
  order.forEach((id, term) => {
    renumber[id] = term;
  });
  const total = postingDocs.length;
  const offsets = new Uint32Array(count + 1);
  const headEnds = new Uint32Array(count);
  for (let i = 0; i < total; i++) {
    const term = renumber[postingTerms.data[i]];
    offsets[term + 1]++;
    if (postingDocs.data[i] >>> 31) headEnds[term]++;
  }
  for (let term = 0; term < count; term++) offsets[term + 1] += offsets[term];
  const headCursor = new Uint32Array(count);
  const tailCursor = new Uint32Array(count);
  for (let term = 0; term < count; term++) {
    headCursor[term] = offsets[term];
    tailCursor[term] = offsets[term] + headEnds[term];
    headEnds[term] = tailCursor[term];
  }
  const postings = new Uint32Array(total);
  for (let i = 0; i < total; i++) {
    const term = renumber[postingTerms.data[i]];
    const packed = postingDocs.data[i];
    const at = packed >>> 31 ? headCursor[term]++ : tailCursor[term]++;
    postings[at] = packed & 0x7fffffff;
  }
  // Bigrams of the vocabulary, for typo look-ups.
  const seen = new Int32Array(GRAMS).fill(-1);
  const grams: number[] = [];
  const gramOffsets = new Uint32Array(GRAMS + 1);
  for (let term = 0; term < count; term++) for (const gram of bigrams(terms[term], seen, term, grams)) gramOffsets[gram + 1]++;
  for (let gram = 0; gram < GRAMS; gram++) gramOffsets[gram + 1] += gramOffsets[gram];
  const gramTerms = new Uint32Array(gramOffsets[GRAMS]);
  const gramCursor = gramOffsets.slice(0, GRAMS);
  seen.fill(-1);
  for (let term = 0; term < count; term++) for (const gram of bigrams(terms[term], seen, term, grams)) gramTerms[gramCursor[gram]++] = term;
  const all = Array.from(papers, (_, i) => i);
  const newest = Uint32Array.from(all.sort((a, b) => newestFirst(papers[a], papers[b])));
  return {
    paperCount: papers.length, termText: joinNul(terms), offsets, headEnds, postings, gramOffsets, gramTerms,
    newest,
    // A stable sort of the newest-first order: ties on upvotes stay newest first.
    upvotes: Uint32Array.from([...newest].sort((a, b) => papers[b].upvotes - papers[a].upvotes)),
    titleText: joinNul(papers.map((paper) => normalizePhrase(paper.cleanTitle))),
    nameText: joinNul(papers.map((paper) => normalizePhrase(paper.summary?.name ?? ''))),
    ...buildColumns(papers),
  };
}

function normalizePhrase(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9α-ω]+/g, ' ').trim();
}

/** The k best documents offered, by score and then by the earlier document; a min-heap of k, so each offer below the k-th best costs one comparison. */
class TopK {
  private readonly docs: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.docs = new Int32Array(k);
    this.scores = new Float64Array(k);
  }

  /** a is worse than b. */
  private worse(a: number, b: number): boolean {
    return this.scores[a] < this.scores[b] || (this.scores[a] === this.scores[b] && this.docs[a] > this.docs[b]);
  }

  private swap(a: number, b: number): void {
    const doc = this.docs[a];
    this.docs[a] = this.docs[b];
    this.docs[b] = doc;
    const score = this.scores[a];
    this.scores[a] = this.scores[b];
    this.scores[b] = score;
  }

  get full(): boolean {
    return this.size === this.k;
  }

  /** The k-th best score kept. */
  get lowest(): number {
    return this.scores[0];
  }

  /** Whether a document with this score would be kept now. */
  admits(doc: number, score: number): boolean {
    return this.size < this.k || score > this.scores[0] || (score === this.scores[0] && doc < this.docs[0]);
  }

  offer(doc: number, score: number): void {
    if (this.k === 0) return;
    if (this.size < this.k) {
      let at = this.size++;
      this.docs[at] = doc;
      this.scores[at] = score;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!this.worse(at, parent)) break;
        this.swap(at, parent);
        at = parent;
      }
    } else {
      if (score < this.scores[0] || (score === this.scores[0] && doc > this.docs[0])) return;
      this.docs[0] = doc;
      this.scores[0] = score;
      let at = 0;
      for (;;) {
        const left = 2 * at + 1;
        const right = left + 1;
        let smallest = at;
        if (left < this.size && this.worse(left, smallest)) smallest = left;
        if (right < this.size && this.worse(right, smallest)) smallest = right;
        if (smallest === at) break;
        this.swap(at, smallest);
        at = smallest;
      }
    }
  }

  /** The kept documents best first, with their scores. */
  best(): { candidates: number[]; scores: number[] } {
    const order = Array.from({ length: this.size }, (_, i) => i).sort((a, b) => this.scores[b] - this.scores[a] || this.docs[a] - this.docs[b]);
    return { candidates: order.map((i) => this.docs[i]), scores: order.map((i) => this.scores[i]) };
  }
}

function sortBy<T extends { paper: Paper }>(items: T[], sort: SortOrder): T[] {
  return [...items].sort(sort === 'upvotes' ? (a, b) => b.paper.upvotes - a.paper.upvotes || newestFirst(a.paper, b.paper) : (a, b) => newestFirst(a.paper, b.paper));
}
