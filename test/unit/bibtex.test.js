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
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const bibtex_1 = require("../../src/core/bibtex");
const helpers_1 = require("./helpers");
describe('BibTeX', () => {
    it('escapes LaTeX special characters and keeps non-ASCII', () => {
        assert.equal((0, bibtex_1.escapeBibtex)('50% of A&B_c #1 $x$ ^ ~ {y} \\z Δ×é'), '50\\% of A\\&B\\_c \\#1 \\$x\\$ \\^{} \\textasciitilde{} \\{y\\} \\textbackslash{}z Δ×é');
    });
    it('writes a @misc entry with title, year, date, code url and no invented authors', () => {
        const entry = (0, bibtex_1.toBibtex)((0, helpers_1.makePaper)({ key: 'x2024', cleanTitle: 'Δ-DiT: 50% {Faster}', codeUrl: 'https://github.com/a/b_c', authorsCount: 8 }));
        assert.match(entry, /^@misc\{x2024,\n/);
        assert.match(entry, /title = \{\{Δ-DiT: 50\\% \\\{Faster\\\}\}\}/);
        assert.match(entry, /year = \{2024\}/);
        assert.match(entry, /date = \{2024-01-02\}/);
        assert.match(entry, /url = \{https:\/\/github.com\/a\/b_c\}/);
        assert.doesNotMatch(entry, /author\s*=/);
        assert.match(entry, /note = \{8 authors \(names not listed\)\}/);
    });
    it('leaves out url when there is no code link', () => {
        assert.doesNotMatch((0, bibtex_1.toBibtex)((0, helpers_1.makePaper)()), /url =/);
    });
    it('writes exactly this entry, field by field, fingerprint last', () => {
        const paper = (0, helpers_1.makePaper)({ key: 'one2020', cleanTitle: 'One {Model}', year: 2020, date: '2020-03-04', authorsCount: 1, codeUrl: 'https://github.com/a/b c{d}', cleanAbstract: 'We use 5% & more_.' });
        const entry = (0, bibtex_1.toBibtex)(paper);
        const body = '@misc{one2020,\n  title = {{One \\{Model\\}}},\n  year = {2020},\n  date = {2020-03-04},\n  url = {https://github.com/a/b%20c%7Bd%7D},\n'
            + '  note = {1 author (names not listed)},\n  abstract = {We use 5\\% \\& more\\_.},\n  keywords = {Paper Notes catalogue}';
        assert.equal(entry, `${body},\n  papernotes = {${(0, bibtex_1.fingerprint)(`${body}\n}`)}}\n}\n`);
    });
    it('writes an undated paper without year, date or author count: Pandoc prints n.d.', () => {
        const entry = (0, bibtex_1.toBibtex)((0, helpers_1.makePaper)({ key: 'undated', year: null, date: null, authorsCount: null }));
        assert.doesNotMatch(entry, /year =|date =|note =/);
        assert.match(entry, /^@misc\{undated,\n {2}title = \{\{A Test Paper\}\},\n {2}abstract = /);
    });
    it('joins entries into a file with a blank line between them', () => {
        const [a, b] = [(0, helpers_1.makePaper)({ key: 'a2020' }), (0, helpers_1.makePaper)({ key: 'b2020' })];
        assert.equal((0, bibtex_1.toBibtexFile)([a, b]), `${(0, bibtex_1.toBibtex)(a)}\n${(0, bibtex_1.toBibtex)(b)}`);
        assert.equal((0, bibtex_1.toBibtexFile)([]), '');
    });
    it('fingerprints text: 16 hex digits, a different one for any change', () => {
        // Pinned: a change would make every entry users have look edited.
        assert.equal((0, bibtex_1.fingerprint)(''), '488bdcb81aee8d83');
        assert.equal((0, bibtex_1.fingerprint)('abc'), '7a91f9f91ac18c8d');
        for (let n = 0; n < 300; n++)
            assert.match((0, bibtex_1.fingerprint)(String(n)), /^[0-9a-f]{16}$/);
        assert.equal((0, bibtex_1.fingerprint)('abc'), (0, bibtex_1.fingerprint)('abc'));
        const seen = new Set(['abc', 'abd', 'acb', 'abc ', ' abc', 'ab', 'x'.repeat(1000), 'x'.repeat(1001)].map(bibtex_1.fingerprint));
        assert.equal(seen.size, 8);
        assert.notEqual((0, bibtex_1.fingerprint)('a'), (0, bibtex_1.fingerprint)('b'));
    });
    it('keeps braces balanced in every catalogue entry', () => {
        for (const paper of (0, helpers_1.realCatalogue)().papers) {
            const entry = (0, bibtex_1.toBibtex)(paper).replace(/\\[{}]/g, '');
            let depth = 0;
            for (const ch of entry) {
                if (ch === '{')
                    depth++;
                if (ch === '}')
                    depth--;
                assert.ok(depth >= 0, paper.key);
            }
            assert.equal(depth, 0, paper.key);
        }
    });
    it('is accepted by pandoc --citeproc for every key, without warnings', function () {
        this.timeout(60000);
        const dir = (0, helpers_1.tempDir)('bib');
        const papers = (0, helpers_1.realCatalogue)().papers;
        fs.writeFileSync(path.join(dir, 'references.bib'), (0, bibtex_1.toBibtexFile)(papers));
        fs.writeFileSync(path.join(dir, 'note.md'), papers.map((paper) => `Cited [@${paper.key}].`).join('\n\n'));
        const run = (0, node_child_process_1.spawnSync)('pandoc', ['note.md', '--citeproc', '--bibliography', 'references.bib', '-t', 'plain', '--wrap=none'], { cwd: dir, encoding: 'utf8' });
        if (run.error?.code === 'ENOENT') {
            assert.fail('pandoc is not installed: apt-get install pandoc (.ci/run installs it)');
        }
        assert.equal(run.status, 0, run.stderr);
        const { stdout, stderr } = run;
        assert.equal(stderr, '');
        assert.doesNotMatch(stdout, /\?\?|citation .* not found/i);
        const letters = (text) => text.replace(/[^\p{L}\p{N}]/gu, '');
        const references = letters(stdout);
        for (const paper of papers) {
            assert.ok(references.includes(letters(paper.cleanTitle)), `${paper.key}'s title is missing from pandoc's references`);
        }
        assert.ok(stdout.includes('Δ-DiT'));
    });
});
