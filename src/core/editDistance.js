"use strict";
/** Edit distance for typos, shared by search and "did you mean" key suggestions. Pure. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.editDistance = editDistance;
exports.typoLimit = typoLimit;
let distanceBuffer = new Int32Array(1024);
/**
 * Optimal string alignment distance: insertions, deletions, substitutions and
 * transpositions ("mamab" → "mamba") each cost one. Past `limit` it stops early
 * and returns `limit + 1`.
 */
function editDistance(a, b, limit = Infinity) {
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    const rows = a.length + 1;
    const cols = b.length + 1;
    if (rows * cols > distanceBuffer.length)
        distanceBuffer = new Int32Array(rows * cols * 2);
    const d = distanceBuffer;
    for (let i = 0; i < rows; i++)
        d[i * cols] = i;
    for (let j = 0; j < cols; j++)
        d[j] = j;
    for (let i = 1; i < rows; i++) {
        let rowMin = Infinity;
        const ai = a.charCodeAt(i - 1);
        for (let j = 1; j < cols; j++) {
            const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
            let value = Math.min(d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1, d[(i - 1) * cols + j - 1] + cost);
            if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
                value = Math.min(value, d[(i - 2) * cols + j - 2] + 1);
            d[i * cols + j] = value;
            if (value < rowMin)
                rowMin = value;
        }
        if (rowMin > limit)
            return limit + 1;
    }
    return d[rows * cols - 1];
}
/** How many typos a word may carry and still match: one from 4 letters, two from 7. */
function typoLimit(word) {
    return word.length >= 7 ? 2 : 1;
}
