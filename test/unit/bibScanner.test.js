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
const node_child_process_1 = require("node:child_process");
const bibScanner_1 = require("../../src/core/library/bibScanner");
const common_1 = require("../../bench/common");
const helpers_1 = require("./helpers");
const keys = (text) => (0, bibScanner_1.scanBibText)(text).entries.map((entry) => entry.key);
const errors = (text) => (0, bibScanner_1.scanBibText)(text).errors.map((error) => `${error.line}:${error.column} ${error.message}`);
/** Parses files with Better BibTeX's own parser (an ES module), in a child process: the keys it reads and its errors per file. */
function retorquere(files) {
    const script = `import * as p from '@retorquere/bibtex-parser';
let input = ''; process.stdin.on('data', (d) => input += d).on('end', () => {
  const out = JSON.parse(input).map((text) => { const r = p.parse(text); return { keys: r.entries.map((e) => e.key), errors: r.errors.length }; });
  process.stdout.write(JSON.stringify(out));
});`;
    const run = (0, node_child_process_1.spawnSync)(process.execPath, ['--input-type=module', '-e', script], { cwd: helpers_1.ROOT, input: JSON.stringify(files), encoding: 'utf8', maxBuffer: 1 << 28 });
    assert.equal(run.status, 0, run.stderr);
    return JSON.parse(run.stdout);
}
describe('BibTeX entry scanner', () => {
    it('finds entries with their type, key, span, line and column', () => {
        const text = '% header, mail me@example.org\n@Article{ vaswani2017,\n  title = "Attention"\n}\n\n  @misc(mamba2023, title = {x})\n';
        const { entries } = (0, bibScanner_1.scanBibText)(text);
        assert.deepEqual(entries.map((entry) => [entry.type, entry.key, entry.line, entry.column]), [['article', 'vaswani2017', 2, 1], ['misc', 'mamba2023', 6, 3]]);
        assert.equal(text.slice(entries[0].start, entries[0].end), '@Article{ vaswani2017,\n  title = "Attention"\n}');
        assert.equal(text.slice(entries[1].start, entries[1].end), '@misc(mamba2023, title = {x})');
    });
    it('accepts valid BibTeX that was refused before: ) in quotes and braces, @comment free text, no fields, + and : in field names', () => {
        const text = [
            '@article(k1, title = "a ) b", url = {https://medium.com/@jane/post})',
            '@comment this is free text, write to jane@example.org',
            '@misc{k2}',
            '@misc{k3, title+ = {x}, sub:title = {y}, title = {z}}',
            '@misc{k4, title = {a \\{ b}, note = "a } b"}',
            '@string{venue = "NeurIPS"}', '@preamble{"\\newcommand{\\x}{y}"}',
            '@Comment{jabref-meta: databaseType:biblatex;}',
            '@misc{k5, title={ok}} % a trailing comment with @x',
        ].join('\n');
        assert.deepEqual(errors(text), []);
        assert.deepEqual(keys(text), ['k1', 'k2', 'k3', 'k4', 'k5']);
    });
    it('reports a malformed entry at its line and column, and reads the rest', () => {
        const text = '@article{ok,\n title={x}}\n\n@book{broken,\n title = {no end}\n\n@misc{after, title={z}}\n';
        assert.deepEqual(errors(text), ["4:1 entry is not closed: a '}' is missing"]);
        assert.deepEqual(keys(text), ['ok', 'after']);
        assert.deepEqual(errors('@misc{, title={x}}'), ["1:7 @misc entry has no citation key followed by ','"]);
        assert.deepEqual(errors('text @ 123'), ["1:6 expected an entry type and '{' or '(' after '@'"]);
        assert.deepEqual(errors('@misc{a b, title={x}}'), ["1:9 @misc{a: expected ',' after the citation key"]);
    });
    it('reads types and keys the way BibTeX tools do: spaces anywhere, any case, all kinds of key characters', () => {
        const text = '@\t Misc \r\n{ k1 ,title={a}}\n@ARTICLE\f(k2)\n@inProceedings{Z9_-:k.3/x}\n@misc_x-1{k4}\n@book{k5{x}}\n';
        assert.deepEqual((0, bibScanner_1.scanBibText)(text).entries.map((entry) => [entry.type, entry.key]), [['misc', 'k1'], ['article', 'k2'], ['inproceedings', 'Z9_-:k.3/x'], ['misc_x-1', 'k4']]);
        assert.deepEqual(errors('@book{k5{x}}'), ["1:9 @book{k5: expected ',' after the citation key"], 'a key stops at a brace');
        assert.deepEqual(keys('@misc(k6)@misc{k7}'), ['k6', 'k7'], 'a key stops at its entry\'s closing delimiter');
        assert.deepEqual(keys('@misc{k8\t,\ntitle={x}}'), ['k8']);
        assert.deepEqual(keys('@misc{k9\r\n}'), ['k9']);
        assert.deepEqual(errors('@{k}'), ["1:1 expected an entry type and '{' or '(' after '@'"]);
        assert.deepEqual(errors('@misc k}'), ["1:1 expected an entry type and '{' or '(' after '@'"]);
    });
    it('gives each entry and error its line and column, whatever lies between', () => {
        const text = '\n\n  @misc{a}\n% @x\n\t@misc{b} @misc{c}\n@bad@misc{d}';
        const scan = (0, bibScanner_1.scanBibText)(text);
        assert.deepEqual(scan.entries.map((entry) => [entry.key, entry.line, entry.column]), [['a', 3, 3], ['b', 5, 2], ['c', 5, 11], ['d', 6, 5]]);
        assert.deepEqual(scan.errors.map((error) => [error.line, error.column, error.offset]), [[6, 1, text.indexOf('@bad')]]);
    });
    it('keeps comments and free text apart from entries', () => {
        assert.deepEqual(keys('% @misc{no}\n@misc{yes} % @misc{no2}\n@misc{yes2}'), ['yes', 'yes2']);
        assert.deepEqual(keys('%'), []);
        assert.deepEqual(keys('@comment not an entry @misc{no}'), [], '@comment free text runs to the end of its line');
        assert.deepEqual(keys('@comment{ @misc{no} }@misc{yes}'), ['yes']);
        assert.deepEqual(keys('@COMMENT(@misc{no})\n@misc{yes}'), ['yes']);
        assert.deepEqual(keys('@string{a = "x"} @preamble{"y"} @misc{k}'), ['k']);
        assert.deepEqual(keys('@misc{a} %@x\n@misc{b}'), ['a', 'b']);
    });
    it('reads quoted values at the entry\'s level: braces, ) and } inside them, escaped quotes', () => {
        assert.deepEqual(keys('@misc(a, t = "x ) {y} \\" z")@misc{b}'), ['a', 'b']);
        assert.deepEqual(keys('@misc{a, t = "x {"} y"}@misc{b}'), ['a', 'b'], 'a quote inside braces does not end the value');
        assert.deepEqual(keys('@misc{a, t = {x " y}, u = "z"}@misc{b}'), ['a', 'b'], 'a quote inside braces starts nothing');
        assert.deepEqual(keys('@misc(a, t = {x ) y})@misc{b}'), ['a', 'b']);
        assert.deepEqual(keys('@misc{a, t = "x } y"}@misc{b}'), ['a', 'b'], 'a lone } inside quotes is text');
        assert.deepEqual(keys('@misc{a, t = {x \\} y}}@misc{b}'), ['a', 'b'], 'an escaped brace does not count');
    });
    it('ends an unclosed entry where a new one starts a line, at the entry\'s level only', () => {
        const atLevel = '@misc{bad, title = {x},\n  @misc{good, title={y}}\n';
        assert.deepEqual(keys(atLevel), ['good']);
        assert.deepEqual(errors(atLevel), ["1:1 entry is not closed: a '}' is missing"]);
        assert.deepEqual(errors('@misc(bad, title = {x},\n@misc{good}'), ["1:1 entry is not closed: a ')' is missing"]);
        // Inside a value, a line that starts with an entry is part of the value (as Better BibTeX reads it).
        assert.deepEqual(keys('@misc{a, note = {\n@misc{x}\n}}\n@misc{b}'), ['a', 'b']);
        assert.deepEqual(keys('@misc{a, note = "\n@misc{x}\n"}\n@misc{b}'), ['a', 'b']);
        assert.deepEqual(keys('@misc{a, note = {x}\n  @see this}'), ['a'], 'an @ that starts no entry is text');
    });
    it('after an entry that runs to the end unclosed, reads on from the first entry inside it, strictly', () => {
        const text = '@misc{bad, t = {\n@misc{one, t = {x}}\n@misc{two, t = {\n@misc{three}\n';
        assert.deepEqual(keys(text), ['one', 'three']);
        assert.deepEqual(errors(text).map((error) => error.slice(0, 3)), ['1:1', '3:1']);
        assert.deepEqual(keys('@misc{bad, t = {x\n'), []);
        assert.deepEqual(errors('@misc{bad, t = {x\n'), ["1:1 entry is not closed: a '}' is missing"]);
    });
    it('keeps reading after an entry whose braces never close', () => {
        const text = '@misc{bad, title = {never closed,\n@misc{good1, title={a}}\n@misc{good2, title={b}}\n';
        assert.deepEqual(keys(text), ['good1', 'good2']);
        assert.equal((0, bibScanner_1.scanBibText)(text).errors.length, 1);
    });
    it('finds exactly the entries Better BibTeX\'s parser finds, on 3,000 generated valid files (property)', function () {
        this.timeout(60000);
        const next = (0, common_1.random)(2024);
        const pick = (items) => items[Math.floor(next() * items.length)];
        const values = ['{plain}', '"quoted"', '{a ) b}', '"a ) b"', '{a } b}'.replace('} b', '{} b'), '"a } b"', '{https://medium.com/@jane/post}',
            '{nested {braces} here}', '"with {braces} inside"', '{a \\{ b}', '2020', 'venue', 'venue # " 2020"', '{Müller and O\'Brien}', '{50\\%}'];
        const names = ['title', 'author', 'year', 'title+', 'sub:title', 'note', 'url', 'journal-title'];
        const files = [];
        const expected = [];
        for (let n = 0; n < 3000; n++) {
            const parts = ['@string{venue = "NeurIPS"}'];
            const fileKeys = [];
            const count = 1 + Math.floor(next() * 5);
            for (let e = 0; e < count; e++) {
                const key = `k${n}x${e}${pick(['', ':2020', '-a', '_b'])}`;
                const paren = next() < 0.4;
                const fields = Array.from({ length: Math.floor(next() * 4) }, () => `${pick(names)} = ${pick(values)}`);
                const body = [key, ...fields].join(pick([', ', ',\n  ']));
                parts.push(paren ? `@${pick(['misc', 'Article', 'BOOK'])}(${body}${next() < 0.3 ? ',' : ''})` : `@${pick(['misc', 'Article', 'inproceedings'])}{${body}${next() < 0.3 ? ',' : ''}}`);
                fileKeys.push(key);
                // Free text after @comment runs to the end of its line, so a line break follows it.
                if (next() < 0.2)
                    parts.push(pick(['% a comment me@example.org\n', '@comment free text, jane at example.org\n', '@comment{ a {braced} comment }', 'plain text between entries']));
            }
            files.push(parts.join(pick(['\n', '\n\n', ' '])));
            expected.push(fileKeys);
        }
        const oracle = retorquere(files);
        files.forEach((file, n) => {
            assert.equal(oracle[n].errors, 0, `the generator made an invalid file:\n${file}`);
            assert.deepEqual(oracle[n].keys, expected[n], file);
            assert.deepEqual(errors(file), [], file);
            assert.deepEqual(keys(file), expected[n], file);
        });
    });
    it('is linear: 200,000 entries on one line [size]', function () {
        this.timeout(20000);
        const text = Array.from({ length: 200000 }, (_, i) => `@misc{k${i}, title = {T ${i}}, note = "a ) b"}`).join(' ');
        assert.equal((0, bibScanner_1.scanBibText)(text).entries.length, 200000);
    });
});
