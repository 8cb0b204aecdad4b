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
/** Whether the one `@k` in a line is a citation. */
const cites = (line, references) => (0, citationSyntax_1.findCitations)(line, references).some((citation) => citation.key === 'k');
const REFS = new Set(['REF', 'T @K', '@K']);
/** Each row: a line with one `@k`, and whether it is a citation there. */
function table(rows, references) {
    for (const [line, expected] of rows) {
        assert.equal(cites(line, references), expected, JSON.stringify(line));
        // The same after other text: nothing may depend on starting the line.
        assert.equal(cites(`x ${line}`, references), expected, JSON.stringify(`x ${line}`));
    }
}
describe('the inline scanner, rule by rule', () => {
    it('no citation in a bare URL: http, https, ftp, www, any case; a URL ends at space, <, > or a quote', () => {
        table([
            ['https://x.org/?a=@k', false], ['http://x.org/?a=@k', false], ['ftp://x.org/?a=@k', false], ['www.x.org/?a=@k', false],
            ['HTTPS://X.ORG/?a=@k', false], ['see Www.x.org/?a=@k', false], ['https://x.org/?a=@k.', false],
            ['xhttps://x.org/?a=@k', true], ['httpx://x.org/?a=@k', true], ['ftp:/x.org/?a=@k', true], ['wwwx.org/?a=@k', true], ['http:/x/?a=@k', true],
            ['https://x.org/?a= @k', true], ['https://x.org/?a=\t@k', true], ['https://x.org/?a=\n@k', true], ['https://x.org/?a=\r@k', true],
            ['https://x.org/?a=\f@k', true], ['https://x.org/<b>@k', true], ['https://x.org/">@k', true], ['https://x.org/"@k', true],
            ['(https://x.org/?a=) @k', true], ['https://x.org/a)=@k', false], ['https://x.org/<@k', true], ['https://x.org/>@k', true],
        ]);
    });
    it('no citation in HTML comments, CDATA, declarations or processing instructions; all of them must be closed', () => {
        table([
            ['<!-- @k -->', false], ['<!-->@k', true], ['<!--->@k', true], ['<!-- x -->@k', true], ['<!-- @k', true],
            ['<!-- a --> <!-- @k -->', false], ['<!-- a -- b -->=@k', true], ['x <!-- a --> y <!-- b --> z <!-- @k -->', false],
            ['<![CDATA[ @k ]]>', false], ['<![CDATA[ x ]]>=@k', true], ['<![CDATA[ @k', true], ['<![CDATA[ a ]]> <![CDATA[ @k ]]>', false],
            ['<!DOCTYPE @k>', false], ['<!D @k>', false], ['<!1 @k>', true], ['<!DOCTYPE x>=@k', true], ['<!DOCTYPE @k', true], ['<! @k>', true],
            ['<?x @k ?>', false], ['<?x ?>=@k', true], ['<? @k', true], ['<?a?> <?b @k?>', false], ['x?><?y =@k', true],
            // What follows each construct's end is read afresh: a backtick just before the end must not open a code span.
            ['<!DOCTYPE x`>@k`', true], ['<!-- x`-->@k`', true], ['<![CDATA[ x`]]>@k`', true], ['<?x`?>@k`', true], ['<!-- `x -->@k`', true],
        ]);
    });
    it('no citation in an autolink: a scheme of 2 to 32 letters, digits, +, . or -; no space or < inside', () => {
        const scheme = (length) => `a${'b'.repeat(length - 1)}`;
        table([
            ['<ab:@k>', false], ['<a:@k>', true], [`<${scheme(32)}:@k>`, false], [`<${scheme(33)}:@k>`, true], ['<a+b.c-d:@k>', false],
            ['<1a:@k>', true], ['<ab:x @k>', true], ['<ab:x\t@k>', true], ['<ab:x<@k>', true], ['<ab:x=@k', true], ['<ab:x\u0001=@k>', true],
            ['<ab:x>=@k', true], ['<a_b:@k>', true], ['<ab:x`>@k`', true],
        ]);
        for (const [line, excluded] of [['<a@b.c> x', [0, 7]], ['<a@b.> x', []], ['<a@b@> x', []], ['<a.b_c@x-y.z> x', [0, 13]], ['<a@b.c`>@k`', [6, 11]], ['x <a@b> y', [2, 7]]]) {
            assert.deepEqual((0, citationSyntax_1.scanInline)(line).excluded, excluded, line);
        }
        const email = 'mail <jane.doe+x@example.org> or <a@b> then';
        const { excluded } = (0, citationSyntax_1.scanInline)(email);
        assert.ok(!(0, citationSyntax_1.outsideRanges)(excluded, email.indexOf('doe')), 'an e-mail autolink is excluded');
        assert.ok(!(0, citationSyntax_1.outsideRanges)(excluded, email.indexOf('a@b') + 1));
        for (const notEmail of ['<@x.org>', '<a@>', '<a@x.>', '<a@x y>', '<a@x_y>']) {
            assert.ok((0, citationSyntax_1.outsideRanges)((0, citationSyntax_1.scanInline)(notEmail).excluded, 2), notEmail);
        }
    });
    it('no citation in an HTML tag\'s attributes; a tag needs a name, spaced attributes and its closing >', () => {
        table([
            ['<span title="@k">', false], ["<span title='@k'>", false], ['<span title=@k>', false], ['<span\ttitle="@k">', false],
            ['<span title = "@k" >', false], ['<span\ntitle="@k"\n>', false], ['<a-b x:y_z.w-v="@k">', false], ['<A1 _x="@k" :y>', false],
            ['<a x="@k"/>', false], ['<a x="@k" />', false], ['<a x="@k"/ >', true], ['<a x="@k"', true], ['<a x=>=@k', true],
            ['<span @k>', true], ['<span title="x"data="@k">', true], ['<1a x="@k">', true], ['< a x="@k">', true], ['<a x="@k" y=">', true],
            ['<a x=\'@k" y\'>', false], ['<a x="1" y=\'2\' z=3 hidden>=@k', true], ['<a x=`@k>', true], ['<a =@k>', true],
            ['</span>=@k', true], ['</span =@k>', true], ['</ span>=@k', true], ['</span\t>=@k', true], ['</1a>=@k', true],
            [`<a x="${'y'.repeat(100)} @k">`, false], [`<a x="${'y'.repeat(5000)} @k">`, true], ['<a x="1"`>@k`', false], ['<a/`>@k`', false],
            ['</a`>@k`', false], ['</a >`@k`', false], ['<a x=y`>@k`', false], ['<a x>@k', true], ['<a x=y>@k', true], ['<a\n>@k', true],
        ]);
    });
    it('no citation in a code span: a run of backticks closes at the next run of the same length', () => {
        table([
            ['`@k`', false], ['``@k``', false], ['`` ` @k ``', false], ['`@k``', true], ['```x`` =@k', true], ['`a` =@k `b`', true],
            ['\\`=@k`', true], ['``a`` ``=@k``', false], ['`a``b` =@k', true], ['``` x ` y `` =@k ```', false], ['`x` `` y ` z =@k ``', false],
            ['``x`=@k', true], ['`x``=@k``', false],
        ]);
    });
    it('no citation in link text, alt text or a destination; a destination balances parentheses up to 32 deep', () => {
        const nested = (depth) => `[t @k](${'('.repeat(depth)}x${')'.repeat(depth)})`;
        table([
            ['[t @k](u)', false], ['[t](u) @k', true], ['[t](<u @k>)', false], ['[t](<u> @k)', true], ['[t](u "@k")', false], ["[t](u '@k')", false],
            ['[t](u (@k))', false], ['[t](u "x")=@k', true], ['[t](u(@k))', false], ['[t]( @k )', false], ['[t](\n@k)', false], ['[t](u\\)@k)', false],
            ['[t](<u\\>@k>)', false], ['[t](<u\n@k>)', true], ['[t](<u<@k>)', true], ['[t](<u @k', true], ['[t](u\\(@k)', false], ['[t](u\\\\(@k)', true], ['[t](u "x" y) @k', true], ['[t](u "x) =@k', true],
            ['[t](u\u0001 @k)', true], [nested(32), false], [nested(33), true], ['[t @k](a(b)', true], ['[t @k](a)b)', false],
            ['![a @k](i.png)', false], ['!@k', true], ['![a](i) @k', true], ['\\![@k](x)', false], ['![@k]', true], ['[t @k] (u)', true],
        ]);
    });
    it('reference links are links only when their label is defined', () => {
        table([['[t @k][ref]', false], ['[t @k][REF]', false], ['[t @k][ ref ]', false], ['[t @k][]', false], ['[@k]', false], ['[t @k][other]', true],
            ['[t @k][ref', false], ['[x @k][ref', true], ['[x @k][r[ef]', true], ['[t @k][r[ef]', false], ['[t @k][r\\]ef]', true], [`[${'x'.repeat(1000)} @k]`, true]], REFS);
        table([['[t @k][ref]', true], ['[@k]', true]]);
        assert.equal((0, citationSyntax_1.normalizeLabel)('  Some \t Label\n x '), 'SOME LABEL X');
        assert.equal((0, citationSyntax_1.normalizeLabel)('straße'), 'STRASSE');
    });
    it('escapes: a backslash takes away the meaning of the character after it', () => {
        table([['\\@k', false], ['\\\\@k', true], ['\\`@k`', true], ['\\<!-- @k -->', true], ['\\[t @k](u)', true], ['[t @k\\](u)', true],
            ['\\a@k', false], ['\\ @k', true], ['<!--\\--> @k -->', true]]);
    });
    it('a citation starts after a space or punctuation, never inside a word, an address or a path', () => {
        table([['a@k', false], ['_@k', false], ['.@k', false], ['+@k', false], ['/@k', false], ['é@k', false], ['1@k', false], ['-@k', true],
            ['"@k', true], ['(@k', true], ['*@k', true], [':@k', true], ['=@k', true], ['@k', true], ['\u00a0@k', true]]);
        const [dash] = (0, citationSyntax_1.findCitations)('(-@k)');
        assert.deepEqual([dash.start, dash.suppressAuthor], [1, true]);
        assert.deepEqual((0, citationSyntax_1.findCitations)('a-@k'), [], 'a hyphen inside a word is no author suppression');
        assert.deepEqual((0, citationSyntax_1.findCitations)('é-@k').map((c) => c.key), []);
        const [plain] = (0, citationSyntax_1.findCitations)('x @k');
        assert.deepEqual([plain.start, plain.suppressAuthor], [2, false]);
    });
    it('reads keys by Pandoc\'s rule: punctuation only between letters, digits or _', () => {
        const keyOf = (line) => (0, citationSyntax_1.findCitations)(line).map((citation) => citation.key);
        assert.deepEqual(keyOf('@k:2020 @k_ @k- @k. @k::x @a.b.c @x>y @a<sup>1 @s2020</b> @müller @é @_x @1a'), ['k:2020', 'k_', 'k', 'k', 'k', 'a.b.c', 'x>y', 'a<sup>1', 's2020', 'müller', 'é', '_x', '1a']);
        assert.deepEqual(keyOf('@doi://x @a/b @a// @a:/ @a#b$c%d&e+f?g~h'), ['doi://x', 'a/b', 'a/', 'a:', 'a#b$c%d&e+f?g~h']);
        assert.deepEqual(keyOf('@😀 @ @- @.'), []);
        assert.deepEqual(keyOf('@{k} @{} @{a;b} @{a @{a b}'), ['k', 'a b']);
        const [braced] = (0, citationSyntax_1.findCitations)('x @{a b} y');
        assert.deepEqual([braced.start, braced.keyStart, braced.keyEnd, braced.end], [2, 4, 7, 8]);
        const [plain] = (0, citationSyntax_1.findCitations)('x @ab. y');
        assert.deepEqual([plain.start, plain.keyStart, plain.keyEnd, plain.end], [2, 3, 5, 5]);
    });
    it('gives each citation in a group its prefix and locator, item by item', () => {
        const items = (line) => (0, citationSyntax_1.findCitations)(line).map((c) => [c.key, c.prefix, c.locator, c.group ? line.slice(c.group.start, c.group.end) : null]);
        assert.deepEqual(items('[see @a, p. 3; also @b, ch. 2]'), [['a', 'see', 'p. 3', '[see @a, p. 3; also @b, ch. 2]'], ['b', 'also', 'ch. 2', '[see @a, p. 3; also @b, ch. 2]']]);
        assert.deepEqual(items('[@a @b]'), [['a', '', '', '[@a @b]'], ['b', '', '', '[@a @b]']]);
        assert.deepEqual(items('[@a x @b y]'), [['a', '', 'x', '[@a x @b y]'], ['b', '', 'y', '[@a x @b y]']], 'text between two citations is the first one\'s');
        assert.deepEqual(items('[; ; @a ;]'), [['a', '', '', '[; ; @a ;]']]);
        assert.deepEqual(items('[@a'), [['a', '', '', null]]);
        assert.deepEqual(items('[x [@a] y @b]'), [['a', '', '', '[@a]'], ['b', 'x [@a] y', '', '[x [@a] y @b]']]);
        assert.deepEqual(items('[@a, ]'), [['a', '', '', '[@a, ]']]);
        assert.deepEqual(items('] [@a]'), [['a', '', '', '[@a]']]);
        assert.deepEqual(items('[@a; [t](u) @b]'), [['a', '', '', '[@a; [t](u) @b]'], ['b', '[t](u)', '', '[@a; [t](u) @b]']]);
    });
    it('finds the citation under a cursor, and tells where a citation could be typed', () => {
        const line = 'a @bb c @dd';
        const citations = (0, citationSyntax_1.findCitations)(line);
        assert.equal((0, citationSyntax_1.citationAt)(citations, 1), undefined);
        assert.equal((0, citationSyntax_1.citationAt)(citations, 2)?.key, 'bb');
        assert.equal((0, citationSyntax_1.citationAt)(citations, 5)?.key, 'bb');
        assert.equal((0, citationSyntax_1.citationAt)(citations, 6), undefined);
        assert.equal((0, citationSyntax_1.citationAt)(citations, 8)?.key, 'dd');
        assert.equal((0, citationSyntax_1.citationAt)(citations, 11)?.key, 'dd');
        assert.equal((0, citationSyntax_1.citationAt)([], 0), undefined);
        const { excluded } = (0, citationSyntax_1.scanInline)('ab `cd` ef `gh`');
        assert.deepEqual(excluded, [3, 7, 11, 15]);
        assert.deepEqual([2, 3, 4, 6, 7, 10, 11, 12, 15].map((offset) => (0, citationSyntax_1.outsideRanges)(excluded, offset)), [true, true, false, false, true, true, true, false, true]);
        assert.ok((0, citationSyntax_1.outsideRanges)([], 5));
        assert.deepEqual((0, citationSyntax_1.scanInline)('[x `y`](u) z').excluded, [0, 10], 'a link covers what was excluded inside it');
    });
});
