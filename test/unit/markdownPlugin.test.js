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
// VS Code's built-in Markdown preview ships markdown-it 12: the plugin must behave the same there.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt12 = require('markdown-it-12');
const paperNotesPlugin_1 = require("../../src/markdown/paperNotesPlugin");
const helpers_1 = require("./helpers");
const hostile = (0, helpers_1.makePaper)({
    key: 'evil2024', cleanTitle: 'Evil <script>alert(1)</script> "Net"', codeUrl: 'https://github.com/x/y"onmouseover="alert(1)',
    summary: { kind: 'architecture', name: '<img src=x onerror=alert(1)>', family: ['transformer'], modalities: ['vision'], tasks: ['<b>task</b>'],
        datasets: ['Image<Net>'], results: [{ value: '9%', metric: '<i>acc</i>' }], complexity: 'O(n<2)' },
});
const papers = [...(0, helpers_1.realCatalogue)().papers, hostile];
const byKey = new Map(papers.map((paper) => [paper.key, paper]));
let Engine = markdown_it_1.default;
function render(text, settings = {}, isKnown) {
    return new Engine({ html: true })
        .use((0, paperNotesPlugin_1.createPaperNotesPlugin)({ lookup: (key) => byKey.get(key), isKnown, keys: () => byKey.keys(), settings: () => settings }))
        .render(text);
}
for (const [version, engine] of [['14', markdown_it_1.default], ['12 (as in VS Code)', MarkdownIt12]]) {
    describe(`markdown-it ${version}`, () => {
        before(() => {
            Engine = engine;
        });
        describe('markdown-it plugin: citations', () => {
            it('renders a known citation as a link to its reference with a tooltip', () => {
                const html = render('See [@slicedrecursive2021].');
                assert.match(html, /<a class="paper-notes-cite" href="#paper-notes-ref-slicedrecursive2021" title="Sliced Recursive Transformer \(2021\) — SReT" data-key="slicedrecursive2021">@slicedrecursive2021<\/a>/);
            });
            it('puts one hidden summary card per cited paper in the page, for the preview\'s popovers, in every label mode', () => {
                for (const citationLabel of ['key', 'number', 'nameYear']) {
                    const html = render('[@slicedrecursive2021; @mamba2023] and [@slicedrecursive2021] and [@nope2020]', { citationLabel });
                    const popovers = /<div class="paper-notes-popovers" hidden>(.*)<\/div>\n$/.exec(html)?.[1] ?? '';
                    assert.deepEqual([...popovers.matchAll(/<div class="paper-notes-popover-card" data-key="([^"]+)">/g)].map((m) => m[1]), ['slicedrecursive2021', 'mamba2023'], citationLabel);
                    assert.match(popovers, /data-key="slicedrecursive2021"><div class="paper-notes-card-head"><span class="paper-notes-name">SReT<\/span><span class="paper-notes-year">2021<\/span><span class="paper-notes-kind">architecture<\/span><\/div><div class="paper-notes-title">Sliced Recursive Transformer<\/div><dl class="paper-notes-fields"><dt>Family<\/dt><dd>Transformer, Vision Transformer<\/dd><dt>Modalities<\/dt><dd>vision<\/dd><dt>Results<\/dt><dd>~2% gain; 10–30% reduction<\/dd><dt>Code<\/dt><dd><a href="https:\/\/github.com\/szq0214\/SReT">/);
                }
                assert.doesNotMatch(render('No citations here.'), /paper-notes-popovers/);
                assert.doesNotMatch(render('Only [@nope2020].'), /paper-notes-popovers/, 'no card for an unknown key');
            });
            it('looks the cards up as the note sees them: a key only another note\'s library defines gets none', () => {
                const md = new Engine({ html: true }).use((0, paperNotesPlugin_1.createPaperNotesPlugin)({
                    lookup: (key, document) => (key === 'mine2020' && document !== 'noteA' ? undefined : byKey.get(key === 'mine2020' ? 'mamba2023' : key)),
                    isKnown: (key) => key === 'mine2020', settings: () => ({ citationLabel: 'key' }),
                }));
                const cards = (document) => [...md.render('[@mine2020] and [@informer2020]', { currentDocument: document }).matchAll(/class="paper-notes-popover-card" data-key="([^"]+)"/g)].map((m) => m[1]);
                assert.deepEqual(cards('noteA'), ['mamba2023', 'informer2020']);
                assert.deepEqual(cards('noteB'), ['informer2020']);
            });
            it("escapes what a paper's fields could inject into its popover card", () => {
                const popovers = /<div class="paper-notes-popovers" hidden>(.*)<\/div>/.exec(render('[@evil2024]', { citationLabel: 'key' }))[1];
                assert.doesNotMatch(popovers, /<script|<img|<i>|<b>|"onmouseover=/);
                assert.match(popovers, /&lt;img src=x onerror=alert\(1\)&gt;/);
            });
            it('renders every Pandoc form, keeping locators and prefixes as text', () => {
                const html = render('[see @slicedrecursive2021, p. 3; -@specdetr2024] and @mamba2023 says');
                assert.equal((html.match(/class="paper-notes-cite"/g) ?? []).length, 3);
                assert.match(html, /\[see <a[^>]+>@slicedrecursive2021<\/a>, p\. 3; <a[^>]+>-@specdetr2024<\/a>\]/);
            });
            it('labels citations by number in order of first citation, or by short name and year', () => {
                const numbered = render('[@mamba2023; @specdetr2024] then [@mamba2023]', { citationLabel: 'number' });
                assert.deepEqual([...numbered.matchAll(/data-key="[^"]+">([^<]+)</g)].map((m) => m[1]), ['1', '2', '1']);
                assert.match(numbered, /<ol><li id="paper-notes-ref-mamba2023">/);
                const named = render('[@slicedrecursive2021] and [-@slicedrecursive2021]', { citationLabel: 'nameYear' });
                assert.deepEqual([...named.matchAll(/data-key="[^"]+">([^<]+)</g)].map((m) => m[1]), ['SReT 2021', '2021']);
            });
            it('numbers only what the References list, whatever else the note cites', () => {
                const html = render('[@nope2020] then [@mamba2023; @mine2020] and [@informer2020]', { citationLabel: 'number' }, (key) => key === 'mine2020');
                assert.deepEqual([...html.matchAll(/data-key="[^"]+">([^<]+)</g)].map((m) => m[1]), ['1', '2', '3']);
                const references = /<ol>(.*)<\/ol>/.exec(html)[1];
                assert.deepEqual([...references.matchAll(/<li id="paper-notes-ref-([^"]+)"/g)].map((m) => m[1]), ['mamba2023', 'mine2020', 'informer2020']);
                assert.match(html, /paper-notes-unknown"[^>]*>@nope2020</);
            });
            it('puts no citation inside link text, image alt text or a URL', () => {
                const html = render('[see @mamba2023](https://x.org) ![@mamba2023](x.png) https://medium.com/@mamba2023/post', { references: false });
                assert.doesNotMatch(html, /paper-notes/);
                assert.match(html, /<a href="https:\/\/x.org">see @mamba2023<\/a>/);
                assert.match(html, /alt="@mamba2023"/);
            });
            it('treats [@key][label] and [@key] as reference links only when the note defines the label, wherever the definition is', () => {
                const defined = render('First [@mamba2023][Ref  One] and [@specdetr2024].\n\nLater [@slicedrecursive2021].\n\n[ref one]: https://x.org/1\n[@specdetr2024]: https://x.org/2\n', { references: false });
                assert.match(defined, /<a href="https:\/\/x.org\/1">@mamba2023<\/a>/);
                assert.match(defined, /<a href="https:\/\/x.org\/2">@specdetr2024<\/a>/);
                assert.equal((defined.match(/class="paper-notes-cite"/g) ?? []).length, 1, 'only the key in a paragraph with no defined label is a citation');
                assert.match(defined, /data-key="slicedrecursive2021"/);
                const undefinedLabel = render('First [@mamba2023][other] and [@specdetr2024].\n\n[ref one]: https://x.org/1\n', { references: false });
                assert.equal((undefinedLabel.match(/class="paper-notes-cite"/g) ?? []).length, 2);
                // One parser, two notes: the second note's citations do not see the first note's labels.
                const md = new Engine({ html: true }).use((0, paperNotesPlugin_1.createPaperNotesPlugin)({ lookup: (key) => byKey.get(key), settings: () => ({ references: false }) }));
                md.render('[x]: https://x.org\n');
                assert.match(md.render('[@mamba2023][x]'), /class="paper-notes-cite"/);
            });
            it('renders an unknown key visibly as unknown, with the nearest keys, without breaking the page', () => {
                const html = render('See [@slicedrecursiv2021] and **bold** after.');
                assert.match(html, /<span class="paper-notes-cite paper-notes-unknown" title="Unknown citation key &#39;slicedrecursiv2021&#39; — did you mean slicedrecursive2021[^"]*">@slicedrecursiv2021<\/span>/);
                assert.match(html, /<strong>bold<\/strong> after/);
            });
            it('leaves code spans, code blocks, other fences, e-mails and escaped @ alone', () => {
                const html = render('`[@mamba2023]`\n\n```\n[@mamba2023]\n```\n\n```python\n@mamba2023\n```\n\n    [@mamba2023]\n\nmail a@mamba2023.org, an escaped \\@mamba2023', { references: false });
                assert.doesNotMatch(html, /paper-notes/);
                assert.match(html, /<code class="language-python">@mamba2023\n<\/code>/);
            });
        });
        describe('markdown-it plugin: cards, tables, references', () => {
            it('renders a summary card for each key in a paper block', () => {
                const html = render('```paper\nslicedrecursive2021\n@mamba2023\n```');
                assert.equal((html.match(/<div class="paper-notes-card" id=/g) ?? []).length, 2);
                assert.match(html, /<span class="paper-notes-name">SReT<\/span><span class="paper-notes-year">2021<\/span><span class="paper-notes-kind">architecture<\/span>/);
                assert.match(html, /<dt>Family<\/dt><dd>Transformer, Vision Transformer<\/dd>/);
                assert.match(html, /<dt>Datasets<\/dt><dd>ImageNet-1K<\/dd>/);
                assert.match(html, /<dt>Code<\/dt><dd><a href="https:\/\/github.com\/szq0214\/SReT">github.com\/szq0214\/SReT<\/a><\/dd>/);
                assert.match(html, /<dt>Complexity<\/dt><dd>linear<\/dd>/);
            });
            it('shows an unknown key in a card block as unknown with suggestions', () => {
                assert.match(render('```paper\nmamba2022\n```'), /Unknown citation key 'mamba2022'<\/span> — did you mean <code>mamba2023<\/code>/);
            });
            it('renders a comparison table of the listed keys', () => {
                const html = render('```papers\ninformer2020\nmamba2023\n```');
                assert.match(html, /<table class="paper-notes-table"><thead><tr><th>Name<\/th><th>Year<\/th><th>Family<\/th><th>Modality<\/th><th>Complexity<\/th><th>Headline result<\/th><th>Code<\/th>/);
                assert.match(html, /<td><a href="#paper-notes-ref-informer2020"[^>]*>Informer<\/a><\/td><td>2020<\/td><td>Transformer<\/td><td>time-series<\/td><td>O\(L log L\)<\/td>/);
                assert.match(html, /<td>Mamba<\/a>|>Mamba<\/a><\/td><td>2023<\/td><td>State space model<\/td>/);
            });
            it('compares every cited paper with papers cited', () => {
                const html = render('[@mamba2023] and [@informer2020] and [@nope2020]\n\n```papers cited\n```');
                assert.equal((html.match(/<tr><td><a href="#paper-notes-ref-/g) ?? []).length, 2);
                assert.match(render('No citations.\n\n```papers cited\n```'), /No cited papers to compare yet/);
            });
            it('adds a References section of the cited papers, unless turned off', () => {
                const html = render('[@mamba2023] and [@informer2020; @mamba2023]');
                assert.match(html, /<section class="paper-notes-references"><h2>References<\/h2><ul><li id="paper-notes-ref-mamba2023"><code>@mamba2023<\/code> Mamba: Linear-Time Sequence Modeling with Selective State Spaces \(2023\)<\/li><li id="paper-notes-ref-informer2020">/);
                assert.doesNotMatch(render('[@mamba2023]', { references: false }), /References/);
                assert.doesNotMatch(render('No citations here.'), /References/);
            });
            it('escapes catalogue text everywhere it appears', () => {
                const html = render('[@evil2024]\n\n```paper\nevil2024\n```\n\n```papers\nevil2024\n```', { citationLabel: 'nameYear' });
                assert.doesNotMatch(html, /<script|<img|<b>task|<i>acc|"onmouseover/);
                assert.match(html, /Evil &lt;script&gt;alert\(1\)&lt;\/script&gt; &quot;Net&quot;/);
                assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
            });
        });
    });
}
