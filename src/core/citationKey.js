"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.keyPart = keyPart;
exports.baseKeyFor = baseKeyFor;
exports.assignKeys = assignKeys;
/**
 * Citation keys. The rule (also in the README):
 *
 * 1. If the title has a short name before a colon (at most three words, e.g.
 *    "SpecDETR: ...", "Tokens-to-Token ViT: ..."), the key starts with that name;
 *    otherwise with the first significant words of the title (hyphens split
 *    words; stop words such as "a", "the", "of", "for", "based" are skipped),
 *    at least two and at most three, added until the stem has 12 letters.
 * 2. Letters are folded to ASCII (Greek letters are spelled out: Δ → delta),
 *    everything but letters and digits is dropped, and it is lowercased.
 * 3. The year is appended: `specdetr2024`, `slicedrecursive2021` (an undated
 *    paper's key is the stem alone: `diffspectra`).
 * 4. Keys that would collide get a letter suffix in date order: the first keeps
 *    the plain key, the next ones get `b`, `c`, ...
 */ const titleParts_1 = require("./titleParts");
const STOP_WORDS = new Set([
    'a', 'an', 'the', 'of', 'on', 'for', 'to', 'in', 'and', 'or', 'with', 'via', 'from', 'by', 'at', 'as',
    'into', 'is', 'are', 'be', 'can', 'do', 'does', 'what', 'how', 'why', 'when', 'its', 'it', 'your', 'our',
    'we', 'not', 'all', 'using', 'based', 'towards', 'toward', 'through', 'vs', 'versus',
]);
const GREEK_NAMES = {
    α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', Δ: 'delta', ε: 'epsilon', θ: 'theta', λ: 'lambda',
    μ: 'mu', π: 'pi', σ: 'sigma', Σ: 'sigma', τ: 'tau', φ: 'phi', ξ: 'xi', ω: 'omega', Ω: 'omega',
};
const MIN_TITLE_WORDS = 2;
const MAX_TITLE_WORDS = 3;
const MIN_STEM_LENGTH = 12;
/** Lowercase ASCII letters and digits only. */
function keyPart(text) {
    return text
        .replace(/[α-ωΑ-Ω]/g, (ch) => GREEK_NAMES[ch] ?? '')
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '');
}
function words(text) {
    return text.split(/[\s/\-–—]+/).map(keyPart).filter((word) => word.length > 0);
}
/** The key a paper gets before collisions are resolved. */
function baseKeyFor(title, year) {
    const shortName = (0, titleParts_1.shortNameOf)(title);
    let stem = shortName ? keyPart(shortName) : '';
    if (!stem) {
        const significant = words(title).filter((word) => !STOP_WORDS.has(word));
        const chosen = (significant.length > 0 ? significant : words(title)).slice(0, MAX_TITLE_WORDS);
        for (const [index, word] of chosen.entries()) {
            if (index >= MIN_TITLE_WORDS && stem.length >= MIN_STEM_LENGTH)
                break;
            stem += word;
        }
    }
    if (!stem)
        stem = 'paper';
    if (!/^[a-z]/.test(stem))
        stem = `p${stem}`;
    return `${stem}${year ?? ''}`;
}
/** Assigns unique keys in date order (undated last, then title order), suffixing collisions with b, c, .... */
function assignKeys(papers) {
    const ordered = [...papers].sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.title.localeCompare(b.title));
    const keys = new Map();
    const used = new Set();
    for (const paper of ordered) {
        const base = baseKeyFor(paper.title, paper.year);
        let key = base;
        for (let n = 1; used.has(key); n++)
            key = base + suffix(n);
        used.add(key);
        keys.set(paper, key);
    }
    return keys;
}
/** 1 → b, 2 → c, ..., 25 → z, 26 → zb, ... */
function suffix(n) {
    return n <= 25 ? String.fromCharCode(97 + n) : `z${suffix(n - 25)}`;
}
