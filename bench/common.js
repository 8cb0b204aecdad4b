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
exports.fmt = exports.ROOT = void 0;
exports.catalogue = catalogue;
exports.fixture = fixture;
exports.timeMs = timeMs;
exports.percentile = percentile;
exports.random = random;
exports.syntheticPapers = syntheticPapers;
exports.syntheticLibraryPapers = syntheticLibraryPapers;
/** Shared bench helpers: the built catalogue, timing, formatting. */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
exports.ROOT = path.resolve(__dirname, '..', '..');
function catalogue() {
    const file = path.join(exports.ROOT, 'dist', 'catalogue.json');
    if (!fs.existsSync(file))
        throw new Error('dist/catalogue.json is missing: npm run build');
    return JSON.parse(fs.readFileSync(file, 'utf8')).papers;
}
function fixture(name) {
    return JSON.parse(fs.readFileSync(path.join(exports.ROOT, 'test', 'fixtures', name), 'utf8'));
}
function timeMs(run) {
    const start = process.hrtime.bigint();
    run();
    return Number(process.hrtime.bigint() - start) / 1e6;
}
function percentile(values, p) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
const fmt = (value, digits = 3) => value.toFixed(digits);
exports.fmt = fmt;
/** A deterministic pseudo-random generator (mulberry32), so synthetic data is the same every run. */
function random(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** `count` mutated copies of the real papers: shuffled words in abstracts, suffixed titles and keys. */
function syntheticPapers(papers, count, seed = 7) {
    const next = random(seed);
    const out = [];
    for (let i = 0; i < count; i++) {
        const base = papers[i % papers.length];
        const words = base.cleanAbstract.split(' ');
        for (let j = 0; j < 12; j++) {
            const a = Math.floor(next() * words.length);
            const b = Math.floor(next() * words.length);
            [words[a], words[b]] = [words[b], words[a]];
        }
        const variant = Math.floor(i / papers.length);
        const title = variant === 0 ? base.title : `${base.title} ${['II', 'Revisited', 'at Scale', 'for Edge Devices', 'with Sparse Experts'][variant % 5]} ${variant}`;
        out.push({ ...base, key: `${base.key}v${variant}`, title, cleanTitle: title, cleanAbstract: words.join(' '), abstract: words.join(' ') });
    }
    return out;
}
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ten', 'vor', 'qu', 'sel', 'dan', 'ix', 'om', 'pra', 'gle', 'tur', 'bes', 'nu', 'che', 'fy', 'zal', 'wen'];
const FAMILY_NAMES = ['Müller', 'García', 'Schmidt', 'Nakamura', 'Dupont', 'Kowalski', 'Chen', 'Okafor', 'Andersson', 'Ivanov', 'Rossi', 'Smith', 'van der Berg', 'Nguyen'];
/**
 * `count` entries shaped like a researcher's own library rather than like the
 * catalogue: titles and abstracts drawn (Zipf-like) from the catalogue's words
 * plus 40,000 made-up words (names, acronyms, other fields' terms), so the
 * vocabulary is wide; 3 in 5 with an abstract; BibTeX-style keys
 * (`nakamura2019Lokaten`); no summary name for most.
 */
function syntheticLibraryPapers(papers, count, seed = 13) {
    const next = random(seed);
    const catalogueWords = [...new Set(papers.flatMap((paper) => `${paper.cleanTitle} ${paper.cleanAbstract}`.split(/\s+/)).filter((word) => /^[A-Za-z][a-z]{2,}$/.test(word)))];
    const madeUp = Array.from({ length: 40_000 }, () => {
        let word = '';
        const parts = 2 + Math.floor(next() * 3);
        for (let i = 0; i < parts; i++)
            word += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
        return next() < 0.2 ? word.toUpperCase().slice(0, 5) : word;
    });
    const vocabulary = [...catalogueWords, ...madeUp];
    // Zipf-like: low ranks far more often.
    const word = () => vocabulary[Math.floor(vocabulary.length * Math.pow(next(), 2.2))];
    const out = [];
    for (let i = 0; i < count; i++) {
        const base = papers[i % papers.length];
        const titleWords = Array.from({ length: 5 + Math.floor(next() * 8) }, word);
        const title = titleWords.map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
        const abstract = next() < 0.6 ? Array.from({ length: 80 + Math.floor(next() * 140) }, word).join(' ') : '';
        const family = FAMILY_NAMES[Math.floor(next() * FAMILY_NAMES.length)];
        const year = 1990 + Math.floor(next() * 36);
        const key = `${family.split(' ').pop().toLowerCase()}${year}${titleWords[0][0].toUpperCase()}${titleWords[0].slice(1)}${i}`;
        out.push({
            ...base, key, title, cleanTitle: title, abstract, cleanAbstract: abstract, year, date: `${year}`, upvotes: 0,
            summary: next() < 0.1 ? base.summary : null,
        });
    }
    return out;
}
