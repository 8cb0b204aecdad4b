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
const assert = __importStar(require("node:assert/strict"));
const libraryPaper_1 = require("../../src/core/library/libraryPaper");
const loadLibrary_1 = require("../../src/core/library/loadLibrary");
const paperTable_1 = require("../../src/core/library/paperTable");
const FILE = '/home/me/refs.bib';
/** A whole reading read back as the worker reads it (its layout, its head, its texts' offsets), with each entry's texts; null when any part is refused. */
function decodeReading(bytes) {
    const layout = (0, paperTable_1.readingLayout)(bytes.subarray(0, paperTable_1.READING_PREFIX), bytes.length);
    const head = layout && (0, paperTable_1.decodeReadingHead)(bytes.subarray(0, layout.textsBase), layout);
    const starts = layout && (0, paperTable_1.readingTextStarts)(bytes.subarray(layout.textsAt), layout);
    if (!layout || !head || !starts)
        return null;
    const texts = Array.from({ length: layout.count }, (_, i) => (0, paperTable_1.decodeTexts)(bytes.subarray(layout.textsBase + starts[i], layout.textsBase + starts[i + 1])));
    return { ...head, texts };
}
const BIB = [
    '@article{vaswani2017, title = {Attention Is All You Need}, author = {Vaswani, Ashish and Shazeer, Noam}, year = 2017, journal = {NeurIPS},',
    '  abstract = {We propose a new simple network architecture, the Transformer, based solely on attention mechanisms. It reaches 28.4 BLEU on WMT 2014.}}',
    '@misc{müller2020, title = {Über Netze}, author = {Müller, Jürgen}, year = 2020}',
    '@book{k\u{1F600}, title = {Emoji key}, year = 2021, url = {https://github.com/a/b}}',
].join('\n');
const bytes = (text) => new TextEncoder().encode(text);
/** The loader's entries, and a repeated key as a table may hold one (the loader itself reports a file's repeats). */
const papers = () => {
    const loaded = (0, loadLibrary_1.loadLibrary)(bytes(BIB), FILE).entries.map(libraryPaper_1.paperFromEntry);
    return [loaded[0], loaded[1], { ...loaded[1], key: 'vaswani2017', title: 'The same key again' }, loaded[2]];
};
describe('library tables (the entries as the worker hands them to the extension host)', () => {
    it('decodes every entry as the host keeps it: equal to the paper without its texts and with the file set once', () => {
        const all = papers();
        const table = paperTable_1.PaperTable.from((0, paperTable_1.encodePaperTable)(FILE, all));
        assert.equal(table.count, 4);
        assert.equal(table.file, FILE);
        all.forEach((paper, i) => {
            const decoded = table.at(i);
            const { bibtex, csl, ...library } = paper.library;
            assert.deepEqual(decoded, { ...paper, cleanAbstract: '', library: { ...library, bibtex: null, hasBibtex: !!bibtex, hasAbstract: !!paper.cleanAbstract, hasCsl: !!csl } });
            assert.deepEqual(table.texts(i), { bibtex, abstract: paper.cleanAbstract, ...(csl ? { csl } : {}) });
        });
        assert.ok(all[0].cleanAbstract.includes('Transformer'), 'the fixture has an abstract');
        assert.equal(table.at(4), undefined);
        assert.equal(table.at(-1), undefined);
    });
    it('keeps what is not a plain library entry whole: a catalogue paper, an entry with other fields', () => {
        const [entry] = papers();
        const odd = { ...entry, upvotes: 7, pages: ['cv'], cleanTitle: 'Attention is all you need' };
        const catalogueLike = { ...entry, library: undefined };
        delete catalogueLike.library;
        const table = paperTable_1.PaperTable.from((0, paperTable_1.encodePaperTable)(FILE, [odd, catalogueLike, { ...entry, cleanTitle: 'Another title' }]));
        const { bibtex: _b, csl: _c, ...library } = entry.library;
        assert.deepEqual(table.at(0), { ...odd, cleanAbstract: '', library: { ...library, bibtex: null, hasBibtex: true, hasAbstract: true, hasCsl: !!entry.library.csl } });
        assert.deepEqual(table.at(1), catalogueLike);
        assert.equal(table.at(2).cleanTitle, 'Another title', 'a cleaned title unlike the title is kept');
        assert.equal(table.at(2).title, 'Attention Is All You Need');
    });
    it('finds entries by key through its own hash table: the first of a repeated key, keys of any script, and no others', () => {
        const table = paperTable_1.PaperTable.from((0, paperTable_1.encodePaperTable)(FILE, papers()));
        assert.equal(table.get('vaswani2017').title, 'Attention Is All You Need');
        assert.equal(table.indexOf('vaswani2017'), 0);
        assert.equal(table.get('müller2020').year, 2020);
        assert.equal(table.get('k\u{1F600}').codeUrl, 'https://github.com/a/b');
        assert.equal(table.get('vaswani201'), undefined);
        assert.equal(table.get(''), undefined);
        assert.deepEqual(table.keys(), ['vaswani2017', 'müller2020', 'vaswani2017', 'k\u{1F600}']);
        // A full table of colliding look-ups: every key of many is found at its place.
        const many = Array.from({ length: 5_000 }, (_, i) => ({ ...papers()[1], key: `key${i}` }));
        const big = paperTable_1.PaperTable.from((0, paperTable_1.encodePaperTable)(FILE, many));
        for (let i = 0; i < many.length; i += 37)
            assert.equal(big.indexOf(`key${i}`), i);
        assert.equal(big.indexOf('key5000'), -1);
    });
    it('gives the host a copy without the texts, which still finds and decodes every entry', () => {
        const table = paperTable_1.PaperTable.from((0, paperTable_1.encodePaperTable)(FILE, papers()));
        const host = table.hostBytes();
        assert.ok(host.length < table.byteLength);
        assert.equal(host.byteOffset, 0);
        assert.equal(host.buffer.byteLength, host.length, 'its own buffer, to transfer');
        const hostTable = paperTable_1.PaperTable.from(host);
        assert.deepEqual(hostTable.at(0), table.at(0));
        assert.equal(hostTable.texts(0), null);
        const text = new TextDecoder().decode(host);
        assert.ok(!text.includes('28.4 BLEU'), 'no abstract in the host copy');
        const shared = table.hostBytes(true);
        assert.ok(shared.buffer instanceof SharedArrayBuffer, 'in shared memory when asked');
        assert.deepEqual(paperTable_1.PaperTable.from(shared).at(3), table.at(3));
        assert.ok(!text.includes('@article'), 'no BibTeX in the host copy');
    });
    it('lets go of its texts (read from disk instead), keeping every entry', () => {
        const table = paperTable_1.PaperTable.from((0, paperTable_1.encodePaperTable)(FILE, papers()));
        const before = table.at(3);
        const size = table.byteLength;
        table.dropTexts();
        assert.ok(table.byteLength < size);
        assert.equal(table.texts(0), null);
        assert.equal(table.at(3), before, 'decoded entries are kept');
        assert.equal(table.get('müller2020').title, 'Über Netze');
        assert.equal(paperTable_1.PaperTable.from(table.hostBytes()).count, 4);
        assert.deepEqual(Array.from({ length: 4 }, (_, i) => table.at(i)), papers().map((_, i) => paperTable_1.PaperTable.from((0, paperTable_1.encodePaperTable)(FILE, papers())).at(i)));
    });
    it('keeps only the newest decoded entries it is told to, and decodes the same entry again equal', () => {
        const table = paperTable_1.PaperTable.from((0, paperTable_1.encodePaperTable)(FILE, papers()), 2);
        const first = table.at(0);
        assert.equal(table.at(0), first, 'kept');
        const second = table.at(1);
        table.at(3);
        assert.equal(table.at(1), second, 'the newer one is still kept');
        const again = table.at(0);
        assert.notEqual(again, first, 'the oldest was let go');
        assert.deepEqual(again, first);
    });
    it('an empty library is a table of nothing', () => {
        const table = paperTable_1.PaperTable.from((0, paperTable_1.encodePaperTable)(FILE, []));
        assert.equal(table.count, 0);
        assert.equal(table.get('a'), undefined);
        assert.deepEqual(table.keys(), []);
    });
    it('refuses damaged bytes instead of reading past a section', () => {
        const bytes = (0, paperTable_1.encodePaperTable)(FILE, papers());
        assert.equal(paperTable_1.PaperTable.from(new Uint8Array(0)), null);
        assert.equal(paperTable_1.PaperTable.from(bytes.subarray(0, bytes.length - 1)), null, 'cut short');
        assert.equal(paperTable_1.PaperTable.from(bytes.subarray(0, 100)), null);
        const words = (edit) => {
            const copy = bytes.slice();
            edit(new Uint32Array(copy.buffer, 0, copy.length >> 2));
            return copy;
        };
        assert.equal(paperTable_1.PaperTable.from(words((view) => (view[0] = 0))), null, 'magic');
        assert.equal(paperTable_1.PaperTable.from(words((view) => (view[1] = 99))), null, 'version');
        assert.equal(paperTable_1.PaperTable.from(words((view) => (view[2] = 1000))), null, 'count');
        assert.equal(paperTable_1.PaperTable.from(words((view) => (view[3] = 3))), null, 'slots not a power of two');
        assert.equal(paperTable_1.PaperTable.from(words((view) => (view[3] = 4))), null, 'no more slots than entries');
        assert.equal(paperTable_1.PaperTable.from(words((view) => (view[10 + 2] = 1 << 30))), null, 'a key offset out of range');
        assert.equal(paperTable_1.PaperTable.from(words((view) => (view[10 + 5 + 1] = view[10 + 5 + 2] + 1))), null, 'record offsets out of order');
        const slotsAt = 10 + 2 * 5;
        assert.equal(paperTable_1.PaperTable.from(words((view) => (view[slotsAt] = 77))), null, 'a slot names no entry');
        // An unaligned copy (a Node Buffer from a pool) is read all the same.
        const unaligned = new Uint8Array(bytes.length + 1).subarray(1);
        unaligned.set(bytes);
        assert.equal(paperTable_1.PaperTable.from(unaligned).get('müller2020').title, 'Über Netze');
    });
    it('a reading (problems and table, what a warm start reads back) survives the round trip, and bad bytes are no reading', () => {
        const load = (0, loadLibrary_1.loadLibrary)(bytes(`${BIB}\n@article{broken, title = {Unclosed\n`), FILE);
        assert.ok(load.errors.length > 0);
        const table = paperTable_1.PaperTable.from((0, paperTable_1.encodePaperTable)(FILE, load.entries.map(libraryPaper_1.paperFromEntry)));
        const reading = decodeReading((0, paperTable_1.encodeReading)(load.errors, undefined, table));
        assert.deepEqual(reading.errors, JSON.parse(JSON.stringify(load.errors)));
        assert.equal(reading.fatal, undefined);
        assert.deepEqual(reading.table.at(0), table.at(0));
        assert.deepEqual(reading.texts[0], table.texts(0));
        assert.equal(reading.table.texts(0), null, 'the table read back without its texts');
        assert.equal(decodeReading((0, paperTable_1.encodeReading)([], 'not UTF-8', paperTable_1.PaperTable.from((0, paperTable_1.encodePaperTable)(FILE, [])))).fatal, 'not UTF-8');
        const encoded = (0, paperTable_1.encodeReading)(load.errors, undefined, table);
        assert.equal(decodeReading(encoded.subarray(0, encoded.length - 3)), null);
        assert.equal(decodeReading(new TextEncoder().encode('{"magic":"x"}')), null);
        assert.equal(decodeReading(new Uint8Array(2)), null);
    });
    it('a warm start reads a reading up to its texts only, and finds each text from the layout', () => {
        const table = paperTable_1.PaperTable.from((0, paperTable_1.encodePaperTable)(FILE, papers()));
        const bytes = (0, paperTable_1.encodeReading)([], undefined, table);
        const layout = (0, paperTable_1.readingLayout)(bytes.subarray(0, paperTable_1.READING_PREFIX), bytes.length);
        assert.equal(layout.count, 4);
        assert.equal((0, paperTable_1.readingLayout)(bytes.subarray(0, paperTable_1.READING_PREFIX), layout.textsAt), null, 'a reading cut short before its text offsets');
        assert.equal((0, paperTable_1.readingLayout)(bytes.subarray(0, paperTable_1.READING_PREFIX - 1), bytes.length), null);
        const head = (0, paperTable_1.decodeReadingHead)(bytes.subarray(0, layout.textsAt), layout);
        assert.equal(head.table.texts(0), null, 'no texts read');
        assert.deepEqual(head.table.at(2), table.at(2));
        assert.equal((0, paperTable_1.decodeReadingHead)(bytes.subarray(0, layout.textsAt - 1), layout), null);
        // Entry 1's texts, where the offsets after the records say.
        const offsets = new Uint32Array(bytes.slice(layout.textsAt, layout.textsAt + 4 * 5).buffer);
        const base = layout.textsAt + 4 * 5;
        assert.equal(base + offsets[4], bytes.length);
        assert.equal(layout.textsBase, base);
        assert.deepEqual((0, paperTable_1.readingTextStarts)(bytes.subarray(layout.textsAt), layout), offsets);
        const spoiled = bytes.slice(layout.textsAt);
        new DataView(spoiled.buffer).setUint32(8, 0xffff, true);
        assert.equal((0, paperTable_1.readingTextStarts)(spoiled, layout), null, 'offsets out of order');
        assert.equal((0, paperTable_1.readingTextStarts)(bytes.subarray(layout.textsAt), { ...layout, end: layout.end + 1 }), null, 'texts that do not reach the end');
        assert.equal((0, paperTable_1.readingTextStarts)(bytes.subarray(layout.textsAt, layout.textsAt + 8), layout), null, 'offsets cut short');
        assert.deepEqual((0, paperTable_1.decodeTexts)(bytes.subarray(base + offsets[1], base + offsets[2])), table.texts(1));
    });
    it('a damaged record or text reads as none, never as a throw; a reading with a damaged record is no reading', () => {
        const table = paperTable_1.PaperTable.from((0, paperTable_1.encodePaperTable)(FILE, papers()));
        const bytes = (0, paperTable_1.encodeReading)([], undefined, table);
        const layout = (0, paperTable_1.readingLayout)(bytes.subarray(0, paperTable_1.READING_PREFIX), bytes.length);
        // Byte offsets, not string offsets: the binary parts do not decode one byte to one character.
        const find = (what, last = false) => (last ? Buffer.from(bytes).lastIndexOf(what) : Buffer.from(bytes).indexOf(what));
        // A byte of the first record (its title) damaged.
        const at = find('Attention Is All');
        assert.ok(at > layout.tableStart && at < layout.textsAt);
        const damaged = bytes.slice();
        damaged[at] = 0x22; // a quote: the record no longer parses
        assert.equal((0, paperTable_1.decodeReadingHead)(damaged.subarray(0, layout.textsAt), layout), null, 'the checksum finds it');
        const raw = paperTable_1.PaperTable.from(damaged.subarray(layout.tableStart));
        assert.equal(raw.at(0), undefined, 'the record does not parse');
        assert.equal(raw.get('vaswani2017'), undefined);
        assert.equal(raw.at(1).title, 'Über Netze', 'the others still read');
        // A record that parses to the wrong shape.
        const shaped = bytes.slice();
        const titleAt = find('"Über Netze"');
        // '"Über Netze"' is 13 bytes (Ü is two): a number of the same length.
        shaped.set(new TextEncoder().encode(' 12345678901 '), titleAt);
        assert.equal(paperTable_1.PaperTable.from(shaped.subarray(layout.tableStart)).at(1), undefined, 'a title that is not a string');
        // A byte of a text damaged: that text is none.
        const textAt = find('28.4 BLEU', true);
        assert.ok(textAt > layout.textsAt);
        const badText = bytes.slice();
        badText[textAt] ^= 1;
        const withTexts = paperTable_1.PaperTable.from(badText.subarray(layout.tableStart));
        assert.equal(withTexts.texts(0), null);
        assert.deepEqual(withTexts.texts(1), table.texts(1));
    });
    it('keys and file names that are not well-formed text still find their entries', () => {
        const [entry] = papers();
        const odd = 'smith\ud8002020';
        const file = 'C:\\notes\\lib\udc00.bib';
        const table = paperTable_1.PaperTable.from((0, paperTable_1.encodePaperTable)(file, [{ ...entry, key: odd }, { ...entry, key: 'nul\u0000key' }]));
        assert.equal(table.file, file, 'the file name exactly');
        assert.equal(table.at(0).library.file, file);
        assert.equal(table.indexOf(odd), 0);
        assert.equal(table.indexOf('smith\ufffd2020'), 0, 'as it reads back');
        assert.equal(table.indexOf('nul\u0000key'), 1);
        assert.equal(table.indexOf('nul'), -1);
    });
    it('draws a seed for its hash table, so crafted keys collide in one table only', () => {
        const many = papers();
        const a = (0, paperTable_1.encodePaperTable)(FILE, many);
        const b = (0, paperTable_1.encodePaperTable)(FILE, many);
        assert.notDeepEqual(a, b, 'two seeds');
        assert.equal(paperTable_1.PaperTable.from(b).get('müller2020').title, 'Über Netze');
    });
    it('a plain library entry is stored as its fields in order, without their names', () => {
        const table = paperTable_1.PaperTable.from((0, paperTable_1.encodePaperTable)(FILE, papers()));
        const text = new TextDecoder().decode(table.hostBytes());
        assert.ok(text.includes('["Attention Is All You Need",0,2017,'), 'an array record, its cleaned title the title');
        assert.ok(!text.includes('"cleanTitle"'));
    });
});
describe('library tables: each rule that keeps a record whole or refuses it', () => {
    const [plain] = papers();
    it('stores as a whole object, and gives back as it was, each entry that is not plain for one reason alone', () => {
        const { bibtex: _b, csl: _c, ...library } = plain.library;
        const hostShaped = (paper) => ({ ...paper, cleanAbstract: '', library: { ...library, ...paper.library, bibtex: null, csl: undefined, hasBibtex: true, hasAbstract: true, hasCsl: !!plain.library.csl } });
        const cases = [
            ['upvotes', { ...plain, upvotes: 3 }],
            ['pages', { ...plain, pages: ['cv'] }],
            ['a raw abstract', { ...plain, abstract: 'raw' }],
            ['a field more', { ...plain, extra: 1 }],
            ['a summary field more', { ...plain, summary: { ...plain.summary, extra: 1 } }],
            ['a library field more', { ...plain, library: { ...plain.library, extra: 1 } }],
        ];
        for (const [why, paper] of cases) {
            const table = paperTable_1.PaperTable.from((0, paperTable_1.encodePaperTable)(FILE, [paper]));
            const expected = hostShaped(paper);
            delete expected.library.csl;
            assert.deepEqual(table.at(0), expected, why);
        }
    });
    it('says which texts an entry has: no BibTeX (a CSL-JSON entry), no abstract, no CSL item', () => {
        const bare = { ...plain, cleanAbstract: '', library: { ...plain.library, bibtex: null, csl: undefined } };
        const decoded = paperTable_1.PaperTable.from((0, paperTable_1.encodePaperTable)(FILE, [bare])).at(0);
        assert.deepEqual([decoded.library.hasBibtex, decoded.library.hasAbstract, decoded.library.hasCsl], [false, false, false]);
        const full = paperTable_1.PaperTable.from((0, paperTable_1.encodePaperTable)(FILE, [plain])).at(0);
        assert.deepEqual([full.library.hasBibtex, full.library.hasAbstract, full.library.hasCsl], [true, true, true]);
    });
    it('refuses a record of the wrong shape, field by field', () => {
        // Not plain (upvotes), so stored as the object it is: each field made the wrong type.
        const base = { ...plain, upvotes: 1 };
        const wrong = [
            ['key', (p) => (p.key = 1)], ['title', (p) => (p.title = null)], ['cleanTitle', (p) => (p.cleanTitle = 2)], ['year', (p) => (p.year = '2017')],
            ['date', (p) => (p.date = 2017)], ['codeUrl', (p) => (p.codeUrl = 3)], ['links', (p) => (p.links = [1])], ['pages', (p) => (p.pages = 'x')],
            ['upvotes', (p) => (p.upvotes = '1')],
            ['summary', (p) => (p.summary = 'x')], ['summary.kind', (p) => (p.summary.kind = 1)],
            ['summary.name', (p) => (p.summary.name = 1)], ['summary.family', (p) => (p.summary.family = 'cnn')],
            ['summary.modalities', (p) => (p.summary.modalities = null)], ['summary.tasks', (p) => (p.summary.tasks = [1])],
            ['summary.datasets', (p) => (p.summary.datasets = {})], ['summary.results', (p) => (p.summary.results = 'x')],
            ['library', (p) => (p.library = 'x')], ['library.line', (p) => (p.library.line = '1')],
            ['library.type', (p) => (p.library.type = null)], ['library.authors', (p) => (p.library.authors = 'A')],
        ];
        for (const [field, spoil] of wrong) {
            const paper = structuredClone(base);
            spoil(paper);
            const table = paperTable_1.PaperTable.from((0, paperTable_1.encodePaperTable)(FILE, [paper, base]));
            assert.equal(table.at(0), undefined, field);
            assert.ok(table.at(1), `${field}: the other entry still reads`);
        }
        assert.ok(paperTable_1.PaperTable.from((0, paperTable_1.encodePaperTable)(FILE, [{ ...base, year: null, date: null, codeUrl: 'https://x.org', summary: null }])).at(0), 'nulls where they are allowed');
    });
    it('refuses a header that does not fit its bytes', () => {
        const bytes = (0, paperTable_1.encodePaperTable)(FILE, papers());
        const words = (edit) => {
            const copy = bytes.slice();
            edit(new Uint32Array(copy.buffer, 0, copy.length >> 2));
            return copy;
        };
        assert.equal(paperTable_1.PaperTable.from(bytes.subarray(0, 39)), null, 'shorter than a header');
        assert.equal(paperTable_1.PaperTable.from(words((view) => (view[3] = 1))), null, 'fewer than two slots');
        assert.equal(paperTable_1.PaperTable.from(words((view) => (view[8] += 4))), null, 'texts not where the sections end');
        assert.equal(paperTable_1.PaperTable.from(words((view) => (view[6] += 1))), null, 'texts longer than the bytes');
        const table = paperTable_1.PaperTable.from(bytes);
        const textWord = table.textsStart / 4;
        assert.equal(paperTable_1.PaperTable.from(words((view) => (view[textWord + 1] = view[textWord + 2] + 1))), null, 'text offsets out of order');
        assert.equal(paperTable_1.PaperTable.from(words((view) => (view[textWord] = 1))), null, 'text offsets not from zero');
        // A file name that is JSON but not a string.
        const other = (0, paperTable_1.encodePaperTable)('x', []);
        const at = Buffer.from(other).indexOf('"x"');
        const spoiled = other.slice();
        spoiled.set(new TextEncoder().encode('123'), at);
        assert.equal(paperTable_1.PaperTable.from(spoiled), null, 'a file name that is not a string');
        // Every slot is checked, the last one too.
        const slots = new Uint32Array(bytes.buffer, 0, 10)[3];
        const lastSlot = 10 + 2 * 5 + slots - 1;
        assert.equal(paperTable_1.PaperTable.from(words((view) => (view[lastSlot] = 5))), null, 'the last slot names no entry');
    });
    it('a reading is refused when its layout, its problems or its table do not fit', () => {
        const table = paperTable_1.PaperTable.from((0, paperTable_1.encodePaperTable)(FILE, papers()));
        const bytes = (0, paperTable_1.encodeReading)([], undefined, table);
        const view = (edit) => {
            const copy = bytes.slice();
            edit(new DataView(copy.buffer));
            return copy;
        };
        assert.equal(decodeReading(view((d) => d.setUint32(0, 1, true))), null, 'magic');
        assert.equal(decodeReading(view((d) => d.setUint32(8, d.getUint32(8, true) + 4, true))), null, 'the table not after the problems');
        assert.equal(decodeReading(view((d) => d.setUint32(12, d.getUint32(8, true) - 4, true))), null, 'texts before the table');
        assert.equal(decodeReading(view((d) => d.setUint32(16, 3, true))), null, 'another count');
        assert.equal(decodeReading(view((d) => d.setUint32(20, d.getUint32(20, true) ^ 1, true))), null, 'another checksum');
        const notErrors = (0, paperTable_1.encodeReading)([], undefined, table);
        const at = Buffer.from(notErrors).indexOf('"errors":[]');
        notErrors.set(new TextEncoder().encode('"errors":{}'), at);
        assert.equal(decodeReading(notErrors), null, 'problems that are not a list');
        assert.deepEqual(decodeReading(bytes).errors, []);
        assert.equal(decodeReading(bytes).fatal, undefined);
        assert.ok(!('fatal' in decodeReading(bytes)), 'no fatal when there is none');
    });
});
