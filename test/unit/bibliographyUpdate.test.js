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
const bibtex_1 = require("../../src/core/bibtex");
const bibliographyUpdate_1 = require("../../src/core/bibliographyUpdate");
const bibScanner_1 = require("../../src/core/library/bibScanner");
const textEdit_1 = require("../../src/core/textEdit");
const helpers_1 = require("./helpers");
const sliced = (0, helpers_1.paperByTitle)('Sliced Recursive Transformer');
const mamba = (0, helpers_1.paperByTitle)('Mamba: Linear-Time Sequence Modeling with Selective State Spaces');
const USER = `% My library — hand written, odd spacing kept; mail me@example.org
@Article{ vaswani2017,
  author = {Vaswani, Ashish and others},
  title  = "Attention Is All You Need",
  year=2017
}

@comment{ a comment with @ and {braces} }
@misc(mamba2023,
  title = {My own notes on Mamba},
)
`;
function plan(existing, papers = [sliced]) {
    const outcome = (0, bibliographyUpdate_1.planBibliography)(existing, papers);
    assert.ok(!outcome.refused, outcome.refused ? outcome.reason : '');
    return outcome;
}
describe('bibliography update: what is Paper Notes\' own', () => {
    it('marks its entries with a fingerprint of their own text', () => {
        const entry = (0, bibtex_1.toBibtex)(sliced).trimEnd();
        assert.match(entry, /,\n {2}papernotes = \{[0-9a-f]{16}\}\n\}$/);
        assert.ok((0, bibtex_1.isUnchangedOwnEntry)(entry));
        assert.ok((0, bibtex_1.isUnchangedOwnEntry)(entry.replace(/\n/g, '\r\n')), 'line endings do not count as an edit');
        assert.ok(!(0, bibtex_1.isUnchangedOwnEntry)(entry.replace('Sliced', 'Sliced (my edit)')), 'an edited title makes it the user\'s');
        assert.ok(!(0, bibtex_1.isUnchangedOwnEntry)(entry.replace('2021', '2022')));
        assert.ok(!(0, bibtex_1.isUnchangedOwnEntry)(entry.replace(/papernotes = \{[0-9a-f]+\}/, 'papernotes = {0000000000000000}')));
        assert.ok(!(0, bibtex_1.isUnchangedOwnEntry)(`@misc{mine,\n  note = {Paper Notes catalogue},\n  keywords = {Paper Notes catalogue}\n}`), 'the marker keyword alone is not enough');
    });
});
describe('bibliography update: merging', () => {
    it('appends new entries and keeps the user\'s text byte for byte', () => {
        const result = plan(USER);
        assert.ok(result.text.startsWith(USER));
        assert.deepEqual(result.added, ['slicedrecursive2021']);
        assert.equal((0, bibScanner_1.scanBibText)(result.text).entries.length, 3);
        assert.equal((0, textEdit_1.applyEdits)(USER, result.edits), result.text);
    });
    it('never overwrites an entry the user wrote for the same key', () => {
        const result = plan(USER, [mamba]);
        assert.equal(result.text, USER);
        assert.deepEqual(result.keptUsers, ['mamba2023']);
        assert.ok(result.unchanged);
    });
    it('updates its own unchanged entries in place and leaves everything else', () => {
        const stale = (0, bibtex_1.toBibtex)({ ...sliced, cleanTitle: 'An Old Title' }).trimEnd();
        const before = `${USER}\n${stale}\n\n% trailing note\n`;
        const result = plan(before);
        assert.deepEqual(result.updated, ['slicedrecursive2021']);
        assert.equal(result.text, `${USER}\n${(0, bibtex_1.toBibtex)(sliced).trimEnd()}\n\n% trailing note\n`);
        assert.ok(plan(result.text).unchanged, 'a second update changes nothing');
    });
    it('keeps an entry it wrote once the user edited it, even with the marker text in it, and says so', () => {
        const edited = (0, bibtex_1.toBibtex)({ ...sliced, cleanTitle: 'An Old Title' }).trimEnd().replace('keywords = {', 'note2 = {my addition: Paper Notes catalogue},\n  keywords = {');
        const before = `${USER}\n${edited}\n`;
        const result = plan(before);
        assert.equal(result.text, before);
        assert.deepEqual(result.keptEdited, ['slicedrecursive2021']);
        assert.match((0, bibliographyUpdate_1.bibliographyMessage)('references.bib', result, 1), /1 you edited, kept as yours \(slicedrecursive2021\)/);
        const pasted = `@misc{slicedrecursive2021,\n  title = {My notes},\n  note = {Paper Notes catalogue},\n  keywords = {Paper Notes catalogue}\n}\n`;
        assert.deepEqual(plan(pasted).keptUsers, ['slicedrecursive2021']);
    });
    it('writes with the file\'s line endings and keeps its byte order mark', () => {
        const crlf = USER.replace(/\n/g, '\r\n');
        const result = plan(crlf);
        assert.ok(result.text.startsWith(crlf));
        assert.doesNotMatch(result.text.replace(/\r\n/g, ''), /\n/, 'every appended line ends in CRLF');
        assert.ok(plan(result.text).unchanged, 'a CRLF entry of its own is still its own');
        const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(USER)]);
        const bytes = (0, bibliographyUpdate_1.planBibliographyBytes)(bom, [sliced]);
        assert.ok(!bytes.refused);
        assert.deepEqual([...bytes.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
        assert.equal(new TextDecoder().decode(bytes.bytes.subarray(3)), bytes.text);
    });
    it('refuses a file that is not UTF-8, naming the line of the first bad byte', () => {
        const latin1 = new Uint8Array([...new TextEncoder().encode('@misc{a,\n  title = {M'), 0xfc, ...new TextEncoder().encode('ller}\n}\n')]);
        const outcome = (0, bibliographyUpdate_1.planBibliographyBytes)(latin1, [sliced]);
        assert.ok(outcome.refused);
        assert.match(outcome.reason, /^line 2, byte 13 is not valid UTF-8 \(0xfc\)/);
        assert.match((0, bibliographyUpdate_1.bibliographyMessage)('refs.bib', outcome, 1), /^cannot update refs\.bib: line 2, byte 13 .* Nothing was written\.$/);
    });
    it('refuses a malformed file, saying where', () => {
        const outcome = (0, bibliographyUpdate_1.planBibliography)('@article{ok,\n title={x}}\n\n@book{broken,\n title = {no end}\n', [sliced]);
        assert.ok(outcome.refused);
        assert.equal(outcome.reason, "line 4, column 1: entry is not closed: a '}' is missing");
    });
    it('creates a new file from nothing, and says what it did', () => {
        const outcome = (0, bibliographyUpdate_1.planBibliographyBytes)(null, [sliced, mamba]);
        assert.ok(!outcome.refused);
        assert.deepEqual((0, bibScanner_1.scanBibText)(outcome.text).entries.map((entry) => entry.key), ['slicedrecursive2021', 'mamba2023']);
        assert.equal((0, bibliographyUpdate_1.bibliographyMessage)('references.bib', outcome, 2), 'references.bib updated (2 cited papers: 2 added).');
        assert.equal((0, bibliographyUpdate_1.bibliographyMessage)('references.bib', plan(outcome.text, [sliced, mamba]), 2), 'references.bib is up to date (2 cited papers).');
    });
});
describe('bibliography update: the rules, one by one', () => {
    const mine = (key) => `@misc{${key}, title = {Mine}}`;
    it('appends after exactly one blank line, whatever the file ends with', () => {
        const fresh = (0, bibtex_1.toBibtex)(sliced);
        assert.equal(plan('').text, fresh);
        assert.equal(plan(mine('x')).text, `${mine('x')}\n\n${fresh}`);
        assert.equal(plan(`${mine('x')}\n`).text, `${mine('x')}\n\n${fresh}`);
        assert.equal(plan(`${mine('x')}\n\n`).text, `${mine('x')}\n\n${fresh}`);
        assert.equal(plan(`${mine('x')}\r\n\r\n`).text, `${mine('x')}\r\n\r\n${fresh.replace(/\n/g, '\r\n')}`);
        assert.equal(plan(`${mine('x')}\r\n`).text, `${mine('x')}\r\n\r\n${fresh.replace(/\n/g, '\r\n')}`);
        assert.equal(plan('', [sliced, mamba]).text, `${fresh}\n${(0, bibtex_1.toBibtex)(mamba)}`);
    });
    it('refreshes stale entries of its own in place, in order, with the file\'s line endings', () => {
        const staleA = (0, bibtex_1.toBibtex)({ ...sliced, cleanTitle: 'Old A' }).trimEnd().replace(/\n/g, '\r\n');
        const staleB = (0, bibtex_1.toBibtex)({ ...mamba, cleanTitle: 'Old B' }).trimEnd().replace(/\n/g, '\r\n');
        const before = `${staleB}\r\n\r\n${mine('x')}\r\n\r\n${staleA}\r\n`;
        const result = plan(before, [sliced, mamba]);
        assert.deepEqual(result.updated, ['slicedrecursive2021', 'mamba2023']);
        assert.deepEqual(result.edits.map((edit) => edit.start), [0, before.indexOf('@misc{slicedrecursive2021')], 'edits in order of the file');
        assert.equal(result.text, `${(0, bibtex_1.toBibtex)(mamba).trimEnd().replace(/\n/g, '\r\n')}\r\n\r\n${mine('x')}\r\n\r\n${(0, bibtex_1.toBibtex)(sliced).trimEnd().replace(/\n/g, '\r\n')}\r\n`);
    });
    it('treats a key defined twice: any entry of the user\'s wins; its own duplicates are all refreshed', () => {
        const own = (0, bibtex_1.toBibtex)({ ...sliced, cleanTitle: 'Old' }).trimEnd();
        const users = plan(`${own}\n\n@misc{slicedrecursive2021, title = {Mine}}\n`);
        assert.deepEqual([users.keptUsers, users.keptEdited, users.updated, users.unchanged], [['slicedrecursive2021'], [], [], true]);
        const edited = plan(`${own.replace('Old', 'Older')}\n\n${own}\n`);
        assert.deepEqual([edited.keptUsers, edited.keptEdited, edited.unchanged], [[], ['slicedrecursive2021'], true], 'one of its own edited: all kept');
        const twice = plan(`${own}\n\n${own}\n`);
        assert.deepEqual(twice.updated, ['slicedrecursive2021']);
        assert.equal(twice.edits.length, 2);
        const userPlain = plan(`@misc{slicedrecursive2021, title = {Mine}}\n`);
        assert.deepEqual([userPlain.keptUsers, userPlain.keptEdited], [['slicedrecursive2021'], []]);
    });
    it('says how many problems a malformed file has', () => {
        const outcome = (0, bibliographyUpdate_1.planBibliography)('@misc{a, t = {x}\n@misc{b, t = {y}\n@misc{c, t = {z}\n', [sliced]);
        assert.ok(outcome.refused);
        assert.equal(outcome.reason, "line 1, column 1: entry is not closed: a '}' is missing (and 2 more problems)");
        const two = (0, bibliographyUpdate_1.planBibliography)('@misc{a, t = {x}\n@misc{b, t = {y}\n', [sliced]);
        assert.ok(two.refused);
        assert.match(two.reason, /\(and 1 more problem\)$/);
    });
    it('passes a refusal on from the bytes, and writes nothing for an unchanged file', () => {
        const bad = (0, bibliographyUpdate_1.planBibliographyBytes)(new TextEncoder().encode('@misc{a, t = {x}\n'), [sliced]);
        assert.ok(bad.refused);
        const same = (0, bibliographyUpdate_1.planBibliographyBytes)(new TextEncoder().encode((0, bibtex_1.toBibtex)(sliced)), [sliced]);
        assert.ok(!same.refused && same.unchanged && same.edits.length === 0);
        assert.equal(same.source, (0, bibtex_1.toBibtex)(sliced));
        const none = (0, bibliographyUpdate_1.planBibliographyBytes)(null, []);
        assert.ok(!none.refused && none.unchanged && none.text === '' && none.bytes.length === 0);
    });
    it('speaks in whole sentences, singular and plural', () => {
        const base = { refused: false, text: '', edits: [], added: [], updated: [], keptEdited: [], keptUsers: [], unchanged: false };
        assert.equal((0, bibliographyUpdate_1.bibliographyMessage)('r.bib', { ...base, added: ['a'], updated: ['b', 'c'], keptUsers: ['d'] }, 1), 'r.bib updated (1 cited paper: 1 added, 2 updated, 1 kept as you wrote it).');
        assert.equal((0, bibliographyUpdate_1.bibliographyMessage)('r.bib', { ...base, keptUsers: ['d', 'e'], keptEdited: ['f', 'g'], unchanged: true }, 4), 'r.bib is up to date (4 cited papers: 2 kept as you wrote them, 2 you edited, kept as yours (f, g)).');
        assert.equal((0, bibliographyUpdate_1.bibliographyMessage)('r.bib', { ...base, unchanged: true }, 0), 'r.bib is up to date (0 cited papers).');
        assert.equal((0, bibliographyUpdate_1.bibliographyMessage)('r.bib', { refused: true, reason: 'why' }, 3), 'cannot update r.bib: why. Nothing was written.');
    });
});
