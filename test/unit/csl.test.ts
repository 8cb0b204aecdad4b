/**
 * CSL formatting: Pandoc's locators, the formatter's own rules (author in
 * text, notes, unknown keys, escaping), the style choice, and the `csl`
 * label in the markdown-it plugin (clusters, front matter, #refs, footnotes).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import MarkdownIt from 'markdown-it';
import { bundledLocale, bundledStyle } from '../../src/core/csl/bundledStyles';
import { CitationStyles, styleFileAt } from '../../src/core/csl/citationStyles';
import { affixMarkup, type CiteItem, type CslItem, CslFormatter, StyleError, styleInfo } from '../../src/core/csl/cslFormatter';
import { cslItemFor } from '../../src/core/csl/cslItems';
import { htmlToMarkdown, htmlToText, safeCslHtml } from '../../src/core/csl/formattedText';
import { parseLocator, styleLocatorTerms } from '../../src/core/csl/locator';
import type { Paper } from '../../src/core/paper';
import { noteBibliographies, noteCitationOptions, parsedFrontMatter } from '../../src/markdown/frontMatter';
import { createPaperNotesPlugin, type PaperNotesHost } from '../../src/markdown/paperNotesPlugin';
import { renderNotePage } from '../../src/markdown/renderNote';
import { makePaper } from './helpers';

const CHICAGO_NOTE = '/usr/share/citation-style-language/styles/chicago-fullnote-bibliography.csl';

const ITEMS: Record<string, CslItem> = {
  doe: { id: 'doe', type: 'article-journal', title: 'A study of things', author: [{ family: 'Doe', given: 'Jane' }], issued: { 'date-parts': [[2020]] }, 'container-title': 'Journal', page: '10-20' },
  roe: { id: 'roe', type: 'book', title: 'Beethoven', author: [{ family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' }], issued: { 'date-parts': [[1999]] } },
  evil: { id: 'evil', type: 'book', title: '<img src=x onerror=alert(1)> & <script>alert(2)</script>', author: [{ literal: '<b onclick="x()">Mallory</b>' }], issued: { 'date-parts': [[2021]] } },
};

const apa = (): CslFormatter => new CslFormatter(bundledStyle('apa')!, { retrieve: bundledLocale });
const cite = (key: string, fields: Partial<CiteItem> = {}): CiteItem => ({ key, prefix: '', after: '', suppressAuthor: false, ...fields });
const lookup = (key: string): CslItem | undefined => ITEMS[key];

describe('Pandoc locators', () => {
  it('reads labelled, bare and braced locators and keeps the rest as the suffix', () => {
    assert.deepEqual(parseLocator(', p. 33'), { label: 'page', locator: '33', suffix: '' });
    assert.deepEqual(parseLocator(', pp. 33-35, and passim'), { label: 'page', locator: '33-35', suffix: ', and passim' });
    assert.deepEqual(parseLocator(', 33'), { label: 'page', locator: '33', suffix: '' });
    assert.deepEqual(parseLocator(', sec. 2.1'), { label: 'section', locator: '2.1', suffix: '' });
    assert.deepEqual(parseLocator(', p. 33a'), { label: 'page', locator: '33a', suffix: '' });
    assert.deepEqual(parseLocator(', fig. 3'), { label: 'figure', locator: '3', suffix: '' });
    assert.deepEqual(parseLocator(', chapter 4'), { label: 'chapter', locator: '4', suffix: '' });
    assert.deepEqual(parseLocator(', {pp. iv, vi-xi} and more'), { label: 'page', locator: 'iv, vi-xi', suffix: ' and more' });
    assert.deepEqual(parseLocator(' and elsewhere'), null);
    assert.deepEqual(parseLocator(', 1st edition'), null, 'a number glued to letters is no locator');
    assert.deepEqual(parseLocator(''), null);
    // Without a label only a number is a locator, as in Pandoc: these are suffixes.
    assert.deepEqual(parseLocator(', iv'), null);
    assert.deepEqual(parseLocator(', i.e. the model'), null);
    assert.deepEqual(parseLocator(', mild case'), null);
    assert.deepEqual(parseLocator(', pp. iv-vi'), { label: 'page', locator: 'iv-vi', suffix: '' });
  });

  it('takes a style\'s own terms (IEEE\'s ch.) on top of the locale\'s', () => {
    assert.equal(parseLocator(', ch. 2'), null, 'en-US has no ch.');
    const terms = styleLocatorTerms('<style xmlns="http://purl.org/net/xbiblio/csl"><locale><terms><term name="chapter" form="short">ch.</term></terms></locale></style>');
    assert.deepEqual(parseLocator(', ch. 2', terms), { label: 'chapter', locator: '2', suffix: '' });
    assert.deepEqual(parseLocator(', p. 2', terms), { label: 'page', locator: '2', suffix: '' });
  });
});

describe('CSL formatter', () => {
  it('formats clusters with prefixes, locators, suppressed authors and an author in text', () => {
    const note = apa().format({ clusters: [
      { items: [cite('doe', { prefix: 'see', after: ', p. 33' }), cite('roe')], authorInText: false },
      { items: [cite('doe', { after: 'p. 3' })], authorInText: true },
      { items: [cite('roe', { suppressAuthor: true })], authorInText: false },
    ] }, lookup);
    assert.deepEqual(note.citations.map((citation) => citation.html), ['(see Doe, 2020, p. 33; van Beethoven, 1999)', 'Doe (2020, p. 3)', '(1999)']);
    assert.deepEqual(note.bibliography.map((entry) => entry.key), ['doe', 'roe']);
    assert.deepEqual(note.bibliographyClasses, ['hanging-indent']);
  });

  it('renders Markdown emphasis in prefixes and suffixes, as Pandoc does, and escapes the rest', () => {
    const note = apa().format({ clusters: [{ items: [cite('doe', { prefix: '*cf.* <b onclick=x>', after: ', p. 3, **emphasis** _added_ a * b * c snake_case_name' })], authorInText: false }] }, lookup);
    assert.equal(note.citations[0].html, '(<i>cf.</i> &#60;b onclick=x&#62; Doe, 2020, p. 3, <b>emphasis</b> <i>added</i> a * b * c snake_case_name)');
    assert.equal(affixMarkup('**a** *b* _c_ d_e_f * g *'), '<b>a</b> <i>b</i> <i>c</i> d_e_f * g *');
  });

  it('leaves unknown keys out of the formatting and says which keys it formatted', () => {
    const note = apa().format({ clusters: [{ items: [cite('nobody'), cite('doe')], authorInText: false }, { items: [cite('nobody')], authorInText: false }] }, lookup);
    assert.deepEqual(note.citations.map((citation) => [citation.html, citation.keys]), [['(Doe, 2020)', ['doe']], ['', []]]);
  });

  it('puts nocite keys in the bibliography only, and @* brings every key', () => {
    const some = apa().format({ clusters: [], nocite: ['roe'] }, lookup);
    assert.deepEqual(some.bibliography.map((entry) => entry.key), ['roe']);
    const all = apa().format({ clusters: [], nocite: ['*'] }, lookup, () => Object.keys(ITEMS));
    assert.equal(all.bibliography.length, 3);
  });

  it('links each cited item to its entry with link-citations', () => {
    const note = apa().format({ clusters: [{ items: [cite('doe'), cite('roe')], authorInText: false }], linkCitations: true }, lookup);
    assert.match(note.citations[0].html, /<a href="#ref-doe" role="doc-biblioref">Doe, 2020<\/a>; <a href="#ref-roe" role="doc-biblioref">van Beethoven, 1999<\/a>/);
  });

  it('escapes what an item holds: no tag or attribute of it reaches the HTML', () => {
    const note = apa().format({ clusters: [{ items: [cite('evil')], authorInText: false }] }, lookup);
    const html = note.citations[0].html + note.bibliography[0].html;
    assert.doesNotMatch(html, /<(?:img|script|b )|<[^>]*(?:onclick|onerror)=/);
    assert.match(note.bibliography[0].html, /&#60;img src=x onerror=alert\(1\)&#62;/);
  });

  it('with a note style: citations are footnotes starting with a capital, an author in text stays in the text', () => {
    const chicago = new CslFormatter(fs.readFileSync(CHICAGO_NOTE, 'utf8'), { retrieve: bundledLocale });
    assert.equal(chicago.info.kind, 'note');
    const note = chicago.format({ clusters: [
      { items: [cite('doe', { prefix: 'see', after: ', 12' })], authorInText: false },
      { items: [cite('doe', { after: '14' })], authorInText: true },
    ] }, lookup);
    assert.equal(note.citations[0].html, '');
    assert.match(note.citations[0].note!, /^See Jane Doe, “A Study of Things,” <i>Journal<\/i>, 2020, 12\.$/);
    assert.equal(note.citations[1].html, 'Doe', 'cited before: the short form of the name');
    assert.match(note.citations[1].note!, /14\.$/);
  });

  it('knows each cite\'s position in one pass as citeproc-js does citation by citation (400 random notes, two note styles)', function () {
    this.timeout(60_000);
    const keys = Object.keys(ITEMS);
    for (const file of [CHICAGO_NOTE, CHICAGO_NOTE.replace('.csl', '-with-ibid.csl')]) {
      const xml = fs.readFileSync(file, 'utf8');
      const onePass = new CslFormatter(xml, { retrieve: bundledLocale });
      const inOrder = new CslFormatter(xml, { retrieve: bundledLocale }, { inOrder: true });
      let seed = 7;
      const next = (n: number): number => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % n;
      };
      for (let trial = 0; trial < 200; trial++) {
        const clusters = Array.from({ length: 1 + next(14) }, () => ({
          items: Array.from({ length: 1 + next(2) }, () => cite(keys[next(keys.length)], { after: ['', '', ', p. 3', ', p. 4', ', 7'][next(5)] })),
          authorInText: next(6) === 0,
        }));
        const request = { clusters };
        assert.deepEqual(onePass.format(request, lookup).citations, inOrder.format(request, lookup).citations, `${file}, note ${trial}: ${JSON.stringify(clusters)}`);
      }
    }
  });

  it('forgets the uncited items of the note before (a hover\'s reference does not stay in the next bibliography)', () => {
    const formatter = apa();
    assert.deepEqual(formatter.format({ clusters: [], nocite: ['roe'] }, lookup).bibliography.map((entry) => entry.key), ['roe']);
    assert.deepEqual(formatter.format({ clusters: [{ items: [cite('doe')], authorInText: false }] }, lookup).bibliography.map((entry) => entry.key), ['doe']);
    assert.deepEqual(formatter.format({ clusters: [{ items: [cite('evil')], authorInText: false }] }, lookup).bibliography.map((entry) => entry.key), ['evil']);
  });

  it('keeps a style\'s own terms from putting markup in the HTML', () => {
    const ieee = fs.readFileSync('/usr/share/citation-style-language/styles/ieee.csl', 'utf8')
      .replace('<terms>', '<terms><term name="open-quote">&lt;img src=x onerror=alert&gt;</term><term name="close-quote">&lt;script&gt;&amp;</term>');
    const note = new CslFormatter(ieee, { retrieve: bundledLocale }).format({ clusters: [{ items: [cite('doe')], authorInText: false }] }, lookup);
    const html = note.bibliography[0].html;
    assert.match(html, /&lt;img src=x onerror=alert&gt;A study of things,&lt;script&gt;&amp;/);
    assert.doesNotMatch(html, /<img|<script/);
  });

  it('escapes a catalogue title once', () => {
    const paper = makePaper({ key: 'amp', cleanTitle: 'Attention & Memory <Revisited>' });
    const note = apa().format({ clusters: [{ items: [cite('amp')], authorInText: false }] }, () => cslItemFor(paper));
    assert.equal(htmlToText(note.bibliography[0].html), 'Attention & Memory <Revisited>. (2024).');
  });

  it('gives Ibid. only for the same locator and label (chap. 3 after p. 3 is not Ibid.)', () => {
    const ibid = new CslFormatter(fs.readFileSync(CHICAGO_NOTE.replace('.csl', '-with-ibid.csl'), 'utf8'), { retrieve: bundledLocale });
    const notes = ibid.format({ clusters: [
      { items: [cite('doe', { after: ', p. 3' })], authorInText: false },
      { items: [cite('doe', { after: ', p. 3' })], authorInText: false },
      { items: [cite('doe', { after: ', chap. 3' })], authorInText: false },
    ] }, lookup).citations.map((citation) => citation.note);
    assert.equal(notes[1], 'Ibid.');
    assert.match(notes[2]!, /chap\. 3/);
  });

  it('links each cite to its own entry when the style sorts them', () => {
    const note = apa().format({ clusters: [{ items: [cite('roe'), cite('doe')], authorInText: false }], linkCitations: true }, lookup);
    const links = [...note.citations[0].html.matchAll(/<a href="#ref-(\w+)" role="doc-biblioref">([^<]*)<\/a>/g)].map((match) => [match[1], match[2]]);
    assert.deepEqual(links, [['doe', 'Doe, 2020'], ['roe', 'van Beethoven, 1999']]);
  });

  it('says why a style cannot be used', () => {
    assert.throws(() => styleInfo('<html></html>'), StyleError);
    assert.throws(() => new CslFormatter('<nothing/>', { retrieve: bundledLocale }), /not a CSL style/);
    assert.throws(() => styleInfo(`<style xmlns="http://purl.org/net/xbiblio/csl">${' '.repeat(2_000_001)}</style>`), /larger than 2 MB/);
    assert.throws(() => styleInfo('<style '.repeat(100_000)), /not a CSL style/);
    assert.deepEqual(styleInfo(bundledStyle('vancouver')!), { kind: 'in-text', title: 'NLM/Vancouver: Citing Medicine 2nd edition (citation-sequence)' });
  });
});

describe('CSL items of papers', () => {
  it('makes a catalogue paper\'s item as Pandoc reads its BibTeX: capitals kept, date, code link, author count', () => {
    const paper = makePaper({ key: 'sret2021', cleanTitle: 'SReT: A <Sliced> Transformer & co', year: 2021, date: '2021-11-09', codeUrl: 'https://github.com/a/b', authorsCount: 3 });
    assert.deepEqual(cslItemFor(paper), {
      id: 'sret2021', type: 'article', title: '<span class="nocase">SReT: A <Sliced> Transformer & co</span>',
      issued: { 'date-parts': [[2021, 11, 9]] }, URL: 'https://github.com/a/b', note: '3 authors (names not listed)',
    });
    assert.deepEqual(cslItemFor(makePaper({ year: null, date: null, authorsCount: 1 })).issued, undefined);
  });

  it('uses a library entry\'s own item, under the paper\'s key; without one (or a damaged one), the entry\'s fields', () => {
    const library = { file: 'a.bib', line: 1, column: 1, type: 'book', authors: [], venue: null, doi: null, url: null, bibtex: null };
    const own = makePaper({ key: 'mine', library: { ...library, csl: JSON.stringify({ id: 'other', type: 'book', title: 'Mine' }) } });
    assert.deepEqual(cslItemFor(own), { id: 'mine', type: 'book', title: 'Mine' });
    const damaged = makePaper({ key: 'damaged', cleanTitle: 'Damaged', year: 2019, date: '2019-05', library: { ...library, type: 'article-journal', authors: ['van der Berg, Jan', 'King, Jr., Martin', 'OpenAI'], venue: 'Journal', doi: '10.1/x', url: 'https://x.org', csl: '{not json' } });
    assert.deepEqual(cslItemFor(damaged), {
      id: 'damaged', type: 'article-journal', title: 'Damaged', issued: { 'date-parts': [[2019, 5]] }, 'container-title': 'Journal', DOI: '10.1/x', URL: 'https://x.org',
      author: [{ family: 'van der Berg', given: 'Jan' }, { family: 'King', suffix: 'Jr.', given: 'Martin' }, { literal: 'OpenAI' }],
    });
    const book = makePaper({ key: 'book', library: { ...library, venue: 'MIT Press' } });
    assert.equal(cslItemFor(book).publisher, 'MIT Press', 'a book\'s venue is its publisher');
  });
});

describe('formatted text', () => {
  it('gives plain text and Markdown of citeproc\'s HTML', () => {
    const html = '<div class="csl-left-margin">[1] </div><div class="csl-right-inline">J. Doe, <i>A *Book*</i> &#38; <b>more</b>.</div>';
    assert.equal(htmlToText(html), '[1] J. Doe, A *Book* & more.');
    assert.equal(htmlToMarkdown(html), '\\[1\\] J\\. Doe, *A \\*Book\\** \\& **more**\\.');
  });
});

describe('citation style choice', () => {
  const files: Record<string, string> = { 'styles/note.csl': fs.readFileSync(CHICAGO_NOTE, 'utf8'), 'broken.csl': '<html>no</html>' };
  const make = (settings: { style?: string; locale?: string } = {}) => {
    const reports: string[] = [];
    const styles = new CitationStyles({
      readStyle: (reference) => (files[reference] !== undefined ? { version: reference, read: () => files[reference] } : `${reference} does not exist`),
      settings: () => settings,
      report: (message) => reports.push(message),
    });
    return { styles, reports };
  };

  it('takes front matter first, then the setting, then APA', () => {
    const { styles } = make({ style: 'vancouver' });
    assert.equal(styles.formatter({ csl: 'styles/note.csl' }).info.kind, 'note');
    assert.match(styles.formatter({}).info.title, /Vancouver/);
    assert.match(make().styles.formatter({}).info.title, /^APA/);
    assert.equal(styles.formatter({}), styles.formatter({}), 'a formatter is built once per style and locale');
  });

  it('reports a missing or broken style once, and uses the next choice', () => {
    const { styles, reports } = make({ style: 'broken.csl' });
    assert.match(styles.formatter({ csl: 'missing.csl' }).info.title, /^APA/);
    styles.formatter({ csl: 'missing.csl' });
    assert.deepEqual(reports, [
      "Citation style 'missing.csl' from the note's front matter (csl:) cannot be used: missing.csl does not exist. Citations use APA instead.",
      "Citation style 'broken.csl' from the setting paperNotes.citationStyle cannot be used: it is not a CSL style (no <style xmlns=\"http://purl.org/net/xbiblio/csl\"> element). Citations use APA instead.",
    ]);
  });

  it('gives hovers and copied references a formatter of their own, so the preview\'s keeps what it registered', () => {
    const { styles } = make();
    const notes = styles.formatter({});
    assert.notEqual(styles.formatter({}, undefined, 'references'), notes);
    assert.equal(styles.formatter({}), notes);
    assert.equal(styles.formatter({}, undefined, 'references'), styles.formatter({}, undefined, 'references'));
  });

  it('uses the next choice without a report while a style file is still being read (the browser reads files asynchronously)', () => {
    const reports: string[] = [];
    let ready = false;
    const styles = new CitationStyles({
      readStyle: (reference) => (ready ? { version: reference, read: () => files['styles/note.csl'] } : null),
      settings: () => ({ style: 'vancouver' }),
      report: (message) => reports.push(message),
    });
    assert.match(styles.formatter({ csl: 'styles/note.csl' }).info.title, /Vancouver/);
    ready = true;
    assert.equal(styles.formatter({ csl: 'styles/note.csl' }).info.kind, 'note');
    assert.deepEqual(reports, []);
  });

  it('uses a bundled locale (lang: de-DE), and reports one it does not have', () => {
    const { styles, reports } = make();
    const german = styles.formatter({ lang: 'de-DE' }).format({ clusters: [{ items: [cite('doe', { after: ', p. 3' })], authorInText: false }] }, lookup);
    assert.equal(german.citations[0].html, '(Doe, 2020, S. 3)');
    styles.formatter({ lang: 'xx-YY' });
    assert.deepEqual(reports, ["Locale 'xx-YY' is not bundled with Paper Notes; citations use en-US terms."]);
  });
});

describe('front matter citation options', () => {
  it('reads csl, lang, nocite (with @*), link-citations, reference-section-title and suppress-bibliography', () => {
    assert.deepEqual(noteCitationOptions('csl: ieee.csl\nlang: de-DE\nnocite: |\n  @a, @b\nlink-citations: true\nreference-section-title: Works cited\nsuppress-bibliography: yes'), {
      csl: 'ieee.csl', lang: 'de-DE', nocite: ['a', 'b'], linkCitations: true, referenceSectionTitle: 'Works cited', suppressBibliography: true,
    });
    assert.deepEqual(noteCitationOptions('nocite: "@*"').nocite, ['*']);
    assert.deepEqual(noteCitationOptions('nocite: [0, "@x"]').nocite, ['x']);
    assert.deepEqual(noteCitationOptions('title: only\n'), { nocite: [], linkCitations: false, suppressBibliography: false });
    assert.deepEqual(noteCitationOptions('csl: [unclosed'), { nocite: [], linkCitations: false, suppressBibliography: false });
    assert.deepEqual(noteCitationOptions(null), { nocite: [], linkCitations: false, suppressBibliography: false });
  });

  it('parses a front matter once for both the library and the citation options, and again when it changes', () => {
    const block = 'bibliography: refs.bib\ncsl: ieee.csl';
    const first = parsedFrontMatter(block);
    assert.deepEqual(noteBibliographies(`---\n${block}\n---\nText.`), ['refs.bib']);
    assert.equal(noteCitationOptions(block).csl, 'ieee.csl');
    assert.equal(parsedFrontMatter(block), first, 'the same text is not parsed again');
    const changed = parsedFrontMatter('bibliography: other.bib\ncsl: ieee.csl');
    assert.notEqual(changed, first);
    assert.deepEqual(changed, { bibliography: 'other.bib', csl: 'ieee.csl' });
    assert.equal(parsedFrontMatter('csl: [unclosed'), null, 'not YAML');
    assert.deepEqual(noteBibliographies('---\nbibliography: [unclosed\n---\nText.'), [], 'a front matter that is not YAML names no library');
    assert.equal(parsedFrontMatter(''), null);
  });
});

describe('the csl label in the preview plugin', () => {
  const papers = new Map<string, Paper>([
    ['doe', makePaper({ key: 'doe', library: { file: 'a.bib', line: 1, column: 1, type: 'article-journal', authors: ['Doe, Jane'], venue: 'Journal', doi: null, url: null, bibtex: null, csl: JSON.stringify(ITEMS.doe) } })],
    ['roe', makePaper({ key: 'roe', library: { file: 'a.bib', line: 9, column: 1, type: 'book', authors: ['van Beethoven, Ludwig'], venue: null, doi: null, url: null, bibtex: null, csl: JSON.stringify(ITEMS.roe) } })],
  ]);
  const styles = new CitationStyles({
    readStyle: (reference) => (reference === 'note.csl' ? { version: 'note', read: () => fs.readFileSync(CHICAGO_NOTE, 'utf8') } : 'missing'),
    settings: () => ({}),
    report: () => undefined,
  });
  const host: PaperNotesHost = {
    lookup: (key) => papers.get(key),
    keys: () => papers.keys(),
    citationStyle: (options) => styles.formatter(options),
  };
  const render = (text: string): string => new MarkdownIt({ html: true }).use(createPaperNotesPlugin(host)).render(text);

  it('is the default when the host can format, with Pandoc\'s HTML for citations and the bibliography at the end', () => {
    const html = render('As [see @doe, p. 3; @roe] and @doe [p. 5] show.\n\nMore.\n');
    assert.match(html, /<p>As <span class="citation" data-cites="doe roe" title="[^"]*">\(see Doe, 2020, p\. 3; van Beethoven, 1999\)<\/span> and <span class="citation" data-cites="doe" title="[^"]*">Doe \(2020, p\. 5\)<\/span> show\.<\/p>/);
    assert.match(html, /data-cites="doe roe" title="A Test Paper \(2024\); A Test Paper \(2024\)"/, 'what each cited paper is, on hover');
    assert.match(html, /<p>More\.<\/p>\n<div id="refs" class="references csl-bib-body hanging-indent" role="doc-bibliography">\n<div id="ref-doe" class="csl-entry" role="doc-biblioentry">Doe, J\. \(2020\)/);
  });

  it('keeps a bracket that is not all citations as text, its keys read one by one', () => {
    const html = render('A [note on @doe] and [@roe; not a key].\n');
    assert.match(html, /A <span class="citation" data-cites="doe" title="[^"]*">\(note on Doe, 2020\)<\/span>/, 'text before the key is its prefix');
    assert.match(html, /\[<span class="citation" data-cites="roe" title="[^"]*">van Beethoven \(1999\)<\/span>; not a key\]/);
  });

  it('keeps what the note wrote around an unknown key, and a footnote mark after a key', () => {
    const html = render('As [see @doe, p. 3; compare @typo, chap. 2] and @roe[^1] show.\n');
    assert.match(html, /\(see Doe, 2020, p\. 3\)<\/span> compare <span class="paper-notes-cite paper-notes-unknown"[^>]*>@typo<\/span>, chap\. 2/);
    assert.match(html, /van Beethoven \(1999\)<\/span>\[\^1\] show\./);
  });

  it('keeps each note\'s own meaning of a key (its front matter libraries)', () => {
    const mine = makePaper({ key: 'smith', library: { file: 'a/refs.bib', line: 1, column: 1, type: 'book', authors: [], venue: null, doi: null, url: null, bibtex: null, csl: JSON.stringify({ id: 'smith', type: 'book', title: 'First Smith' }) } });
    const theirs = makePaper({ key: 'smith', library: { file: 'b/refs.bib', line: 1, column: 1, type: 'book', authors: [], venue: null, doi: null, url: null, bibtex: null, csl: JSON.stringify({ id: 'smith', type: 'book', title: 'Second Smith' }) } });
    const md = new MarkdownIt().use(createPaperNotesPlugin({ ...host, lookup: (key, document) => (key === 'smith' ? (document === 'b.md' ? theirs : mine) : undefined) }));
    assert.match(md.render('See [@smith].\n', { currentDocument: 'a.md' }), /First Smith/);
    assert.match(md.render('See [@smith].\n', { currentDocument: 'b.md' }), /Second Smith/);
  });

  it('shows the citations as written, and says why, when formatting fails', () => {
    const failing = new MarkdownIt().use(createPaperNotesPlugin({ ...host, citationStyle: () => { throw new Error('citeproc-js could not take an entry'); } }));
    const html = failing.render('See [see @doe, p. 3].\n');
    assert.match(html, /<span class="citation" data-cites="doe">\[see @doe, p\. 3\]<\/span>/);
    assert.match(html, /could not format this note's citations: citeproc-js could not take an entry/);
  });

  it('shows unknown keys as written, and a citation inside a link as text', () => {
    const html = render('See [see @nobody, p. 3], [@doe; @ghost] and [a @doe link](https://example.org).\n');
    assert.match(html, /<span class="citation" data-cites="nobody">\[see <span class="paper-notes-cite paper-notes-unknown" title="Unknown citation key &#39;nobody&#39;[^"]*">@nobody<\/span>, p\. 3\]<\/span>/);
    assert.match(html, /<span class="citation" data-cites="doe ghost" title="[^"]*">\(Doe, 2020\)<\/span> <span class="paper-notes-cite paper-notes-unknown"[^>]*>@ghost<\/span>/);
    assert.match(html, /<a href="https:\/\/example.org">a @doe link<\/a>/);
  });

  it('places the bibliography at ::: {#refs}, with reference-section-title, and adds nocite keys', () => {
    const html = render('---\nnocite: "@roe"\nreference-section-title: Works cited\n---\nText [@doe].\n\n::: {#refs}\n:::\n\nAppendix.\n');
    assert.match(html, /<h1 class="unnumbered" id="bibliography">Works cited<\/h1>\n<div id="refs"[^>]*>\n<div id="ref-doe"[^>]*>.*<\/div>\n<div id="ref-roe"/);
    assert.ok(html.indexOf('id="refs"') < html.indexOf('Appendix.'), 'the bibliography is where the div is');
    assert.doesNotMatch(html, /:::/);
  });

  it('keeps a ::: block with text inside as text (nothing is hidden)', () => {
    const html = render('Text [@doe].\n\n::: {#refs}\nMy own words.\n:::\n');
    assert.match(html, /My own words\./);
    assert.match(html, /:::/);
  });

  it('suppress-bibliography and the references setting leave the bibliography out', () => {
    assert.doesNotMatch(render('---\nsuppress-bibliography: true\n---\nText [@doe].\n'), /id="refs"/);
    const off = new MarkdownIt().use(createPaperNotesPlugin({ ...host, settings: () => ({ references: false }) })).render('Text [@doe].\n');
    assert.doesNotMatch(off, /id="refs"/);
    assert.match(off, /data-cites="doe"/);
  });

  it('with a note style (csl: in front matter): footnotes at the end, punctuation before the mark', () => {
    const html = render('---\ncsl: note.csl\n---\nText [@doe]. And @roe says.\n');
    assert.match(html, /<p>Text\.<span class="citation" data-cites="doe" title="[^"]*"><a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1<\/sup><\/a><\/span> And <span class="citation" data-cites="roe" title="[^"]*">Ludwig van Beethoven<a href="#fn2"/);
    assert.match(html, /<section class="footnotes footnotes-end-of-document" role="doc-endnotes">\n<hr \/>\n<ol>\n<li id="fn1" role="doc-endnote"><p>Jane Doe, “A Study of Things,” <i>Journal<\/i>, 2020, 10–20\.<a href="#fnref1"/);
    assert.ok(html.indexOf('id="refs"') < html.indexOf('class="footnotes'), 'footnotes come last, as in Pandoc');
  });

  it('the key label reads as before; a host without a style reads csl as key', () => {
    const keyed = new MarkdownIt().use(createPaperNotesPlugin({ ...host, settings: () => ({ citationLabel: 'key' }) })).render('See [@doe].\n');
    assert.match(keyed, /<a class="paper-notes-cite" href="#paper-notes-ref-doe"[^>]*>@doe<\/a>/);
    const plain = new MarkdownIt().use(createPaperNotesPlugin({ lookup: (key) => papers.get(key), settings: () => ({ citationLabel: 'csl' }) })).render('See [@doe].\n');
    assert.match(plain, /paper-notes-cite/);
  });

  it('formats a note once while its citations stay the same', () => {
    let formats = 0;
    const formatter = styles.formatter({});
    const original = formatter.format.bind(formatter);
    const wrapped = Object.assign(Object.create(formatter) as CslFormatter, { format: (...args: Parameters<CslFormatter['format']>) => (formats++, original(...args)) });
    const counting: PaperNotesHost = { ...host, citationStyle: () => wrapped };
    const md = new MarkdownIt().use(createPaperNotesPlugin(counting));
    md.render('One [@doe].\n');
    md.render('One more word [@doe].\n');
    assert.equal(formats, 1);
    md.render('One [@doe, p. 4].\n');
    assert.equal(formats, 2);
  });

  it('render passes the front matter through: a page in the note\'s style', () => {
    const page = renderNotePage('---\nlink-citations: true\n---\nSee [@doe].\n', host, '', 'n');
    assert.match(page, /<a href="#ref-doe" role="doc-biblioref">Doe, 2020<\/a>/);
    assert.doesNotMatch(page, /link-citations/);
  });
});

describe('CSL details (each rule pinned)', () => {
  it('reads every locator term of the en-US locale as its label', () => {
    const terms: [string, string][] = [
      ['act 2', 'act'], ['app. 2', 'appendix'], ['art. 2', 'article-locator'], ['bk. 2', 'book'], ['c. 2', 'canon'], ['chap. 2', 'chapter'],
      ['col. 2', 'column'], ['loc. 2', 'elocation'], ['eq. 2', 'equation'], ['fig. 2', 'figure'], ['figs. 2', 'figure'], ['fol. 2', 'folio'],
      ['iss. 2', 'issue'], ['l. 2', 'line'], ['ll. 2', 'line'], ['n. 2', 'note'], ['op. 2', 'opus'], ['p. 2', 'page'], ['pp. 2', 'page'],
      ['para. 2', 'paragraph'], ['¶ 2', 'paragraph'], ['¶¶ 2', 'paragraph'], ['pt. 2', 'part'], ['r. 2', 'rule'], ['sc. 2', 'scene'],
      ['sec. 2', 'section'], ['§ 2', 'section'], ['§§ 2', 'section'], ['s.v. 2', 'sub-verbo'], ['sub verbo 2', 'sub-verbo'], ['tbl. 2', 'table'],
      ['timestamp 2', 'timestamp'], ['tit. 2', 'title'], ['v. 2', 'verse'], ['vol. 2', 'volume'], ['vols. 2', 'volume'], ['pages 2', 'page'],
    ];
    for (const [text, label] of terms) assert.deepEqual(parseLocator(`, ${text}`), { label, locator: '2', suffix: '' }, text);
    assert.deepEqual(parseLocator(', {chap. 3a-b}'), { label: 'chapter', locator: '3a-b', suffix: '' });
    assert.deepEqual(parseLocator(', { 3a-b } more'), { label: 'page', locator: '3a-b', suffix: ' more' });
    assert.equal(parseLocator(', {unclosed 3'), null);
    assert.equal(parseLocator(', pagesize 3'), null, 'a term must end its word');
    assert.equal(parseLocator(', p.q'), null);
    assert.deepEqual(parseLocator(', p.x'), { label: 'page', locator: 'x', suffix: '' }, 'x is a roman numeral');
  });

  it('reads a style\'s locale terms, singular and plural forms, with article as article-locator', () => {
    const xml = '<style xmlns="http://purl.org/net/xbiblio/csl"><locale xml:lang="en"><terms>'
      + '<term name="article" form="short"><single>Art</single><multiple>Arts</multiple></term>'
      + '<term name="figure" form="short"> Abb. </term><term name="edition">ed.</term><term name="page" form="short"></term></terms></locale>'
      + '<locale><terms><term name="verse" form="short">Vs.</term></terms></locale></style>';
    const terms = styleLocatorTerms(xml)!;
    assert.deepEqual(parseLocator(', Art 4', terms), { label: 'article-locator', locator: '4', suffix: '' });
    assert.deepEqual(parseLocator(', arts 4', terms), { label: 'article-locator', locator: '4', suffix: '' });
    assert.deepEqual(parseLocator(', abb. 4', terms), { label: 'figure', locator: '4', suffix: '' });
    assert.deepEqual(parseLocator(', vs. 4', terms), { label: 'verse', locator: '4', suffix: '' }, 'the second locale block counts too');
    assert.equal(parseLocator(', ed. 4', terms), null, 'edition is no locator');
    assert.equal(terms.terms[0].length >= terms.terms[terms.terms.length - 1].length, true, 'longest first');
    assert.equal(styleLocatorTerms('<style xmlns="http://purl.org/net/xbiblio/csl"><locale><terms><term name="edition">ed.</term></terms></locale></style>'), undefined);
    assert.equal(styleLocatorTerms('<style><locale><terms><term name="verse">vs.</term></terms>'), undefined, 'an unclosed locale is not read');
  });

  it('decodes entities and keeps only citeproc-js\'s own tags', () => {
    assert.equal(htmlToText('a&#x41;&#66;&amp;&lt;&gt;&quot;&apos;&nbsp;b &bogus; &#0; &#x110000;'), 'aAB&<>"\' b &bogus; &#0; &#x110000;');
    assert.equal(htmlToText('  <div class="csl-left-margin">[1]</div>\n<div class="csl-right-inline">x</div>  '), '[1] x');
    assert.equal(htmlToMarkdown('<div class="csl-left-margin">[1]</div><div class="csl-right-inline"><em>x</em> <strong>y</strong></div>'), '\\[1\\] *x* **y**');
    assert.equal(safeCslHtml('a < b <i>c</i> & d &amp; <span class="nocase">E</span> <a href="#ref-x" role="doc-biblioref">x</a> > <img src=x>'),
      'a &lt; b <i>c</i> &amp; d &amp; <span class="nocase">E</span> <a href="#ref-x" role="doc-biblioref">x</a> &gt; &lt;img src=x&gt;');
    assert.equal(safeCslHtml('<i <b>x</b>'), '&lt;i <b>x</b>', 'a tag ends before the next <');
    assert.equal(safeCslHtml('<div class="csl-left-margin">[1] </div><div class="csl-entry">'), '<div class="csl-left-margin">[1] </div>&lt;div class="csl-entry"&gt;');
    assert.equal(safeCslHtml('end <'), 'end &lt;');
  });

  it('reads front matter values as Pandoc does: trimmed text, numbers, yes and on', () => {
    assert.deepEqual(noteCitationOptions('csl: "  ieee.csl  "\nlang: 5\nlink-citations: " on "\nsuppress-bibliography: no\nreference-section-title: "  "'), {
      csl: 'ieee.csl', lang: '5', nocite: [], linkCitations: true, suppressBibliography: false, referenceSectionTitle: undefined,
    });
    assert.deepEqual(noteCitationOptions('citation-style: apa.csl').csl, 'apa.csl');
    assert.deepEqual(noteCitationOptions('- csl: x.csl').csl, undefined, 'a list is no front matter');
    assert.deepEqual(noteCitationOptions('nocite: "@{a.b}, @c., and @d:e"').nocite, ['a.b', 'c', 'd:e']);
  });

  it('fills a catalogue paper\'s item only with what it has', () => {
    assert.deepEqual(cslItemFor(makePaper({ key: 'one', cleanTitle: 'One', year: 2020, date: null, codeUrl: null, authorsCount: 1 })),
      { id: 'one', type: 'article', title: '<span class="nocase">One</span>', issued: { 'date-parts': [[2020]] }, note: '1 author (names not listed)' });
    assert.deepEqual(cslItemFor(makePaper({ key: 'none', cleanTitle: 'None', year: null, date: null, codeUrl: null, authorsCount: null })),
      { id: 'none', type: 'article', title: '<span class="nocase">None</span>' });
    const library = { file: 'a.bib', line: 1, column: 1, type: 'report', authors: [], venue: null, doi: null, url: null, bibtex: null };
    assert.deepEqual(cslItemFor(makePaper({ key: 'bare', cleanTitle: 'Bare', year: null, date: null, library })), { id: 'bare', type: 'report', title: 'Bare' });
    for (const type of ['article-journal', 'article-magazine', 'article-newspaper', 'paper-conference', 'chapter', 'entry-encyclopedia', 'entry-dictionary']) {
      assert.equal(cslItemFor(makePaper({ key: type, library: { ...library, type, venue: 'V' } }))['container-title'], 'V', type);
    }
    assert.deepEqual(cslItemFor(makePaper({ key: 'array', library: { ...library, csl: '[1]' } })).title, 'A Test Paper', 'an item that is not an object is not used');
  });

  it('reads a style file once per version, and again when it changes; a failing one is not read again', () => {
    const reads: string[] = [];
    let version = 'v1';
    const styles = new CitationStyles({
      readStyle: (reference) => ({
        version: `${reference}@${version}`,
        read: () => {
          reads.push(`${reference}@${version}`);
          if (reference === 'throws.csl') throw new Error('permission denied');
          return bundledStyle(version === 'v1' ? 'apa' : 'vancouver')!;
        },
      }),
      settings: () => ({}),
      report: () => undefined,
    });
    const first = styles.formatter({ csl: 'mine.csl' });
    assert.equal(styles.formatter({ csl: 'mine.csl' }), first);
    assert.notEqual(styles.formatter({ csl: 'mine.csl', lang: 'de-DE' }), first, 'another locale, another formatter');
    version = 'v2';
    assert.match(styles.formatter({ csl: 'mine.csl' }).info.title, /Vancouver/, 'a changed file is read again');
    styles.formatter({ csl: 'throws.csl' });
    styles.formatter({ csl: 'throws.csl' });
    assert.deepEqual(reads, ['mine.csl@v1', 'mine.csl@v2', 'throws.csl@v2']);
  });
});

describe('nocite: @* over a large library', () => {
  it('formats at most maxUncited uncited entries and counts the rest, cited ones always in', () => {
    const many: Record<string, CslItem> = {};
    for (let n = 0; n < 30; n++) many[`k${n}`] = { id: `k${n}`, type: 'book', title: `Book ${n}`, author: [{ family: `Author${String(n).padStart(2, '0')}` }], issued: { 'date-parts': [[2000 + n]] } };
    let looked = 0;
    const counted = (key: string): CslItem | undefined => (looked++, many[key]);
    const note = apa().format({ clusters: [{ items: [cite('k29')], authorInText: false }], nocite: ['*'], maxUncited: 10 }, counted, () => Object.keys(many));
    assert.equal(note.bibliography.length, 11, 'the cited entry and ten uncited ones');
    assert.ok(note.bibliography.some((entry) => entry.key === 'k29'));
    assert.equal(note.omitted, 19);
    assert.ok(looked <= 12, `only what is formatted is looked up (${looked})`);
    assert.equal(apa().format({ clusters: [], nocite: ['*'] }, counted, () => Object.keys(many)).bibliography.length, 30, 'no limit: every entry');
  });

  it('says in the preview how many entries it left out', () => {
    const papers = new Map<string, Paper>(Array.from({ length: 5 }, (_, n) => [`p${n}`, makePaper({ key: `p${n}`, cleanTitle: `Paper ${n}` })]));
    const styles = new CitationStyles({ readStyle: () => 'none', settings: () => ({}), report: () => undefined });
    const md = new MarkdownIt().use(createPaperNotesPlugin({ lookup: (key) => papers.get(key), keys: () => papers.keys(), citationStyle: (options) => styles.formatter(options), maxUncited: 2 }));
    const html = md.render('---\nnocite: "@*"\n---\nText.\n');
    assert.equal((html.match(/class="csl-entry"/g) ?? []).length, 2);
    assert.match(html, /<p class="paper-notes-omitted">3 more entries of <code>nocite<\/code> are left out of the preview/);
  });
});

describe('style files as hosts read them', () => {
  it('refuses what is no regular file or too large, names a missing file, and versions by path, time and size', () => {
    const stat = (found: { isFile: boolean; size?: number } | Error) => () => {
      if (found instanceof Error) throw found;
      return { isFile: () => found.isFile, size: found.size ?? 10, mtimeMs: 5 };
    };
    const read = (file: string) => `text of ${file}`;
    assert.equal(styleFileAt('/dev/zero', stat({ isFile: false }), read), '/dev/zero is not a file');
    assert.equal(styleFileAt('big.csl', stat({ isFile: true, size: 2_000_001 }), read), 'big.csl is larger than 2 MB, more than any CSL style');
    assert.equal(styleFileAt('gone.csl', stat(Object.assign(new Error('x'), { code: 'ENOENT' })), read), 'gone.csl does not exist');
    assert.equal(styleFileAt('locked.csl', stat(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })), read), 'locked.csl cannot be read (EACCES: permission denied)');
    const ok = styleFileAt('ok.csl', stat({ isFile: true, size: 2_000_000 }), read);
    assert.ok(typeof ok !== 'string');
    assert.equal(ok.version, 'ok.csl\0' + '5\0' + '2000000');
    assert.equal(ok.read(), 'text of ok.csl');
  });
});
