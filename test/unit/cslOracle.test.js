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
/**
 * The oracle for citation formatting: Pandoc. Notes that cite library
 * entries (BibTeX and CSL-JSON, with particles, suffixes, corporate authors,
 * missing dates, page ranges, DOIs, protected capitals, non-ASCII) and
 * catalogue papers are rendered by Paper Notes and by `pandoc --citeproc`
 * with real styles from Debian's citation-style-language-styles (an
 * author-date, a numeric and two note styles, one with ibid.). Catalogue papers reach Pandoc as
 * the BibTeX Update Bibliography writes for them. The text of every
 * in-text citation, footnote and bibliography entry is compared after
 * normalising whitespace and typographic quotes; the differences are listed.
 */
const assert = __importStar(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const bibtex_1 = require("../../src/core/bibtex");
const citationStyles_1 = require("../../src/core/csl/citationStyles");
const libraryPaper_1 = require("../../src/core/library/libraryPaper");
const loadLibrary_1 = require("../../src/core/library/loadLibrary");
const renderNote_1 = require("../../src/markdown/renderNote");
const helpers_1 = require("./helpers");
const STYLES_DIR = '/usr/share/citation-style-language/styles';
const STYLES = ['apa', 'ieee', 'chicago-fullnote-bibliography', 'chicago-fullnote-bibliography-with-ibid'];
const FIXTURES = path.join(helpers_1.ROOT, 'test', 'fixtures', 'csl');
const CATALOGUE_KEYS = ['learningplug2025', 'dense2moe2025', 'puppeteer2025', 'diffspectra'];
/** Notes in the shapes people write: every part of Pandoc's citation syntax. */
const NOTES = [
    `# Attention

Transformers replaced recurrence [@vaswani2017attention]. Pre-training came next [see @devlin2019bert, pp. 4171-4173; also @vaswani2017attention, sec. 3].
@he2016resnet [p. 772] introduced residual connections, and identity mappings followed [-@he2016identity].
Older work on sequences [@king1999rnn, ch. 2] and an overview [@schmidhuber2015deep, 90-95, and references therein].
Compare [*cf.* @goodfellow2014thesis, p. 12, **emphasis** added].
A thesis [@goodfellow2014thesis] and a report by a corporate author [@openai2023gpt4].

Process mining [@vanderaalst2016process, p. 12] and graphs [@delavega2020graphs, fig. 3].
Undated notes [@undated2024notes] and a book [@lecun2024book].
`,
    `---
title: Vision and state spaces
nocite: |
  @who2022report
---
Vision transformers [@dosovitskiy2021vit] and @gu2024mamba showed linear time.
Governance matters [see @who2022report, para. 4].
Catalogue papers: [@learningplug2025; @dense2moe2025], @puppeteer2025 [sec. 2] and an undated one [@diffspectra].
Again [@dosovitskiy2021vit, p. 3] and [@dosovitskiy2021vit, p. 5].
Both He papers: [@he2016resnet; @he2016identity].
`,
    `# Repeated citations (ibid. and short forms in note styles)

First [@vaswani2017attention, p. 3]. Again [@vaswani2017attention, p. 3]. Again, no page [@vaswani2017attention].
Then [@he2016resnet]. Back [@vaswani2017attention, p. 9]. Two at once [@he2016resnet; @he2016identity]. After the pair [@he2016identity].
Same in one citation [@king1999rnn, p. 2; @king1999rnn, p. 4]. Much later [@devlin2019bert]. And [@king1999rnn].
`,
];
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/** Text of an HTML fragment, normalised: tags gone, entities decoded, quotes straight, whitespace single. */
function normalise(html) {
    return html
        .replace(/<a [^>]*class="footnote-(?:ref|back)"[^>]*>[\s\S]*?<\/a>/g, '')
        .replace(/<[^>]+>/g, '')
        .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
        if (name[0] !== '#')
            return ENTITIES[name.toLowerCase()] ?? whole;
        return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    })
        .replace(/[“”„«»]/g, '"').replace(/[‘’‚]/g, "'")
        .replace(/↩︎?/g, '')
        .replace(/\s+/g, ' ')
        .trim();
}
/** The balanced element that opens at `start` (its tag name given): its inner HTML. */
function innerAt(html, start, tag) {
    const open = new RegExp(`<${tag}\\b|</${tag}>`, 'g');
    open.lastIndex = html.indexOf('>', start) + 1;
    const from = open.lastIndex;
    let depth = 1;
    for (let match = open.exec(html); match; match = open.exec(html)) {
        depth += match[0].startsWith('</') ? -1 : 1;
        if (depth === 0)
            return html.slice(from, match.index);
    }
    throw new Error(`unclosed <${tag}> at ${start}`);
}
function printed(html) {
    const citations = [...html.matchAll(/<span class="citation"/g)].map((match) => normalise(innerAt(html, match.index, 'span')));
    const notes = [...html.matchAll(/<li id="fn\d+"/g)].map((match) => normalise(innerAt(html, match.index, 'li')));
    const entries = new Map([...html.matchAll(/<div id="ref-([^"]+)" class="csl-entry"/g)].map((match) => [match[1], normalise(innerAt(html, match.index, 'div'))]));
    return { citations, notes, entries };
}
function libraryPapers() {
    return ['library.bib', 'library.json'].flatMap((file) => {
        const load = (0, loadLibrary_1.loadLibrary)(fs.readFileSync(path.join(FIXTURES, file)), path.join(FIXTURES, file));
        assert.deepEqual(load.errors, [], `${file} loads without problems`);
        return load.entries.map(libraryPaper_1.paperFromEntry);
    });
}
describe('CSL citations agree with pandoc --citeproc', function () {
    this.timeout(120_000);
    const dir = (0, helpers_1.tempDir)('csl-oracle');
    const catalogue = (0, helpers_1.realCatalogue)();
    const library = libraryPapers();
    const papers = new Map([...CATALOGUE_KEYS.map((key) => {
            const paper = catalogue.papers.find((candidate) => candidate.key === key);
            assert.ok(paper, `catalogue has ${key}`);
            return [key, paper];
        }), ...library.map((paper) => [paper.key, paper])]);
    fs.writeFileSync(path.join(dir, 'catalogue.bib'), (0, bibtex_1.toBibtexFile)(CATALOGUE_KEYS.map((key) => papers.get(key))));
    const totals = { same: 0, all: 0 };
    for (const style of STYLES) {
        it(`prints every citation and entry as Pandoc does with ${style}.csl (90% or more identical)`, () => {
            const styleFile = path.join(STYLES_DIR, `${style}.csl`);
            assert.ok(fs.existsSync(styleFile), `${styleFile} is missing: apt-get install citation-style-language-styles (scripts/system-packages.sh installs it)`);
            const styles = new citationStyles_1.CitationStyles({
                readStyle: (reference) => ({ version: reference, read: () => fs.readFileSync(reference, 'utf8') }),
                settings: () => ({ style: styleFile }),
                report: (message) => assert.fail(message),
            });
            const differences = [];
            let same = 0;
            let all = 0;
            const compare = (what, ours, theirs) => {
                all++;
                if (ours === theirs)
                    same++;
                else
                    differences.push(`  ${what}\n    pandoc:      ${theirs ?? '(none)'}\n    paper-notes: ${ours ?? '(none)'}`);
            };
            NOTES.forEach((note, n) => {
                const ours = printed((0, renderNote_1.renderNotePage)(note, {
                    lookup: (key) => papers.get(key),
                    keys: () => papers.keys(),
                    settings: () => ({ citationLabel: 'csl' }),
                    citationStyle: (options) => styles.formatter({ lang: options.lang }),
                }, '', 'note'));
                const noteFile = path.join(dir, `note${n}.md`);
                fs.writeFileSync(noteFile, note);
                const run = (0, node_child_process_1.spawnSync)('pandoc', [noteFile, '--citeproc', '--csl', styleFile, '--bibliography', path.join(FIXTURES, 'library.bib'),
                    '--bibliography', path.join(FIXTURES, 'library.json'), '--bibliography', path.join(dir, 'catalogue.bib'), '-t', 'html', '--wrap=none'], { encoding: 'utf8' });
                if (run.error)
                    assert.fail('pandoc is not installed: apt-get install pandoc (.ci/run installs it)');
                assert.equal(run.status, 0, run.stderr);
                const theirs = printed(run.stdout);
                assert.ok(theirs.citations.length > 5, 'pandoc printed the citations');
                const count = Math.max(ours.citations.length, theirs.citations.length);
                for (let i = 0; i < count; i++)
                    compare(`note ${n + 1}, citation ${i + 1}`, ours.citations[i], theirs.citations[i]);
                for (let i = 0; i < Math.max(ours.notes.length, theirs.notes.length); i++)
                    compare(`note ${n + 1}, footnote ${i + 1}`, ours.notes[i], theirs.notes[i]);
                for (const key of new Set([...theirs.entries.keys(), ...ours.entries.keys()]))
                    compare(`note ${n + 1}, entry ${key}`, ours.entries.get(key), theirs.entries.get(key));
            });
            totals.same += same;
            totals.all += all;
            console.log(`      ${style}: ${same} of ${all} identical (${(100 * same / all).toFixed(1)}%)${differences.length ? `; differences:\n${differences.join('\n')}` : ''}`);
            // The issue's target (95%) is over all styles, below; one style alone may fall to 90%.
            assert.ok(same / all >= 0.9, `${style}: ${same} of ${all} identical, under 90%`);
        });
    }
    it('agrees on 95% or more of all citations and entries, over the four styles', () => {
        assert.equal(totals.all > 100, true, `the styles' tests ran first (${totals.all} compared)`);
        console.log(`      all styles: ${totals.same} of ${totals.all} identical (${(100 * totals.same / totals.all).toFixed(1)}%)`);
        assert.ok(totals.same / totals.all >= 0.95, `${totals.same} of ${totals.all} identical, under 95%`);
    });
});
