"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.encodeIndex = encodeIndex;
exports.decodeIndex = decodeIndex;
/**
 * The search index on disk: a warm start reads these bytes instead of
 * building the index again. A small JSON header, then each typed array's
 * bytes (each at a multiple of its element's width, little-endian as every
 * platform VS Code runs on). Pure: the caller reads and writes the bytes.
 */
const filterColumns_1 = require("./filterColumns");
const termTable_1 = require("./termTable");
const search_1 = require("./search");
const MAGIC = 'paper-notes-index';
const VERSION = 7;
/** The arrays, in the order they are stored, with their element types. */
const ARRAYS = {
    offsets: Uint32Array, headEnds: Uint32Array, postings: Uint32Array, gramOffsets: Uint32Array, gramTerms: Uint32Array, newest: Uint32Array, upvotes: Uint32Array,
    years: Float64Array, marks: Uint8Array, tags: Uint32Array, authorOffsets: Uint32Array, authorDocs: Uint32Array,
};
const ARRAY_NAMES = Object.keys(ARRAYS);
const TEXTS = ['termText', 'titleText', 'nameText', 'authorText'];
const align = (n) => (n + 3) & ~3;
/** Where an array starts: at a multiple of its element's width (8 for a Float64Array) from the start of the arrays. */
const alignTo = (n, width) => Math.ceil(n / width) * width;
function encodeIndex(stored, key) {
    const texts = TEXTS.map((name) => new TextEncoder().encode(stored[name]));
    const lengths = Object.fromEntries(ARRAY_NAMES.map((name) => [name, stored[name].length]));
    const header = new TextEncoder().encode(JSON.stringify({ magic: MAGIC, version: VERSION, key, paperCount: stored.paperCount, textBytes: texts.map((text) => text.length), lengths }));
    const arraysStart = 4 + align(header.length) + texts.reduce((sum, text) => sum + align(text.length), 0);
    let arraysSize = 0;
    for (const name of ARRAY_NAMES)
        arraysSize = alignTo(arraysSize, ARRAYS[name].BYTES_PER_ELEMENT) + stored[name].byteLength;
    const out = new Uint8Array(arraysStart + arraysSize);
    new DataView(out.buffer).setUint32(0, header.length, true);
    let at = 4;
    out.set(header, at);
    at += align(header.length);
    for (const text of texts) {
        out.set(text, at);
        at += align(text.length);
    }
    let offset = 0;
    for (const name of ARRAY_NAMES) {
        const array = stored[name];
        offset = alignTo(offset, ARRAYS[name].BYTES_PER_ELEMENT);
        out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), arraysStart + offset);
        offset += array.byteLength;
    }
    return out;
}
/** The stored index if the bytes hold one made with this `key`, otherwise null (never throws on bad bytes). */
function decodeIndex(bytes, key) {
    try {
        if (bytes.length < 4)
            return null;
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const headerLength = view.getUint32(0, true);
        if (4 + headerLength > bytes.length)
            return null;
        const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength)));
        if (header.magic !== MAGIC || header.version !== VERSION || header.key !== key)
            return null;
        let at = 4 + align(headerLength);
        if (!Array.isArray(header.textBytes) || header.textBytes.length !== TEXTS.length)
            return null;
        const [termText, titleText, nameText, authorText] = header.textBytes.map((length) => {
            if (at + length > bytes.length)
                throw new Error('cut short');
            const text = new TextDecoder().decode(bytes.subarray(at, at + length));
            at += align(length);
            return text;
        });
        // One copy into a fresh aligned buffer, so each array is a view of it.
        // (A Node Buffer's slice is a view, not a copy: copy by hand.)
        const rest = new Uint8Array(bytes.length - at);
        rest.set(bytes.subarray(at));
        let offset = 0;
        const arrays = {};
        for (const name of ARRAY_NAMES) {
            const make = ARRAYS[name];
            const length = header.lengths[name];
            offset = alignTo(offset, make.BYTES_PER_ELEMENT);
            if (!Number.isInteger(length) || length < 0 || offset + length * make.BYTES_PER_ELEMENT > rest.byteLength)
                return null;
            arrays[name] = new make(rest.buffer, offset, length);
            offset += length * make.BYTES_PER_ELEMENT;
        }
        const stored = { paperCount: header.paperCount, termText, titleText, nameText, authorText, ...arrays };
        const terms = (0, termTable_1.nulCount)(termText);
        const consistent = (0, termTable_1.nulCount)(titleText) === header.paperCount && (0, termTable_1.nulCount)(nameText) === header.paperCount && stored.offsets.length === terms + 1 && stored.headEnds.length === terms && stored.offsets[terms] === stored.postings.length
            && stored.newest.length === header.paperCount && stored.upvotes.length === header.paperCount;
        // Every id in range, so a damaged file can never make a search read past an array.
        const below = (array, limit) => {
            for (let i = 0; i < array.length; i++)
                if (array[i] >= limit)
                    return false;
            return true;
        };
        const postingsBelow = (limit) => {
            for (let i = 0; i < stored.postings.length; i++)
                if ((stored.postings[i] & search_1.POSTING_DOC) >= limit)
                    return false;
            return true;
        };
        return consistent && postingsBelow(header.paperCount) && below(stored.gramTerms, terms) && below(stored.newest, header.paperCount)
            && below(stored.upvotes, header.paperCount) && below(stored.offsets, stored.postings.length + 1) && below(stored.headEnds, stored.postings.length + 1)
            && stored.gramOffsets.length === 4097 && below(stored.gramOffsets, stored.gramTerms.length + 1) && (0, filterColumns_1.columnsFit)(stored, header.paperCount) ? stored : null;
    }
    catch {
        return null;
    }
}
