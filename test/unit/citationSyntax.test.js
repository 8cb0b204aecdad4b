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
const citationSyntax_1 = require("../../src/core/citationSyntax");
const keys = (line) => (0, citationSyntax_1.findCitations)(line).map((citation) => citation.key);
describe('citation syntax', () => {
    it('finds every Pandoc form', () => {
        assert.deepEqual(keys('As shown [@specdetr2024].'), ['specdetr2024']);
        assert.deepEqual(keys('[@key, p. 33]'), ['key']);
        assert.deepEqual(keys('[see @a, ch. 1; also @b]'), ['a', 'b']);
        assert.deepEqual(keys('[-@key]'), ['key']);
        assert.deepEqual(keys('@key says so'), ['key']);
        assert.deepEqual(keys('@{weird key}'), ['weird key']);
        assert.deepEqual(keys('and @smith2020.'), ['smith2020']);
        assert.deepEqual(keys('keys with internal punctuation @doe:2020-b; here'), ['doe:2020-b']);
    });
    it('gives exact ranges, locators and prefixes', () => {
        const line = 'x [see @alpha2020, p. 3; -@beta2021] y';
        const [a, b] = (0, citationSyntax_1.findCitations)(line);
        assert.equal(line.slice(a.start, a.end), '@alpha2020');
        assert.equal(line.slice(a.keyStart, a.keyEnd), 'alpha2020');
        assert.equal(a.prefix, 'see');
        assert.equal(a.locator, 'p. 3');
        assert.equal(line.slice(b.start, b.end), '-@beta2021');
        assert.ok(b.suppressAuthor);
        assert.deepEqual(a.group, { start: 2, end: line.indexOf(']') + 1 });
        assert.deepEqual(a.group, b.group);
    });
    it('ignores code spans, e-mails, escapes and link targets', () => {
        assert.deepEqual(keys('`[@code]` and ``a @b`` but [@real]'), ['real']);
        assert.deepEqual(keys('mail me at someone@example.com'), []);
        assert.deepEqual(keys('an escaped \\@notakey'), []);
        assert.deepEqual(keys('a double-escaped \\\\@key'), ['key']);
        assert.deepEqual(keys('@'), []);
        assert.deepEqual(keys('@ alone'), []);
    });
    it('handles unicode around keys', () => {
        assert.deepEqual(keys('Δ-DiT [@deltadit2024]—fast'), ['deltadit2024']);
        assert.deepEqual(keys('«@müller2020»'), ['müller2020']);
    });
    it('finds the citation and group under the cursor', () => {
        const line = 'see [@a; @bb] now';
        const citations = (0, citationSyntax_1.findCitations)(line);
        assert.equal((0, citationSyntax_1.citationAt)(citations, line.indexOf('bb'))?.key, 'bb');
        assert.equal((0, citationSyntax_1.citationAt)(citations, line.indexOf(']'))?.key, 'bb');
        assert.equal((0, citationSyntax_1.citationAt)(citations, line.indexOf('@a'))?.key, 'a');
        assert.equal((0, citationSyntax_1.citationAt)(citations, 0), undefined);
        assert.equal((0, citationSyntax_1.citationAt)(citations, line.indexOf(';') + 1), undefined);
        assert.deepEqual((0, citationSyntax_1.citationGroupAt)(citations, line.indexOf(';')), { group: { start: 4, end: 13 }, keys: ['a', 'bb'] });
        assert.equal((0, citationSyntax_1.citationGroupAt)(citations, 4), undefined, 'on the [ itself is not inside');
        assert.equal((0, citationSyntax_1.citationGroupAt)(citations, 1), undefined);
    });
    it('tells where citations cannot be typed: code, HTML, URLs, link text and destinations', () => {
        const line = 'a `code @x` <b title="@y">b</b> https://x.org/@z [t @w](u) end';
        const { excluded } = (0, citationSyntax_1.scanInline)(line);
        for (const inside of ['@x', '@y', '@z', '@w', '(u)'])
            assert.ok(!(0, citationSyntax_1.outsideRanges)(excluded, line.indexOf(inside) + 1), inside);
        for (const outside of ['a ', ' end'])
            assert.ok((0, citationSyntax_1.outsideRanges)(excluded, line.indexOf(outside) + 1), outside);
        assert.ok((0, citationSyntax_1.outsideRanges)(excluded, line.indexOf('`')), 'the start of a code span is still outside it');
    });
    it('never produces ranges outside the line or out of order, whatever surrounds the keys (property)', () => {
        let seed = 42;
        const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
        const pieces = ['[', ']', '@', ';', ' ', '-', '`', '\\', 'a', 'key2020', 'Δ', ',', 'p. 3', '{', '}', 'x@y.z', '\t', '.'];
        for (let n = 0; n < 3000; n++) {
            let line = '';
            const planted = `plant${n}`;
            const length = Math.floor(random() * 12);
            for (let i = 0; i < length; i++)
                line += pieces[Math.floor(random() * pieces.length)];
            const withKey = `${line} [@${planted}] ${line.replace(/[`\\]/g, '')}`;
            let previousEnd = -1;
            for (const citation of (0, citationSyntax_1.findCitations)(withKey)) {
                assert.ok(citation.start >= 0 && citation.end <= withKey.length && citation.start < citation.end, withKey);
                assert.ok(citation.start >= previousEnd, withKey);
                assert.equal(withKey.slice(citation.keyStart, citation.keyEnd), citation.key, withKey);
                previousEnd = citation.end;
            }
            if (!line.includes('`') && !line.includes('\\')) {
                assert.ok(keys(withKey).includes(planted), `lost ${planted} in ${JSON.stringify(withKey)}`);
            }
        }
    });
});
