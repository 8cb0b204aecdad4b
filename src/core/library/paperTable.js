"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.READING_PREFIX = exports.PaperTable = void 0;
exports.checksum = checksum;
exports.encodePaperTable = encodePaperTable;
exports.decodeTexts = decodeTexts;
exports.encodeReading = encodeReading;
exports.readingLayout = readingLayout;
exports.readingTextStarts = readingTextStarts;
exports.decodeReadingHead = decodeReadingHead;
const MAGIC = 0x50_4e_54_42; // "PNTB"
const VERSION = 2;
const HEADER_WORDS = 10;
const align = (n) => (n + 3) & ~3;
/**
 * FNV-1a over UTF-16 code units, from a seed each table draws: a key is
 * hashed as the JavaScript string it is, with no encoding, and keys crafted
 * to collide in one table do not collide in the next.
 */
function hashKey(key, seed) {
    let hash = (0x811c9dc5 ^ seed) | 0;
    for (let i = 0; i < key.length; i++)
        hash = Math.imul(hash ^ key.charCodeAt(i), 16777619);
    return hash >>> 0;
}
/** A key as it reads back from UTF-8: a lone surrogate (not text) becomes U+FFFD. Keys are stored, hashed and looked up in this form. */
function wellFormed(key) {
    return /[\ud800-\udfff]/.test(key) ? decoder.decode(new TextEncoder().encode(key)) : key;
}
/** A checksum of a table's bytes (a multiple of 4 of them), so a reading damaged on disk is not used. */
function checksum(bytes) {
    const aligned = bytes.byteOffset % 4 ? bytes.slice() : bytes;
    const words = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length >> 2);
    let hash = 0x9e3779b9 | 0;
    for (let i = 0; i < words.length; i++) {
        hash = Math.imul(hash ^ words[i], 0x85ebca6b);
        hash ^= hash >>> 13;
    }
    return (hash ^ aligned.length) >>> 0;
}
function slotCount(count) {
    let slots = 2;
    while (slots < count * 2)
        slots *= 2;
    return slots;
}
/** The record of a paper: the Paper without its texts and without the file name. */
function recordOf(paper) {
    if (!paper.library)
        return paper;
    const { csl, file: _file, bibtex, ...library } = paper.library;
    const flags = (bibtex || library.hasBibtex ? 1 : 0) | (paper.cleanAbstract || library.hasAbstract ? 2 : 0) | (csl || library.hasCsl ? 4 : 0);
    if (isPlainEntry(paper)) {
        // A library entry as it is made from a file: its fields in a fixed order, without their names (a third of the bytes).
        const { summary } = paper;
        return [
            paper.title, paper.cleanTitle === paper.title ? 0 : paper.cleanTitle, paper.year, paper.date, paper.authorsCount, paper.codeUrl, paper.links,
            summary && [summary.kind, summary.name, summary.family, summary.modalities, summary.tasks, summary.datasets, summary.results, summary.complexity],
            library.line, library.column, library.type, library.authors, library.venue, library.doi, library.url, flags,
        ];
    }
    // Left out, not set to undefined: every property a decoded entry carries is one more for the heap.
    return { ...paper, cleanAbstract: '', library: { ...library, bibtex: null, hasBibtex: !!(flags & 1), hasAbstract: !!(flags & 2), hasCsl: !!(flags & 4) } };
}
const PAPER_FIELDS = 'key title cleanTitle abstract cleanAbstract year date authorsCount upvotes codeUrl links pages summary library';
const SUMMARY_FIELDS = 'kind name family modalities tasks datasets results complexity';
const LIBRARY_FIELDS = new Set(['file', 'line', 'column', 'type', 'authors', 'venue', 'doi', 'url', 'bibtex', 'csl', 'hasBibtex', 'hasAbstract', 'hasCsl']);
/** A library entry with nothing but what an entry made from a file has (anything else is kept as a whole object). */
function isPlainEntry(paper) {
    return Object.keys(paper).join(' ') === PAPER_FIELDS && paper.abstract === '' && paper.upvotes === 0 && paper.pages.length === 0
        && (paper.summary === null || Object.keys(paper.summary).join(' ') === SUMMARY_FIELDS)
        && Object.keys(paper.library).every((field) => LIBRARY_FIELDS.has(field));
}
const isStrings = (value) => Array.isArray(value) && value.every((item) => typeof item === 'string');
/** A decoded record with the shape every feature reads (a damaged one may parse as JSON and still not be a paper). */
function isPaper(paper) {
    const { summary, library } = paper;
    return typeof paper === 'object' && paper !== null && typeof paper.key === 'string' && typeof paper.title === 'string' && typeof paper.cleanTitle === 'string'
        && typeof paper.cleanAbstract === 'string' && (paper.year === null || typeof paper.year === 'number') && (paper.date === null || typeof paper.date === 'string')
        && (paper.codeUrl === null || typeof paper.codeUrl === 'string') && isStrings(paper.links) && isStrings(paper.pages) && typeof paper.upvotes === 'number'
        && (summary === null || (typeof summary === 'object' && typeof summary.kind === 'string' && (summary.name === null || typeof summary.name === 'string')
            && isStrings(summary.family) && isStrings(summary.modalities) && isStrings(summary.tasks) && isStrings(summary.datasets) && Array.isArray(summary.results)))
        && (library === undefined || (typeof library === 'object' && library !== null && typeof library.file === 'string' && typeof library.line === 'number'
            && typeof library.type === 'string' && isStrings(library.authors)));
}
/** A record back into the Paper it was made of (the file name is the table's). */
function paperOf(key, file, record) {
    if (!Array.isArray(record)) {
        const paper = record;
        if (paper?.library)
            paper.library.file = file;
        return paper;
    }
    const [title, cleanTitle, year, date, authorsCount, codeUrl, links, summary, line, column, type, authors, venue, doi, url, flags] = record;
    const [kind, name, family, modalities, tasks, datasets, results, complexity] = (summary ?? []);
    return {
        key, title, cleanTitle: cleanTitle === 0 ? title : cleanTitle, abstract: '', cleanAbstract: '', year, date, authorsCount, upvotes: 0, codeUrl, links, pages: [],
        summary: summary ? { kind, name, family, modalities, tasks, datasets, results, complexity } : null,
        library: { file, line, column, type, authors, venue, doi, url, bibtex: null, hasBibtex: !!(flags & 1), hasAbstract: !!(flags & 2), hasCsl: !!(flags & 4) },
    };
}
/** The bytes of a table of `papers` (all of one library `file`), texts included. */
function encodePaperTable(file, papers) {
    const encoder = new TextEncoder();
    const count = papers.length;
    const slots = slotCount(count);
    const keyParts = [];
    const recordParts = [];
    const textParts = [];
    const keyOffsets = new Uint32Array(count + 1);
    const recordOffsets = new Uint32Array(count + 1);
    const textOffsets = new Uint32Array(count + 1);
    const table = new Uint32Array(slots);
    const seed = (Math.random() * 0x100000000) >>> 0;
    const seen = new Map();
    for (let i = 0; i < count; i++) {
        const paper = papers[i];
        const key = encoder.encode(paper.key);
        const stored = wellFormed(paper.key);
        const record = encoder.encode(JSON.stringify(recordOf(paper)));
        const texts = { bibtex: paper.library?.bibtex ?? null, abstract: paper.cleanAbstract, ...(paper.library?.csl ? { csl: paper.library.csl } : {}) };
        const text = textRecord(encoder.encode(JSON.stringify(texts)));
        keyParts.push(key);
        recordParts.push(record);
        textParts.push(text);
        keyOffsets[i + 1] = keyOffsets[i] + key.length;
        recordOffsets[i + 1] = recordOffsets[i] + record.length;
        textOffsets[i + 1] = textOffsets[i] + text.length;
        // The first entry of a key is the one a note means (a file's own repeats are reported by its loader).
        if (seen.has(stored))
            continue;
        seen.set(stored, true);
        let slot = hashKey(stored, seed) & (slots - 1);
        while (table[slot])
            slot = (slot + 1) & (slots - 1);
        table[slot] = i + 1;
    }
    // As JSON text: a file name is kept exactly, even one that is not well-formed text (a Windows path may be).
    const name = encoder.encode(JSON.stringify(file));
    const keyBytes = keyOffsets[count];
    const recordBytes = recordOffsets[count];
    const textBytes = textOffsets[count];
    const textsAt = 4 * (HEADER_WORDS + 2 * (count + 1) + slots) + align(name.length) + align(keyBytes) + align(recordBytes);
    const out = new Uint8Array(textsAt + 4 * (count + 1) + textBytes);
    const words = new Uint32Array(out.buffer, 0, textsAt / 4 + count + 1);
    words.set([MAGIC, VERSION, count, slots, keyBytes, recordBytes, textBytes, name.length, textsAt, seed]);
    let word = HEADER_WORDS;
    words.set(keyOffsets, word);
    word += count + 1;
    words.set(recordOffsets, word);
    word += count + 1;
    words.set(table, word);
    word += slots;
    let at = word * 4;
    out.set(name, at);
    at += align(name.length);
    for (const part of keyParts) {
        out.set(part, at);
        at += part.length;
    }
    at = textsAt - align(recordBytes);
    for (const part of recordParts) {
        out.set(part, at);
        at += part.length;
    }
    words.set(textOffsets, textsAt / 4);
    at = textsAt + 4 * (count + 1);
    for (const part of textParts) {
        out.set(part, at);
        at += part.length;
    }
    return out;
}
const decoder = new TextDecoder();
/** The sections of a table's bytes; throws when they are not a table of this version, or are damaged. */
function sectionsOf(bytes) {
    if (bytes.length < HEADER_WORDS * 4)
        throw new Error('cut short');
    if (bytes.byteOffset % 4) {
        // Typed arrays need aligned offsets: copy (a Node Buffer's slice would be a view).
        const copy = new Uint8Array(bytes.length);
        copy.set(bytes);
        bytes = copy;
    }
    const header = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER_WORDS);
    const [magic, version, count, slots, keyBytes, recordBytes, textBytes, nameBytes, textsAt, seed] = header;
    if (magic !== MAGIC || version !== VERSION)
        throw new Error('not a table of this version');
    // More slots than entries: a look-up always meets an empty slot.
    if (slots < 2 || slots & (slots - 1) || slots <= count)
        throw new Error('bad slot count');
    const expectedAt = 4 * (HEADER_WORDS + 2 * (count + 1) + slots) + align(nameBytes) + align(keyBytes) + align(recordBytes);
    if (textsAt !== expectedAt || bytes.length < textsAt)
        throw new Error('cut short');
    const words = (from, length) => new Uint32Array(bytes.buffer, bytes.byteOffset + from * 4, length);
    let at = 4 * (HEADER_WORDS + 2 * (count + 1) + slots);
    const file = JSON.parse(decoder.decode(bytes.subarray(at, at + nameBytes)));
    if (typeof file !== 'string')
        throw new Error('bad file name');
    at += align(nameBytes);
    const keys = bytes.subarray(at, at + keyBytes);
    at += align(keyBytes);
    const hasTexts = bytes.length > textsAt;
    if (hasTexts && bytes.length !== textsAt + 4 * (count + 1) + textBytes)
        throw new Error('bad text section');
    const sections = {
        bytes, count, file, textsAt, seed,
        keyOffsets: words(HEADER_WORDS, count + 1),
        recordOffsets: words(HEADER_WORDS + count + 1, count + 1),
        slots: words(HEADER_WORDS + 2 * (count + 1), slots),
        keyBytes: keys,
        recordBytes: bytes.subarray(at, at + recordBytes),
        textStarts: hasTexts ? words(textsAt / 4, count + 1) : null,
        textBytes: hasTexts ? bytes.subarray(textsAt + 4 * (count + 1)) : null,
    };
    // Every offset in order and in range, every slot an entry: damaged bytes can never make a look-up read past a section.
    if (!ordered(sections.keyOffsets, count, keyBytes) || !ordered(sections.recordOffsets, count, recordBytes)
        || (sections.textStarts && !ordered(sections.textStarts, count, textBytes)))
        throw new Error('bad offsets');
    for (let i = 0; i < slots; i++)
        if (sections.slots[i] > count)
            throw new Error('bad slot');
    return sections;
}
function ordered(offsets, count, end) {
    if (offsets[0] !== 0 || offsets[count] !== end)
        return false;
    for (let i = 0; i < count; i++)
        if (offsets[i] > offsets[i + 1])
            return false;
    return true;
}
/** Read access to a table's bytes. Decoded records are kept up to `keep` (the newest asked for). */
class PaperTable {
    keep;
    count;
    file;
    parts;
    decoded = new Map();
    allKeys = null;
    constructor(bytes, keep) {
        this.keep = keep;
        this.parts = sectionsOf(bytes);
        this.count = this.parts.count;
        this.file = this.parts.file;
    }
    /** The table in `bytes`, or null when they are not one (never throws on bad bytes). */
    static from(bytes, keep = 5_000) {
        try {
            return new PaperTable(bytes, keep);
        }
        catch {
            return null;
        }
    }
    /**
     * The bytes the extension host needs: the table without its texts, as a
     * copy to transfer, or in shared memory (`shared`). Shared memory is not
     * counted as the receiving thread's own: a transferred buffer of tens of
     * megabytes makes the receiver's garbage collector run at once, a long
     * pause on a large heap such as the extension host's.
     */
    hostBytes(shared = false) {
        const { bytes, textsAt } = this.parts;
        const copy = new Uint8Array(shared ? new SharedArrayBuffer(textsAt) : new ArrayBuffer(textsAt));
        copy.set(bytes.subarray(0, textsAt));
        return copy;
    }
    /** Lets go of the texts (they are read from elsewhere now, the reading kept on disk): the table holds a copy of the rest. */
    dropTexts() {
        if (this.parts.textStarts)
            this.parts = sectionsOf(this.hostBytes());
    }
    /** Where the texts (their offsets, then the texts) start in the table's bytes. */
    get textsStart() {
        return this.parts.textsAt;
    }
    /** All the bytes, texts included (what is kept on disk). */
    get allBytes() {
        return this.parts.bytes;
    }
    get byteLength() {
        return this.parts.bytes.length;
    }
    key(entry) {
        if (this.allKeys)
            return this.allKeys[entry];
        const { keyBytes, keyOffsets } = this.parts;
        return decoder.decode(keyBytes.subarray(keyOffsets[entry], keyOffsets[entry + 1]));
    }
    /** Every entry's key, in order (repeats included). */
    keys() {
        if (!this.allKeys) {
            const keys = new Array(this.count);
            for (let i = 0; i < this.count; i++)
                keys[i] = this.key(i);
            this.allKeys = keys;
        }
        return this.allKeys;
    }
    /** The first entry of a key, or -1. */
    indexOf(key) {
        const { slots, seed } = this.parts;
        const mask = slots.length - 1;
        const stored = wellFormed(key);
        for (let slot = hashKey(stored, seed) & mask, probes = 0; probes <= mask; slot = (slot + 1) & mask, probes++) {
            const entry = slots[slot];
            if (!entry)
                return -1;
            if (this.key(entry - 1) === stored)
                return entry - 1;
        }
        return -1;
    }
    /** The entry as a Paper (without its texts; `library.hasBibtex` and the like say which it has). */
    at(entry) {
        let paper = this.decoded.get(entry);
        if (!paper) {
            paper = this.read(entry);
            if (!paper)
                return undefined;
            // The oldest decoded entry goes first (a Map keeps the order entries were added in).
            if (this.decoded.size >= this.keep)
                this.decoded.delete(this.decoded.keys().next().value);
            this.decoded.set(entry, paper);
        }
        return paper;
    }
    /** The entry decoded afresh and not kept; undefined when there is none or its record is damaged (never throws). */
    read(entry) {
        if (!(entry >= 0 && entry < this.count))
            return undefined;
        try {
            const { recordBytes, recordOffsets } = this.parts;
            const paper = paperOf(this.key(entry), this.file, JSON.parse(decoder.decode(recordBytes.subarray(recordOffsets[entry], recordOffsets[entry + 1]))));
            return isPaper(paper) ? paper : undefined;
        }
        catch {
            return undefined;
        }
    }
    get(key) {
        const entry = this.indexOf(key);
        return entry === -1 ? undefined : this.at(entry);
    }
    /** The entry's BibTeX text, abstract and CSL item; null when this copy has no texts. */
    texts(entry) {
        const { textStarts, textBytes } = this.parts;
        if (!textStarts || !textBytes || !(entry >= 0 && entry < this.count))
            return null;
        return decodeTexts(textBytes.subarray(textStarts[entry], textStarts[entry + 1]));
    }
    get length() {
        return this.count;
    }
}
exports.PaperTable = PaperTable;
/** FNV-1a over bytes. */
function hashBytes(bytes) {
    let hash = 0x811c9dc5 | 0;
    for (let i = 0; i < bytes.length; i++)
        hash = Math.imul(hash ^ bytes[i], 16777619);
    return hash >>> 0;
}
/** An entry's texts as stored: their checksum, then their JSON (texts are read one by one from disk, so each is checked on its own). */
function textRecord(json) {
    const record = new Uint8Array(4 + json.length);
    new DataView(record.buffer).setUint32(0, hashBytes(json), true);
    record.set(json, 4);
    return record;
}
/** An entry's texts as they are stored; null when they are damaged (never throws). */
function decodeTexts(bytes) {
    try {
        if (bytes.length < 4)
            return null;
        const json = bytes.subarray(4);
        if (new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true) !== hashBytes(json))
            return null;
        const texts = JSON.parse(decoder.decode(json));
        const ok = typeof texts === 'object' && texts !== null && (texts.bibtex === null || typeof texts.bibtex === 'string') && typeof texts.abstract === 'string'
            && (texts.csl === undefined || typeof texts.csl === 'string');
        return ok ? texts : null;
    }
    catch {
        return null;
    }
}
const READING_MAGIC = 0x50_4e_52_44; // "PNRD"
const READING_WORDS = 6;
exports.READING_PREFIX = READING_WORDS * 4;
/** The bytes of a reading: a small layout, its problems as JSON, then the table. */
function encodeReading(errors, fatal, table) {
    const head = new TextEncoder().encode(JSON.stringify({ errors, ...(fatal === undefined ? {} : { fatal }) }));
    const tableStart = align(exports.READING_PREFIX + head.length);
    const out = new Uint8Array(tableStart + table.byteLength);
    const prefix = new DataView(out.buffer, 0, exports.READING_PREFIX);
    [READING_MAGIC, head.length, tableStart, tableStart + table.textsStart, table.count, checksum(table.allBytes.subarray(0, table.textsStart))]
        .forEach((word, i) => prefix.setUint32(i * 4, word, true));
    out.set(head, exports.READING_PREFIX);
    out.set(table.allBytes, tableStart);
    return out;
}
/** The layout of a reading of `size` bytes from its first READING_PREFIX bytes, or null when they are not a reading's. */
function readingLayout(first, size) {
    if (first.length < exports.READING_PREFIX)
        return null;
    const view = new DataView(first.buffer, first.byteOffset, exports.READING_PREFIX);
    const [magic, headLength, tableStart, textsAt, count, sum] = Array.from({ length: READING_WORDS }, (_, i) => view.getUint32(i * 4, true));
    const sane = magic === READING_MAGIC && tableStart === align(exports.READING_PREFIX + headLength) && textsAt >= tableStart && textsAt + 4 * (count + 1) <= size;
    return sane ? { headLength, tableStart, textsAt, count, textsBase: textsAt + 4 * (count + 1), end: size, checksum: sum } : null;
}
/** Each entry's texts' offsets from `layout.textsBase` (count + 1), from the reading's bytes at `layout.textsAt`; null when they do not fit its size. */
function readingTextStarts(bytes, layout) {
    const length = layout.textsBase - layout.textsAt;
    if (bytes.length < length)
        return null;
    const copy = new Uint8Array(length);
    copy.set(bytes.subarray(0, length));
    const starts = new Uint32Array(copy.buffer);
    return ordered(starts, layout.count, layout.end - layout.textsBase) ? starts : null;
}
/** The problems and the table (without its texts) from a reading's bytes up to `layout.textsAt`, or null (never throws on bad bytes). */
function decodeReadingHead(prefix, layout) {
    try {
        if (prefix.length < layout.textsAt || checksum(prefix.subarray(layout.tableStart, layout.textsAt)) !== layout.checksum)
            return null;
        const head = JSON.parse(decoder.decode(prefix.subarray(exports.READING_PREFIX, exports.READING_PREFIX + layout.headLength)));
        if (!Array.isArray(head.errors))
            return null;
        const table = PaperTable.from(prefix.subarray(layout.tableStart, layout.textsAt));
        return table && table.count === layout.count ? { errors: head.errors, ...(head.fatal === undefined ? {} : { fatal: head.fatal }), table } : null;
    }
    catch {
        return null;
    }
}
