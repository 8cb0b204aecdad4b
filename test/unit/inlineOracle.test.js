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
const citationSyntax_1 = require("../../src/core/citationSyntax");
const common_1 = require("../../bench/common");
/**
 * The inline scanner against an oracle it does not share code with:
 * markdown-it's own inline parser (without the plugin). A key counts as a
 * citation for the oracle when markdown-it leaves its `@` in plain text,
 * outside code spans, inline HTML, autolinks, links, images and escapes, and
 * nothing glues it to a word, an e-mail address or a path. Pieces are chosen so
 * that Pandoc's citation syntax is the only rule the two do not share.
 * (No unclosed comments: after one, markdown-it 14.3 reads every later comment,
 * declaration or CDATA of the paragraph as text, a shortcut markdown-it 12, VS
 * Code's, does not take; the scanner reads them as markdown-it 12 does. No `[`
 * left open: after one, both versions of markdown-it miss code spans that
 * CommonMark has, a known slip of their link-label scan; and a run of
 * backticks left unclosed makes them miss later code spans in the same way.
 * The scanner follows CommonMark; the code span tests cover those cases.)
 */
const md = new markdown_it_1.default({ html: true, linkify: false });
md.core.ruler.disable(['text_join']);
const PIECES = [
    'word', ' ', 'the @k', '(@k)', '@k.', '@k;', 'a@k', 'x/@k', ' -@k', '\\@k', '\\\\@k', '\\[', '\\]', '\\`', '*', '_', '**@k**', '_@k_',
    '`@k`', '``a ` @k``', '` @k `', '```x```', '`` @k ` ``',
    '<span title="@k">', '</span>', "<a href='x@k'>", '<br/>', '<img src=x alt=@k>', '<!-- @k -->', '<!-->', '<!--->',
    '<?pi @k ?>', '<!DOCTYPE @k>', '<![CDATA[ @k ]]>', '<x-y data-a="1">', '< notatag @k>', '<a', '>', '<b class=x id="y" hidden>', '</b >',
    '<https://x.org/@k>', '<mailto:@k>', '<me@k.org>', '<ab:@k>', '<a:@k>', '<made-up+scheme.v2:@k>',
    '[t @k](u)', '[t @k](<u v> "t @k")', '[t](u "@k")', "[t](u '@k')", '[t](u (@k))', '[t](u(@k))', '![a @k](i.png)', '[t @k][ref]',
    '[x](y z)', ']', '(', ')', '[@k]', '[see @k, p. 3; @k]', '[a [b @k] c]', '[t]( @k )', '[t](<@k>)', '[t](\\(@k)',
];
function oracle(text) {
    const found = [];
    const visit = (tokens) => {
        let links = 0;
        for (const token of tokens) {
            if (token.type === 'link_open')
                links++;
            else if (token.type === 'link_close')
                links--;
            else if (token.type === 'text' && links === 0) {
                for (const match of token.content.matchAll(/@(k\d+)/g)) {
                    const at = text.indexOf(`@${match[1]}`);
                    const before = text[at - 1] ?? '';
                    const dash = before === '-' && !/[\p{L}\p{N}_]/u.test(text[at - 2] ?? '');
                    if (dash || !/[\p{L}\p{N}_.+\-/]/u.test(before))
                        found.push(match[1]);
                }
            }
        }
    };
    for (const token of md.parse(text, {}))
        if (token.type === 'inline')
            visit(token.children ?? []);
    return found;
}
describe('the inline scanner agrees with markdown-it\'s own inline parser (an independent oracle)', () => {
    it('on 6,000 random lines of code spans, HTML, autolinks, links, images, escapes and emphasis (property)', () => {
        const next = (0, common_1.random)(7);
        for (let n = 0; n < 6000; n++) {
            let counter = 0;
            let line = 'x ';
            const count = 1 + Math.floor(next() * 7);
            for (let i = 0; i < count; i++) {
                const piece = PIECES[Math.floor(next() * PIECES.length)];
                // Pandoc's keys may hold < and > inside (`@a<sup>1`): a space keeps a key from reading into the next piece.
                line += `${piece} `;
            }
            line = line.replace(/@k/g, () => `@k${++counter}`);
            const text = `${line}\n\n[ref]: https://example.org\n`;
            // Pandoc's key syntax may take in what follows (`@k2>_`): compare which `@` each citation starts at.
            const ours = (0, citationSyntax_1.findCitations)(line, new Set(['REF'])).map((citation) => /^k\d+/.exec(citation.key)?.[0] ?? citation.key);
            assert.deepEqual(ours, oracle(text), JSON.stringify(line));
        }
    });
});
