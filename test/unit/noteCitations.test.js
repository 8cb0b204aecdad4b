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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const assert = __importStar(require("node:assert/strict"));
const markdown_it_1 = __importDefault(require("markdown-it"));
const paperNotesPlugin_1 = require("../../src/markdown/paperNotesPlugin");
const helpers_1 = require("./helpers");
const citationSyntax_1 = require("../../src/core/citationSyntax");
const noteCitations_1 = require("../../src/markdown/noteCitations");
const keys = (line) => (0, citationSyntax_1.findCitations)(line).map((citation) => citation.key);
const docKeys = (text) => (0, noteCitations_1.findCitationsInDocument)(text).map((citation) => citation.key);
describe('where citations can be', () => {
    it('no citation inside a URL', () => {
        assert.deepEqual(keys('see https://medium.com/@jane/post and [@real]'), ['real']);
        assert.deepEqual(keys('toot at https://mastodon.social/@someone today'), []);
        assert.deepEqual(keys('<https://medium.com/@jane/post>'), []);
    });
    it('no citation in link text or alt text', () => {
        assert.deepEqual(keys('[see @key](https://x) and @real'), ['real']);
        assert.deepEqual(keys('![@key](x.png)'), []);
    });
    it('no citation in inline HTML', () => {
        assert.deepEqual(keys('a <!-- @hidden --> b @real'), ['real']);
        assert.deepEqual(keys('<a href="mailto:x@y.z" title="@t">x</a>'), []);
    });
    it('no citation in HTML comments, HTML blocks or fenced code inside block quotes', () => {
        assert.deepEqual(docKeys('<!--\n@hidden\n-->\n\n<div>\n@inhtml\n</div>\n\n> ```\n> @incode\n> ```\n\n@real'), ['real']);
    });
    it('is linear on adversarial text: each megabyte takes a moment, in the scanner, a whole note and the preview (quadratic took minutes) [size]', function () {
        this.timeout(30000);
        const mb = 1 << 20;
        const distinct = Array.from({ length: mb / 8 }, (_, n) => `[@k${n}] `).join('');
        const md = new markdown_it_1.default({ html: true }).use((0, paperNotesPlugin_1.createPaperNotesPlugin)({ lookup: () => undefined, keys: () => ['k1'] }));
        for (const text of [...['[@a] ', '\\', '`a` ', '<!-- <a x="'].map((unit) => unit.repeat(Math.ceil(mb / unit.length))), `[${'@a '.repeat(mb / 3)}]`, distinct]) {
            (0, citationSyntax_1.findCitations)(text);
            assert.ok((0, noteCitations_1.findCitationsInDocument)(text).length >= 0);
            md.render(text);
        }
        assert.equal((0, noteCitations_1.findCitationsInDocument)(distinct).length, mb / 8);
    });
});
describe('citations in a whole note', () => {
    const placed = (text) => (0, noteCitations_1.findCitationsInDocument)(text).map((citation) => `${citation.key}:${citation.line}:${text.slice(citation.keyStart, citation.keyEnd)}`);
    it('skips fenced and indented code blocks, in lists and block quotes too', () => {
        const doc = ['Text [@a]', '```', '[@b]', '```', '', '    [@c]', '', '~~~md', '@d', '~~~', '- item [@e]', '  continued [@f]', '', '- list', '', '      [@code]', '', '> ~~~', '> @quoted', '> ~~~', 'end @g'].join('\n');
        assert.deepEqual(placed(doc), ['a:0:a', 'e:10:e', 'f:11:f', 'g:20:g']);
    });
    it('places keys exactly in block quotes, lists, headings, tables and CRLF notes', () => {
        const doc = '# About [@h1]\r\n\r\n> quoted [@q]\r\n> lazy @l\r\n\r\n1. item @i\r\n\r\n| a | b |\r\n| --- | --- |\r\n| @t1 | x @t2 |\r\n\r\nSetext @s\r\n===\r\n';
        assert.deepEqual(placed(doc), ['h1:0:h1', 'q:2:q', 'l:3:l', 'i:5:i', 't1:9:t1', 't2:9:t2', 's:11:s']);
    });
    it('skips YAML front matter and link reference definitions', () => {
        assert.deepEqual(placed('---\ntitle: "@notakey"\n---\n\n[@a]\n\n[ref]: https://x.org/@b\n'), ['a:4:a']);
    });
    it('keeps a citation group across lines, with its prefix and locator', () => {
        const text = 'See [see @a,\np. 3; @b] and\n> quoted [@c]';
        const [a, b, c] = (0, noteCitations_1.findCitationsInDocument)(text);
        assert.equal(text.slice(a.group.start, a.group.end), '[see @a,\np. 3; @b]');
        assert.deepEqual([a.prefix, a.locator, b.line], ['see', 'p. 3', 1]);
        assert.equal(text.slice(c.group.start, c.group.end), '[@c]');
    });
    it('answers what is under a cursor, and whether a citation can be typed there', () => {
        const text = 'Intro [@a; @bb] here.\n\n```\n@code\n```\n\n> see <https://x.org/@u> and @q\n';
        const note = new noteCitations_1.NoteCitations(text);
        assert.equal(note.at(text.indexOf('bb'))?.key, 'bb');
        assert.equal(note.at(text.indexOf('@code')), undefined);
        assert.deepEqual(note.groupAt(text.indexOf(';'))?.keys, ['a', 'bb']);
        assert.equal(note.at(text.indexOf('@q') + 2)?.key, 'q');
        assert.ok(note.canCiteAt(text.indexOf('here')));
        assert.ok(!note.canCiteAt(text.indexOf('@code')));
        assert.ok(!note.canCiteAt(text.indexOf('@u')));
        assert.ok(note.canCiteAt(text.indexOf('@q')));
        assert.ok(!note.canCiteAt(text.indexOf('> see')), 'the block quote marker is not inline text');
    });
});
describe('a note\'s lines, front matter, keys and groups', () => {
    /** Notes that move keys around: several lines per paragraph, quotes, lists, tables, CR and CRLF, trailing spaces, NUL. */
    const NOTES = [
        'Intro [@a; @b] here\nsecond line @c and\n  third [see @d, p. 3]  \n\n> quoted @e\n> lazy [@f]\n',
        '- item @g\r\n  more @h\r\n\r\n| @t1 | x @t2 |\r\n| --- | --- |\r\n| @t3 | @t4 |\r\n',
        'one @x\rtwo @y\r\rthree\0 @z',
        '# Head @h1\n\nSetext @s1\n---\n\n1. a\n   > [-@n1;\n   > @n2]\n',
    ];
    it('visits every key at the offsets of the citations themselves (forEachKey agrees with all())', () => {
        for (const text of NOTES) {
            const visited = [];
            new noteCitations_1.NoteCitations(text).forEachKey((key, start, end) => visited.push(`${key}@${start}-${end}:${text.slice(start, end)}`));
            const expected = (0, noteCitations_1.findCitationsInDocument)(text).map((citation) => `${citation.key}@${citation.keyStart}-${citation.keyEnd}:${citation.key}`);
            assert.ok(expected.length >= 3, text);
            assert.deepEqual(visited, expected, JSON.stringify(text));
        }
    });
    it('lists the keys several notes cite, each once, in order of first citation', () => {
        assert.deepEqual((0, noteCitations_1.citedKeys)(['[@b; @a]', '```\n@code\n```\n@c and [@a]', '']), ['b', 'a', 'c']);
        assert.deepEqual((0, noteCitations_1.citedKeys)([]), []);
    });
    it('finds line starts after LF, CRLF and CR, and maps offsets to lines and back', () => {
        assert.deepEqual((0, noteCitations_1.lineStarts)('a\nb\r\nc\rd'), [0, 2, 5, 7]);
        assert.deepEqual((0, noteCitations_1.lineStarts)(''), [0]);
        const text = 'ab\r\ncd\ne';
        const note = new noteCitations_1.NoteCitations(text);
        assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7, 8].map((offset) => note.lineOf(offset)), [0, 0, 0, 0, 1, 1, 1, 2, 2]);
        assert.deepEqual([0, 1, 2].map((line) => note.lineStart(line)), [0, 4, 7]);
    });
    it('takes front matter only when it opens the note and is closed by --- or ...', () => {
        assert.equal((0, noteCitations_1.frontMatterLines)(['---', 'title: x', '---', 'text']), 3);
        assert.equal((0, noteCitations_1.frontMatterLines)(['---  ', 'title: x', '...', 'text']), 3);
        assert.equal((0, noteCitations_1.frontMatterLines)(['---', 'title: x', '...  ']), 3);
        assert.equal((0, noteCitations_1.frontMatterLines)(['---', 'a: 1', 'b: 2', '---']), 4);
        assert.equal((0, noteCitations_1.frontMatterLines)(['---', 'never closed']), 0);
        assert.equal((0, noteCitations_1.frontMatterLines)(['text', '---', 'x', '---']), 0);
        assert.equal((0, noteCitations_1.frontMatterLines)([' ---', 'x', '---']), 0);
        assert.equal((0, noteCitations_1.frontMatterLines)([]), 0);
        assert.deepEqual(docKeys('---\nbibliography: "@fm"\n...\n\n[@a]\n'), ['a']);
        // Unclosed: a rule, then ordinary text whose citation counts.
        assert.deepEqual(docKeys('---\ntitle: [@kept]\n'), ['kept']);
    });
    it('answers at() from the @ to just after the key, and groupAt() strictly inside the innermost group', () => {
        const text = 'x [see [@a] and @bb, p. 2] y';
        const note = new noteCitations_1.NoteCitations(text);
        const at = text.indexOf('@bb');
        assert.equal(note.at(at)?.key, 'bb');
        assert.equal(note.at(at + 3)?.key, 'bb', 'just after the key');
        assert.equal(note.at(at - 1), undefined);
        assert.equal(note.at(at + 4), undefined);
        const outer = text.indexOf('[see');
        assert.equal(note.groupAt(outer), undefined, 'on the opening bracket is not inside');
        assert.deepEqual(note.groupAt(outer + 1)?.keys, ['bb']);
        assert.deepEqual(note.groupAt(text.indexOf('@a'))?.keys, ['a'], 'the inner group wins');
        assert.deepEqual(note.groupAt(text.indexOf('[@a'))?.keys, ['bb'], 'the inner bracket itself is in the outer group');
        assert.deepEqual(note.groupAt(text.indexOf('] y'))?.keys, ['bb']);
        assert.equal(note.groupAt(text.indexOf('] y') + 1), undefined, 'after the closing bracket');
        assert.equal(note.groupAt(text.indexOf('y')), undefined);
        const group = note.groupAt(outer + 1).group;
        assert.equal(text.slice(group.start, group.end), '[see [@a] and @bb, p. 2]');
    });
});
describe('the preview and the note scanner agree on where citations are (differential, random notes)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const engines = [['14', markdown_it_1.default], ['12', require('markdown-it-12')]];
    const blocks = [
        'Text with [@k] and @k in it.', '[see @k, p. 3; -@k]', '- item @k\n  continued [@k]', '> quote @k\n> more [@k]',
        '```\n@k in code\n```', '> ```\n> @k fenced in a quote\n> ```', '    @k indented code', '<!--\n@k in a comment\n-->',
        '<div>\n@k in an HTML block\n</div>', 'inline <!-- @k --> comment and <span title="@k">tag</span> @k', '`@k` and ``a @k`` spans',
        '[text @k](https://x.org/@k) and ![@k](i.png)', 'https://medium.com/@k/post and <https://x.org/@k> and www.x.org/@k',
        '# Heading @k', '| a | b |\n| - | - |\n| @k | [@k] |', 'mail me@k.org or \\@k', '1. one @k\n\n   para in item [@k]',
        'Setext @k\n---', '[ref @k]: https://x.org', '*emphasis @k* and **strong [@k]**', '[@k]\n[@k', '@{k} and [-@k]',
    ];
    it('renders a citation exactly where NoteCitations finds one, in markdown-it 12 and 14', () => {
        const random = (() => {
            let seed = 9;
            return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
        })();
        for (let n = 0; n < 400; n++) {
            let counter = 0;
            const parts = [];
            const count = 1 + Math.floor(random() * 6);
            for (let i = 0; i < count; i++)
                parts.push(blocks[Math.floor(random() * blocks.length)]);
            // Every key is distinct, so a key in the wrong place shows.
            const note = parts.join(random() < 0.8 ? '\n\n' : '\n').replace(/@(\{?)k\b/g, (_, brace) => `@${brace}k${++counter}`);
            const expected = (0, noteCitations_1.findCitationsInDocument)(note).map((citation) => citation.key);
            for (const [version, Engine] of engines) {
                const md = new Engine({ html: true, linkify: true }).use((0, paperNotesPlugin_1.createPaperNotesPlugin)({
                    lookup: (key) => (/^k\d+$/.test(key) ? (0, helpers_1.makePaper)({ key }) : undefined), settings: () => ({ references: false }),
                }));
                const rendered = [...md.render(note).replace(/<div class="paper-notes-popovers" hidden>.*<\/div>\n/, '').matchAll(/data-key="([^"]+)"/g)].map((match) => match[1]);
                assert.deepEqual(rendered, expected, `markdown-it ${version} on:\n${note}`);
            }
        }
    });
});
