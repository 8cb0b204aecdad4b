"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nearestKeys = nearestKeys;
/** "Did you mean" suggestions for unknown citation keys. Pure. */
const editDistance_1 = require("./editDistance");
const titleParts_1 = require("./titleParts");
/**
 * The known keys closest to `key`: by edit distance, with keys that start with
 * the same stem (a key typed without its year, or with a wrong year) first.
 */
function nearestKeys(key, keys, count = 3) {
    const wanted = key.toLowerCase();
    const stem = (0, titleParts_1.keyStem)(wanted);
    const limit = Math.max(3, Math.ceil(wanted.length / 2));
    const scored = [];
    for (const candidate of keys) {
        const candidateStem = (0, titleParts_1.keyStem)(candidate);
        const distance = Math.min((0, editDistance_1.editDistance)(wanted, candidate, limit), (0, editDistance_1.editDistance)(stem, candidateStem, limit) + 0.5);
        const prefixBonus = stem.length >= 3 && candidate.startsWith(stem) ? -1 : 0;
        const score = distance + prefixBonus;
        if (score <= limit)
            scored.push({ key: candidate, score });
    }
    scored.sort((a, b) => a.score - b.score || a.key.localeCompare(b.key));
    return scored.slice(0, count).map((entry) => entry.key);
}
