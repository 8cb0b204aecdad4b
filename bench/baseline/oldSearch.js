"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PaperIndex = exports.MAX_QUERY_WORDS = void 0;
exports.tokenize = tokenize;
/* The search index as it was before issue 11 (maps of strings, a typo scan over every word of a similar length), kept only so `npm run bench -- search` measures the new one against it in the same run. Not part of the extension. */
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
const fuse_js_1 = __importDefault(require("fuse.js"));
const catalogue_1 = require("../../src/core/catalogue");
const editDistance_1 = require("../../src/core/editDistance");
const queryFilters_1 = require("../../src/core/queryFilters");
const titleParts_1 = require("../../src/core/titleParts");
const FIELD_TITLE = 1;
const FIELD_NAME = 2;
const FIELD_KEY = 4;
const FIELD_ABSTRACT = 8;
const WEIGHT_TITLE = 3;
const WEIGHT_NAME = 3.5;
const WEIGHT_KEY = 2;
const WEIGHT_ABSTRACT = 1;
const CANDIDATES = 40;
/** A pasted paragraph is a query too: its most telling words (rarest in the index) are searched, at most this many. */
exports.MAX_QUERY_WORDS = 32;
const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'for', 'to', 'and', 'or', 'with', 'is', 'are', 'by', 'via', 'from', 'at', 'as']);
/** Lowercase words of a text; hyphenated words also give their joined form (t2t-vit → t2t, vit, t2tvit). */
function tokenize(text) {
    const out = [];
    for (const chunk of text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9α-ω\-]+/)) {
        if (!chunk)
            continue;
        const parts = chunk.split('-').filter(Boolean);
        out.push(...parts);
        if (parts.length > 1)
            out.push(parts.join(''));
    }
    return out;
}
function fieldWeight(fields, abstractCount) {
    let weight = 0;
    if (fields & FIELD_NAME)
        weight = Math.max(weight, WEIGHT_NAME);
    if (fields & FIELD_TITLE)
        weight = Math.max(weight, WEIGHT_TITLE);
    if (fields & FIELD_KEY)
        weight = Math.max(weight, WEIGHT_KEY);
    if (fields & FIELD_ABSTRACT)
        weight = Math.max(weight, WEIGHT_ABSTRACT * Math.min(1.5, 0.8 + 0.2 * abstractCount));
    return weight;
}
class PaperIndex {
    papers;
    postings = new Map();
    /** Sorted vocabulary, for prefix ranges. */
    vocabulary;
    /** Vocabulary by length, for typo look-ups. */
    byLength = new Map();
    /** Words that appear in a title, name or key (prefix expansion of very short words stays there). */
    headWords = new Set();
    scores;
    termScores;
    matched;
    titles;
    /** Short names, normalized like titles ("t2t vit"), for "the query is the name". */
    names;
    /** The papers newest first and by upvotes, sorted once. */
    orders;
    constructor(papers) {
        this.papers = papers;
        const count = papers.length;
        this.scores = new Float64Array(count);
        this.termScores = new Float64Array(count);
        this.matched = new Uint16Array(count);
        this.titles = papers.map((paper) => normalizePhrase(paper.cleanTitle));
        this.names = papers.map((paper) => normalizePhrase(paper.summary?.name ?? ''));
        const building = new Map();
        papers.forEach((paper, doc) => {
            const fields = new Map();
            const add = (words, field) => {
                for (const word of words) {
                    let entry = fields.get(word);
                    if (!entry) {
                        entry = { fields: 0, abstractCount: 0 };
                        fields.set(word, entry);
                    }
                    entry.fields |= field;
                    if (field === FIELD_ABSTRACT)
                        entry.abstractCount++;
                    else
                        this.headWords.add(word);
                }
            };
            add(tokenize(paper.cleanTitle), FIELD_TITLE);
            if (paper.summary?.name)
                add(tokenize(paper.summary.name), FIELD_NAME);
            add([paper.key.toLowerCase(), (0, titleParts_1.keyStem)(paper.key.toLowerCase())], FIELD_KEY);
            add(tokenize(paper.cleanAbstract), FIELD_ABSTRACT);
            for (const [word, entry] of fields) {
                let list = building.get(word);
                if (!list) {
                    list = { docs: [], weights: [] };
                    building.set(word, list);
                }
                list.docs.push(doc);
                list.weights.push(fieldWeight(entry.fields, entry.abstractCount));
            }
        });
        for (const [word, list] of building) {
            this.postings.set(word, {
                docs: Int32Array.from(list.docs), weights: Float32Array.from(list.weights),
                idf: Math.log(1 + count / (list.docs.length + 0.5)),
            });
        }
        const all = papers.map((_, doc) => doc);
        this.orders = {
            newest: [...all].sort((a, b) => (0, catalogue_1.newestFirst)(papers[a], papers[b])),
            upvotes: [...all].sort((a, b) => papers[b].upvotes - papers[a].upvotes || (0, catalogue_1.newestFirst)(papers[a], papers[b])),
        };
        this.vocabulary = [...this.postings.keys()].sort();
        for (const word of this.vocabulary) {
            const list = this.byLength.get(word.length);
            if (list)
                list.push(word);
            else
                this.byLength.set(word.length, [word]);
        }
    }
    /** The indexed words a query word may stand for, with how much each counts. */
    expand(term, isLast) {
        const out = new Map();
        const put = (word, weight) => {
            if ((out.get(word) ?? 0) < weight)
                out.set(word, weight);
        };
        const exact = this.postings.has(term);
        if (exact)
            put(term, 1);
        // Prefixes: the word being typed ("slic" → sliced); for earlier words only when they are no word themselves.
        if (isLast || !exact) {
            const prefixWeight = isLast ? 0.85 : 0.6;
            let low = 0;
            let high = this.vocabulary.length;
            while (low < high) {
                const mid = (low + high) >> 1;
                if (this.vocabulary[mid] < term)
                    low = mid + 1;
                else
                    high = mid;
            }
            let added = 0;
            // A word of one or two letters says little yet: a few dozen expansions are enough.
            const cap = term.length === 1 ? 40 : term.length === 2 ? 80 : 200;
            for (let i = low; i < this.vocabulary.length && this.vocabulary[i].startsWith(term) && added < cap; i++) {
                const word = this.vocabulary[i];
                if (word === term)
                    continue;
                if (term.length <= 2 && !this.headWords.has(word))
                    continue;
                put(word, prefixWeight * (0.75 + 0.25 * (term.length / word.length)));
                added++;
            }
        }
        // Typos: one edit for words of 4 to 6 letters, two from 7; only for words that are no word themselves.
        if (term.length >= 4 && !exact) {
            const limit = (0, editDistance_1.typoLimit)(term);
            for (let length = term.length - limit; length <= term.length + limit; length++) {
                for (const word of this.byLength.get(length) ?? []) {
                    if (word.charCodeAt(0) !== term.charCodeAt(0) && word.charCodeAt(1) !== term.charCodeAt(1))
                        continue;
                    const distance = (0, editDistance_1.editDistance)(term, word, limit);
                    if (distance > 0 && distance <= limit)
                        put(word, distance === 1 ? 0.7 : 0.5);
                }
            }
        }
        return [...out].map(([word, weight]) => ({ word, weight }));
    }
    /** First stage: lexical scores of every paper sharing a word with the query. */
    preselect(words, phrase, allowed) {
        const { scores, termScores, matched } = this;
        const touched = [];
        words.forEach((term, index) => {
            const termTouched = [];
            for (const { word, weight } of this.expand(term, index === words.length - 1)) {
                const list = this.postings.get(word);
                const factor = weight * list.idf;
                const { docs, weights } = list;
                for (let i = 0; i < docs.length; i++) {
                    const doc = docs[i];
                    const value = factor * weights[i];
                    if (termScores[doc] === 0)
                        termTouched.push(doc);
                    if (value > termScores[doc])
                        termScores[doc] = value;
                }
            }
            for (const doc of termTouched) {
                if (matched[doc] === 0)
                    touched.push(doc);
                scores[doc] += termScores[doc];
                termScores[doc] = 0;
                matched[doc]++;
            }
        });
        const docs = [];
        for (const doc of touched) {
            const coverage = matched[doc] / words.length;
            matched[doc] = 0;
            if (allowed && !allowed(doc)) {
                scores[doc] = 0;
                continue;
            }
            scores[doc] *= coverage * coverage;
            // The words in order in the title: an exact or partial title.
            if (words.length > 1 && this.titles[doc].includes(phrase))
                scores[doc] *= this.titles[doc] === phrase ? 2.5 : 1.6;
            // The query is the model's name: "mamba" means Mamba before Mamba-360.
            if (phrase && this.names[doc] === phrase)
                scores[doc] *= 1.5;
            docs.push(doc);
        }
        return { docs, scores };
    }
    search(query, options = {}) {
        const limit = options.limit ?? 20;
        const parsed = (0, queryFilters_1.parseQuery)(query);
        const filters = parsed.filters.map((filter) => (paper) => (0, queryFilters_1.paperMatches)(filter, paper));
        if (options.accept)
            filters.push(options.accept);
        const filterDoc = filters.length ? (doc) => filters.every((filter) => filter(this.papers[doc])) : null;
        const words = this.queryWords(tokenize(parsed.text).filter((word) => !STOP_WORDS.has(word)));
        const sort = options.sort ?? parsed.sort ?? (words.length ? 'relevance' : 'newest');
        const base = { errors: parsed.errors, filters: parsed.descriptions, sort };
        if (words.length === 0) {
            const order = this.orders[sort === 'upvotes' ? 'upvotes' : 'newest'];
            const docs = filterDoc ? order.filter(filterDoc) : order;
            return { ...base, total: docs.length, hits: docs.slice(0, limit).map((doc) => ({ paper: this.papers[doc], score: 0, titleMatches: [] })) };
        }
        const phrase = normalizePhrase(parsed.text);
        const lexical = this.preselect(words, phrase, filterDoc);
        const total = lexical.docs.length;
        const candidates = topK(lexical.docs, lexical.scores, Math.max(CANDIDATES, limit));
        const best = candidates.length ? lexical.scores[candidates[0]] : 1;
        const lexicalScore = new Map(candidates.map((doc) => [doc, lexical.scores[doc]]));
        for (const doc of lexical.docs)
            lexical.scores[doc] = 0;
        // Second stage: fuse.js over the short fields of the candidates only.
        const fuse = new fuse_js_1.default(candidates.map((doc) => this.papers[doc]), {
            // Extended search: each query word is matched fuzzily on its own (fast; words may come in any order).
            includeScore: true, ignoreLocation: true, threshold: 0.6, minMatchCharLength: 2, useExtendedSearch: true,
            keys: [{ name: 'cleanTitle', weight: 3 }, { name: 'summary.name', weight: 3 }, { name: 'key', weight: 2 }],
        });
        const fuseScores = new Map();
        for (const result of fuse.search(words.join(' ')))
            fuseScores.set(result.item, result.score ?? 1);
        const blended = candidates.map((doc) => {
            const paper = this.papers[doc];
            const fuseScore = fuseScores.get(paper) ?? 1;
            const combined = (lexicalScore.get(doc) / best) * 0.75 + (1 - fuseScore) * 0.25;
            return { paper, combined };
        }).sort((a, b) => b.combined - a.combined);
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
    queryWords(words) {
        const unique = [...new Set(words)];
        if (unique.length <= exports.MAX_QUERY_WORDS)
            return unique;
        const rarity = (word) => this.postings.get(word)?.idf ?? -1;
        const kept = [];
        for (let part = 0; part < exports.MAX_QUERY_WORDS; part++) {
            const stretch = unique.slice(Math.floor((part * unique.length) / exports.MAX_QUERY_WORDS), Math.floor(((part + 1) * unique.length) / exports.MAX_QUERY_WORDS));
            kept.push(stretch.reduce((best, word) => (rarity(word) > rarity(best) ? word : best)));
        }
        return kept;
    }
    /** Where the query's words (or what they expand to) occur in the paper's title. */
    titleMatches(paper, words) {
        const title = paper.cleanTitle;
        const lower = title.toLowerCase();
        const ranges = [];
        for (const match of lower.matchAll(/[a-z0-9α-ω]+/g)) {
            const word = match[0];
            const start = match.index ?? 0;
            for (const term of words) {
                const prefix = word.startsWith(term);
                const typo = !prefix && term.length >= 4 && (0, editDistance_1.editDistance)(term, word, (0, editDistance_1.typoLimit)(term)) <= (0, editDistance_1.typoLimit)(term);
                if (prefix || typo) {
                    ranges.push([start, start + (prefix ? term.length : word.length)]);
                    break;
                }
            }
        }
        return ranges;
    }
}
exports.PaperIndex = PaperIndex;
function normalizePhrase(text) {
    return text.toLowerCase().replace(/[^a-z0-9α-ω]+/g, ' ').trim();
}
/** The k best documents by score, best first, without sorting them all. */
function topK(docs, scores, k) {
    if (docs.length <= k * 4)
        return [...docs].sort((a, b) => scores[b] - scores[a]).slice(0, k);
    // Keep a threshold from a sample, then sort only what passes it.
    const sample = docs.filter((_, i) => i % Math.ceil(docs.length / 512) === 0).map((doc) => scores[doc]).sort((a, b) => b - a);
    const threshold = sample[Math.min(sample.length - 1, Math.ceil((k / docs.length) * sample.length * 4))];
    const passing = docs.filter((doc) => scores[doc] >= threshold);
    return (passing.length >= k ? passing : docs).sort((a, b) => scores[b] - scores[a]).slice(0, k);
}
function sortBy(items, sort) {
    return [...items].sort(sort === 'upvotes' ? (a, b) => b.paper.upvotes - a.paper.upvotes || (0, catalogue_1.newestFirst)(a.paper, b.paper) : (a, b) => (0, catalogue_1.newestFirst)(a.paper, b.paper));
}
