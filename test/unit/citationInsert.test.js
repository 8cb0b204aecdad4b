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
const citationInsert_1 = require("../../src/core/citationInsert");
const citationSyntax_1 = require("../../src/core/citationSyntax");
const citationFormat_1 = require("../../src/core/citationFormat");
const helpers_1 = require("./helpers");
const a = (0, helpers_1.makePaper)({ key: 'alpha2020', cleanTitle: 'Alpha: One', year: 2020, codeUrl: 'https://github.com/a/alpha' });
const b = (0, helpers_1.makePaper)({ key: 'beta2021', cleanTitle: 'Beta [Two]', year: 2021, summary: { kind: 'architecture', name: 'BetaNet', family: [], modalities: [], tasks: [], datasets: [], results: [], complexity: null } });
const apply = (line, edit) => (edit ? line.slice(0, edit.start) + edit.text + line.slice(edit.end) : line);
/** The edit for a cursor or selection on one line of inline text. */
const edit = (line, start, end, papers, format) => (0, citationInsert_1.citationEdit)((0, citationInsert_1.citeContextAt)((0, citationSyntax_1.findCitations)(line), start), start, end, papers, format);
describe('citation formats', () => {
    it('writes pandoc, latex and markdown citations', () => {
        assert.equal((0, citationFormat_1.formatCitation)([a, b], 'pandoc'), '[@alpha2020; @beta2021]');
        assert.equal((0, citationFormat_1.formatCitation)([a, b], 'latex'), '\\cite{alpha2020,beta2021}');
        assert.equal((0, citationFormat_1.formatCitation)([a, b], 'markdown'), '[Alpha: One (2020)](https://github.com/a/alpha); *Beta \\[Two\\] (2021)*');
    });
    it('fills templates, leaving unknown placeholders as written', () => {
        assert.equal((0, citationFormat_1.applyTemplate)('${name} (${year}) ${key} ${codeUrl} ${nope}', b), 'BetaNet (2021) beta2021  ${nope}');
        assert.equal((0, citationFormat_1.formatCitation)([a, b], '{@${key}}'), '{@alpha2020}; {@beta2021}');
    });
});
describe('citationEdit', () => {
    it('inserts a new citation at the cursor', () => {
        const line = 'As shown  here.';
        assert.equal(apply(line, edit(line, 9, 9, [a], 'pandoc')), 'As shown [@alpha2020] here.');
    });
    it('replaces the selection', () => {
        const line = 'As shown CITE here.';
        assert.equal(apply(line, edit(line, 9, 13, [a, b], 'latex')), 'As shown \\cite{alpha2020,beta2021} here.');
    });
    it('joins an existing Pandoc citation instead of nesting', () => {
        const line = 'See [@alpha2020, p. 3] now.';
        assert.equal(apply(line, edit(line, 8, 8, [b], 'pandoc')), 'See [@alpha2020, p. 3; @beta2021] now.');
        assert.equal(edit(line, 8, 8, [a], 'pandoc'), null);
        assert.equal(apply(line, edit(line, 8, 8, [a, b], 'pandoc')), 'See [@alpha2020, p. 3; @beta2021] now.');
    });
    it('does not join outside a citation or in other formats', () => {
        const line = 'See [@alpha2020] now.';
        assert.equal(apply(line, edit(line, 0, 0, [b], 'pandoc')), '[@beta2021]See [@alpha2020] now.');
        assert.equal(apply(line, edit(line, 16, 16, [b], 'latex')), 'See [@alpha2020]\\cite{beta2021} now.');
    });
    it('never splits a key: a cursor inside one cites after its group, or after the key', () => {
        const grouped = 'See [@alpha2020] now.';
        assert.equal(apply(grouped, edit(grouped, 8, 8, [b], 'latex')), 'See [@alpha2020] \\cite{beta2021} now.');
        assert.equal(apply(grouped, edit(grouped, 8, 8, [b], 'markdown')), 'See [@alpha2020] *Beta \\[Two\\] (2021)* now.');
        const bare = 'As @alpha2020 says.';
        assert.equal(apply(bare, edit(bare, 6, 6, [b], 'pandoc')), 'As @alpha2020 [@beta2021] says.');
        assert.equal(apply(bare, edit(bare, 4, 4, [b], 'latex')), 'As @alpha2020 \\cite{beta2021} says.');
        // At the key's edges nothing is split: the citation goes where the cursor is.
        assert.equal(apply(bare, edit(bare, 3, 3, [b], 'pandoc')), 'As [@beta2021]@alpha2020 says.');
        assert.equal(apply(bare, edit(bare, 13, 13, [b], 'pandoc')), 'As @alpha2020[@beta2021] says.');
    });
});
describe('checking the citation format setting', () => {
    it('takes the three formats and templates of the documented placeholders', () => {
        for (const format of ['pandoc', 'latex', 'markdown', '${key}', '[@${key}] (${name}, ${year}) ${title} ${codeUrl}'])
            assert.deepEqual((0, citationFormat_1.checkCitationFormat)(format), { format });
        assert.deepEqual((0, citationFormat_1.checkCitationFormat)(''), { format: 'pandoc' });
        assert.deepEqual((0, citationFormat_1.checkCitationFormat)(undefined), { format: 'pandoc' });
        assert.deepEqual((0, citationFormat_1.checkCitationFormat)('  latex '), { format: 'latex' });
    });
    it('refuses a misspelt name or an unknown placeholder with a message, and gives Pandoc\'s format', () => {
        const misspelt = (0, citationFormat_1.checkCitationFormat)('Pandoc');
        assert.equal(misspelt.format, 'pandoc');
        assert.match(misspelt.error ?? '', /^paperNotes\.citationFormat 'Pandoc' is not a citation format \(did you mean 'pandoc'\?\): use pandoc, latex, markdown, or a template with \$\{key\}/);
        const unsafe = (0, citationFormat_1.checkCitationFormat)('${key} ${constructor} ${__proto__}');
        assert.match(unsafe.error ?? '', /uses unknown placeholders \$\{constructor\}, \$\{__proto__\}/);
        assert.match((0, citationFormat_1.checkCitationFormat)('apa').error ?? '', /'apa' is not a citation format: use/);
    });
    it('fills only the documented placeholders: nothing of JavaScript leaks into a citation', () => {
        assert.equal((0, citationFormat_1.applyTemplate)('${constructor}${toString}${__proto__}${key}', a), '${constructor}${toString}${__proto__}alpha2020');
        assert.equal((0, citationFormat_1.applyTemplate)('${year}', (0, helpers_1.makePaper)({ year: null, date: null })), 'n.d.');
    });
});
