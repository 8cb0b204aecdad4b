import * as assert from 'node:assert/strict';
import { isUnchangedOwnEntry, toBibtex } from '../../src/core/bibtex';
import { dateOf, nameText, plainText } from '../../src/core/library/cslItem';
import { declaredEncoding, decodeLibrary, decodeWindows1252 } from '../../src/core/library/libraryEncoding';
import { paperFromEntry } from '../../src/core/library/libraryPaper';
import { libraryFormat, loadLibrary } from '../../src/core/library/loadLibrary';
import { paperMatches, parseQuery } from '../../src/core/queryFilters';
import { PaperIndex } from '../../src/core/search';
import { authorsText, sourceName, summaryRows } from '../../src/core/summaryView';
import { noteBibliographies } from '../../src/markdown/frontMatter';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const load = (text: string, file = 'refs.bib') => loadLibrary(utf8(text), file);
const byKey = (text: string, file = 'refs.bib') => new Map(load(text, file).entries.map((entry) => [entry.key, entry]));

describe('library files: BibTeX and BibLaTeX, entry by entry', () => {
  it('reads @string macros once for the file, with # concatenation, and the month macros', () => {
    const entries = byKey(`@string{conf = {Advances in Neural}}
@string{confx = conf # { Information Processing Systems}}
@inproceedings{a, title = {A}, booktitle = confx # { 30}, year = 2017, month = jun}`);
    assert.equal(entries.get('a')!.venue, 'Advances in Neural Information Processing Systems 30');
    assert.equal(entries.get('a')!.date, '2017-06');
  });

  it('converts TeX accents and commands to Unicode, drops protecting braces, and keeps names with particles and suffixes', () => {
    const entry = byKey(`@article{k, author = {van der Maaten, Laurens and Sun, Jr., Jian and Sch{\\"o}lkopf, Bernhard and {Google Brain}},
  title = {{BERT}: {\\'E}tude of {\\ss} and \\c{c} -- $\\alpha$ \\& more}, journal = {J}, year = {2019}}`).get('k')!;
    assert.deepEqual(entry.authors, ['van der Maaten, Laurens', 'Sun, Jr., Jian', 'Schölkopf, Bernhard', 'Google Brain']);
    assert.equal(entry.title, 'BERT: Étude of ß and ç – α & more');
    assert.equal(entry.type, 'article-journal');
  });

  it('reads the math symbols abstracts write ($3\\times$, $\\pm$, $\\sim$, $\\geq$, $O(n \\log n)$) as the symbols, not dropped: "3× fewer", not "3 fewer"', () => {
    const entry = byKey(String.raw`@article{k, title = {A $3\times$ Faster $O(n \log n)$ Model}, year = 2020,
  abstract = {It is 1.5$\times$--2$\times$ faster, reaching 71.3 $\pm$ 0.4 on GLUE, $\sim$2x less memory, $\geq$90\% recall and $\downarrow$12\% error ($p \leq 0.01$).}}`).get('k')!;
    assert.equal(entry.title, 'A 3× Faster O(n log n) Model');
    assert.equal(entry.abstract, 'It is 1.5×–2× faster, reaching 71.3 ± 0.4 on GLUE, ∼2x less memory, ≥90% recall and ↓12% error (p ≤ 0.01).');
    const more = byKey(String.raw`@article{m, title = {T}, year = 2020, abstract = {A $\frac{1}{2}$ share, $\tfrac{a+b}{2}$, an $\ell_1$ loss at 25$^{\circ}$C, AP$_{\text{50}}$ of 61.0.}}`).get('m')!;
    assert.equal(more.abstract, 'A 1/2 share, (a+b)/2, an ℓ₁ loss at 25°C, AP₅₀ of 61.0.');
    assert.deepEqual(paperFromEntry(more).summary!.results.map((result) => result.value), ['61.0'], 'a subscript metric (AP₅₀) is read');
    const forms = byKey(String.raw`@article{f, title = {T}, year = 2020, abstract = {$\frac{\pi}{2}$, $\frac12$, $\cfrac{1}{3}$, $n\log n$, $(\log n)$, $a \lesssim b \gtrsim c$, $x \Leftrightarrow y \leftrightarrow z$, $\mp \approx \simeq \le \ge \neq \ne \ll \gg \cdot \div \infty \to \leftarrow \uparrow \Rightarrow \propto \partial \nabla \in \cdots \circ \ast \star \prime \sqrt \sum \prod \mid$, $\ln \exp \max \min \sup \inf \lim \arg \argmax \argmin \sin \cos \tan \tanh \det \dim \softmax$.}}`).get('f')!;
    assert.equal(forms.abstract, 'π/2, 1/2, 1/3, n log n, (log n), a ≲ b ≳ c, x ⇔ y ↔ z, ∓ ≈ ≃ ≤ ≥ ≠ ≠ ≪ ≫ · ÷ ∞ → ← ↑ ⇒ ∝ ∂ ∇ ∈ ⋯ ∘ ∗ ⋆ ′ √ ∑ ∏ |, ln exp max min sup inf lim arg argmax argmin sin cos tan tanh det dim softmax.');
    const results = paperFromEntry(entry).summary!.results.map((result) => result.value);
    assert.ok(results.includes('1.5x–2x') || results.includes('1.5×–2×'), `the speedup is a result: ${JSON.stringify(results)}`);
  });

  it('inherits fields through crossref (BibLaTeX: the parent title becomes the booktitle), wherever the parent stands', () => {
    const entries = byKey(`@inproceedings{child, title = {Child}, author = {Doe, Jane}, crossref = {proc}}
@proceedings{proc, title = {Proceedings of ICML}, year = 2020, publisher = {PMLR}}`);
    assert.equal(entries.get('child')!.venue, 'Proceedings of ICML');
    assert.equal(entries.get('child')!.year, 2020);
  });

  it('cuts crossref loops instead of recursing for ever', () => {
    const entries = byKey('@article{a, crossref = {b}, title = {A}}\n@article{b, crossref = {a}, title = {B}}\n@article{c, crossref = {c}, title = {C}}');
    assert.deepEqual([...entries.keys()], ['a', 'b', 'c']);
    assert.equal(entries.get('a')!.title, 'A');
  });

  it('reports a malformed entry at its line and column, and loads every other entry', () => {
    const result = load(`% header
@article{good1, title = {One}}

@article{bad, title = {Two}
  journal = {J}}
@article{good2, title = {Three}}
@article{open, title = {never closed
@article{good3, title = {Four}}`);
    assert.deepEqual(result.entries.map((entry) => entry.key), ['good1', 'good2', 'good3']);
    assert.deepEqual(result.errors.map((error) => `${error.line}:${error.column}`), ['7:1', '5:3']);
    assert.match(result.errors[1].message, /^@article\{bad: /);
    assert.ok(result.errors.every((error) => error.file === 'refs.bib'));
  });

  it('reports a key defined twice, keeping the first', () => {
    const result = load('@misc{k, title = {First}}\n@misc{k, title = {Second}}');
    assert.equal(result.entries.length, 1);
    assert.equal(result.entries[0].title, 'First');
    assert.match(result.errors[0].message, /defined again \(first at line 1\)/);
    assert.equal(result.errors[0].line, 2);
  });

  it("skips JabRef's and BibDesk's @comment blocks and keeps each entry's own text for Copy BibTeX", () => {
    const text = '@Comment{jabref-meta: databaseType:bibtex;}\n@Article{k,\n  title = {T},\n}\n@comment{BibDesk Static Groups{\n<?xml version="1.0"?>\n}}\n';
    const [entry] = load(text).entries;
    assert.equal(entry.bibtex, '@Article{k,\n  title = {T},\n}');
    assert.equal(entry.line, 2);
  });

  it('reads EDTF ranges and partial dates', () => {
    const entries = byKey('@misc{r, title = {R}, date = {2019/2020}}\n@misc{m, title = {M}, date = {2021-05}}\n@misc{d, title = {D}, date = {2021-05-07}}');
    assert.deepEqual(['r', 'm', 'd'].map((key) => [entries.get(key)!.year, entries.get(key)!.date]), [[2019, '2019'], [2021, '2021-05'], [2021, '2021-05-07']]);
  });
});

describe('library files: CSL-JSON and CSL-YAML, item by item', () => {
  it('reads Better CSL JSON items; a broken item or one without id is an error at its line, the rest load', () => {
    const result = load(`[
  {"id": "vaswani2017", "type": "paper-conference", "title": "Attention Is <i>All</i> You Need", "author": [{"family": "Vaswani", "given": "Ashish"}],
   "issued": {"date-parts": [["2017", 6]]}, "container-title": "NeurIPS", "DOI": "10.5555/3295222", "abstract": "The dominant models..."},
  {"id": "broken", "title": "no comma" "x": 1},
  {"title": "no id"},
  {"id": 42, "title": "Numeric id"}
]`, 'lib.json');
    assert.deepEqual(result.entries.map((entry) => entry.key), ['vaswani2017', '42']);
    const [first] = result.entries;
    assert.equal(first.title, 'Attention Is All You Need');
    assert.equal(first.year, 2017);
    assert.equal(first.url, 'https://doi.org/10.5555/3295222');
    assert.deepEqual(result.errors.map((error) => [error.line, error.column]), [[4, 3], [5, 3]]);
  });

  it('refuses a JSON file that holds no array, with one clear error', () => {
    assert.match(load('{"items": []}', 'x.json').errors[0].message, /must hold an array/);
  });

  it("reads CSL YAML in Pandoc's shape (references:) and as a plain list, with Pandoc's and ISO dates", () => {
    const yaml = `---\nreferences:\n- id: a\n  title: First\n  issued:\n    - year: 2017\n      month: 6\n- id: b\n  title: Second\n  issued: 2019-05-01\n  author:\n    - family: Gu\n      given: Albert\n...\n`;
    const result = load(yaml, 'refs.yaml');
    assert.deepEqual(result.entries.map((entry) => [entry.key, entry.date, entry.line]), [['a', '2017-06', 3], ['b', '2019-05-01', 8]]);
    assert.deepEqual(load('- id: c\n  title: Third\n', 'x.yml').entries.map((entry) => entry.key), ['c']);
  });

  it('reports a YAML syntax error at its line', () => {
    const result = load('references:\n- id: a\n  title: A\n- id: b\n  title: "open\n', 'x.yaml');
    assert.deepEqual(result.entries.map((entry) => entry.key), ['a']);
    assert.ok(result.errors.length >= 1);
  });
});

describe('library files: encodings and formats', () => {
  it('decides the format by extension, as Pandoc does', () => {
    assert.deepEqual(['a.bib', 'a.BibTeX', 'a.biblatex', 'a.json', 'a.yaml', 'a.yml', 'a.txt'].map(libraryFormat), ['bibtex', 'bibtex', 'bibtex', 'csljson', 'cslyaml', 'cslyaml', null]);
    assert.match(load('x', 'notes.txt').fatal!, /not a library file/);
  });

  it("reads JabRef's windows-1252 header, including the curly quotes and dashes of 0x80–0x9F", () => {
    const bytes = [...utf8('% Encoding: windows-1252\n@misc{k, author = {Sch'), 0xf6, ...utf8('lkopf, B.}, title = {'), 0x93, ...utf8('Kernels'), 0x94, 0x20, 0x96, 0x20, 0x80, ...utf8('}}')];
    const [entry] = loadLibrary(new Uint8Array(bytes), 'jabref.bib').entries;
    assert.deepEqual(entry.authors, ['Schölkopf, B.']);
    assert.equal(entry.title, '“Kernels” – €');
    assert.equal(decodeWindows1252(new Uint8Array(Array.from({ length: 256 }, (_, i) => i))).length, 256);
  });

  it("maps Java's charset names and refuses one it cannot read", () => {
    assert.equal(declaredEncoding(utf8('% This file was created with JabRef 2.10.\n% Encoding: Cp1252\n\n@misc{k}')), 'Cp1252');
    assert.equal(declaredEncoding(utf8('@misc{k, note = {% Encoding: Cp1252}}')), null, 'only the header counts');
    const latin2 = decodeLibrary(new Uint8Array([...utf8('% Encoding: ISO8859_2\n'), 0xb1]));
    assert.ok(latin2.ok && latin2.text.endsWith('ą'));
    const unknown = decodeLibrary(utf8('% Encoding: EBCDIC-XYZ\n@misc{k}'));
    assert.ok(!unknown.ok && /cannot read/.test(unknown.message));
  });

  it('reads UTF-16 with either byte order mark, and UTF-8 with one', () => {
    const text = '@misc{k, title = {Ünïcode}}';
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      le.set([code & 0xff, code >> 8], 2 + i * 2);
      be.set([code >> 8, code & 0xff], 2 + i * 2);
    }
    for (const bytes of [le, be, new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)])]) assert.equal(loadLibrary(bytes, 'u.bib').entries[0].title, 'Ünïcode');
  });

  it('refuses a file that is no UTF-8 and names no encoding: nothing garbled, nothing loaded', () => {
    const result = loadLibrary(new Uint8Array([...utf8('@misc{k, title = {Caf'), 0xe9, ...utf8('}}')]), 'latin.bib');
    assert.equal(result.entries.length, 0);
    assert.match(result.fatal!, /line 1, byte 22 is not valid UTF-8 \(0xe9\)/);
  });
});

describe('library entries as papers', () => {
  const [withAbstract, without] = load(`@article{mamba, title = {Mamba: Linear-Time Sequence Modeling with Selective State Spaces}, author = {Gu, Albert and Dao, Tri},
  journal = {arXiv}, year = 2023, doi = {10.48550/arXiv.2312.00752},
  abstract = {We propose Mamba, a selective state space model (SSM) architecture that achieves 5x higher throughput than Transformers on language modeling.}}
@book{plain, title = {Plain}, author = {A, B and C, D and E, F and G, H}, publisher = {P}, year = 1999}`).entries.map(paperFromEntry);

  it('summarises an entry with an abstract with the same summarizer, and says so when an entry has none', () => {
    assert.equal(withAbstract.summary?.name, 'Mamba');
    assert.ok(withAbstract.summary?.family.includes('ssm'));
    assert.equal(without.summary, null);
    assert.deepEqual(summaryRows(without), [{ label: 'Venue', value: 'P' }, { label: 'Summary', value: 'missing: the entry has no abstract' }]);
  });

  it('shows authors by family name and the source file', () => {
    assert.equal(authorsText(withAbstract), 'Gu, Dao');
    assert.equal(authorsText(without), 'A, C, E et al. (4 authors)');
    assert.equal(sourceName(withAbstract), 'refs.bib');
  });

  it('copies its own BibTeX text with a fingerprint, so Update Bibliography knows it wrote it', () => {
    const copied = toBibtex(without);
    assert.ok(copied.startsWith('@book{plain, title = {Plain}'));
    assert.ok(isUnchangedOwnEntry(copied.trimEnd()));
    assert.ok(!isUnchangedOwnEntry(copied.trimEnd().replace('Plain', 'Plane')));
  });

  it('filters search by source and author: in:library, in:catalogue, in:<file>, author:<family name>', () => {
    const index = new PaperIndex([withAbstract, without, { ...withAbstract, key: 'cat', library: undefined }]);
    const keys = (query: string) => index.search(query, { limit: 10 }).hits.map((hit) => hit.paper.key).sort();
    assert.deepEqual(keys('in:library'), ['mamba', 'plain']);
    assert.deepEqual(keys('in:catalogue'), ['cat']);
    assert.deepEqual(keys('in:refs.bib'), ['mamba', 'plain']);
    assert.deepEqual(keys('in:refs'), ['mamba', 'plain']);
    assert.deepEqual(keys('in:other.bib'), []);
    assert.deepEqual(keys('author:dao'), ['mamba']);
    assert.deepEqual(keys('mamba author:gu'), ['mamba']);
    assert.deepEqual(parseQuery('author:gu').descriptions, ['author gu']);
  });

  it("finds Better BibTeX's mixed-case keys by what is typed after @ (lowercase)", () => {
    const index = new PaperIndex([{ ...without, key: 'vaswaniAttentionAllYou2017', title: 'Other', cleanTitle: 'Other' }, withAbstract]);
    assert.equal(index.search('vaswaniatt', { limit: 1 }).hits[0]?.paper.key, 'vaswaniAttentionAllYou2017');
  });
});

describe('CSL items', () => {
  it('renders rich text, names and dates plainly', () => {
    assert.equal(plainText('A <i>b</i> &amp; <span class="nocase">c</span> &#x3b1;'), 'A b & c α');
    assert.equal(nameText({ family: 'Gogh', 'non-dropping-particle': 'van', given: 'Vincent' }), 'van Gogh, Vincent');
    assert.equal(nameText({ literal: 'OpenAI' }), 'OpenAI');
    assert.deepEqual(dateOf({ raw: 'circa 1850' }), { year: 1850, date: '1850' });
    assert.deepEqual(dateOf({ 'date-parts': [['x']] }), { year: null, date: null });
  });
});

describe("a note's front matter names its libraries", () => {
  it('reads bibliography: as one file or a list, only from the front matter', () => {
    assert.deepEqual(noteBibliographies('---\ntitle: x\nbibliography: refs.bib\n---\n# Note'), ['refs.bib']);
    assert.deepEqual(noteBibliographies('---\nbibliography:\n  - a.bib\n  - ../b.json\n...\nText'), ['a.bib', '../b.json']);
    assert.deepEqual(noteBibliographies('# Note\n\nbibliography: refs.bib\n'), []);
    assert.deepEqual(noteBibliographies('---\nbibliography: [unclosed\n---\n'), []);
  });
});

describe('library entries in the preview', () => {
  it('escapes what a library file holds and says when the summary is missing', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const MarkdownIt = require('markdown-it') as typeof import('markdown-it');
    const { createPaperNotesPlugin } = require('../../src/markdown/paperNotesPlugin') as typeof import('../../src/markdown/paperNotesPlugin');
    const [entry] = load('@misc{evil, title = {Evil <img src=x onerror=alert(1)> \\& co}, author = {<script>alert(1)</script>, X}, publisher = {<b>Pub</b>}, year = 2020}').entries;
    const paper = paperFromEntry(entry);
    const html = new MarkdownIt({ html: true }).use(createPaperNotesPlugin({ lookup: (key) => (key === 'evil' ? paper : undefined), keys: () => ['evil'], settings: () => ({}) }))
      .render('See [@evil].\n\n```paper\nevil\n```\n');
    assert.doesNotMatch(html, /<img src=x|<script>|<b>Pub/);
    assert.match(html, /Evil &lt;img src=x onerror=alert\(1\)&gt; &amp; co/);
    assert.match(html, /<dt>Venue<\/dt><dd>Pub<\/dd><dt>Summary<\/dt><dd>missing: the entry has no abstract<\/dd>/);
  });
});

describe('reading a library step by step (the worker answers searches between steps)', () => {
  it('pauses every few hundred entries and ends with exactly what loadLibrary reads', () => {
    const { loadLibrarySteps } = require('../../src/core/library/loadLibrary') as typeof import('../../src/core/library/loadLibrary');
    const text = Array.from({ length: 1200 }, (_, i) => `@misc{k${i}, title = {T${i}}, year = 2020}`).join('\n') + '\n@misc{k5, title = {again}}\n';
    const steps = loadLibrarySteps(utf8(text), 'steps.bib');
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    assert.ok(pauses >= 4, `paused ${pauses} times`);
    assert.deepEqual(step.value, load(text, 'steps.bib'));
    assert.equal(step.value.entries.length, 1200);
    const json = `[${Array.from({ length: 2500 }, (_, i) => `{"id": "j${i}", "title": "J"}`).join(',\n')}]`;
    const jsonSteps = loadLibrarySteps(utf8(json), 'steps.json');
    let jsonPauses = 0;
    while (!jsonSteps.next().done) jsonPauses++;
    assert.equal(jsonPauses, 2);
  });
});

describe('library rules, one by one', () => {
  it('CSL rich text: entities, numeric references in both bases, and code points out of range kept as written', () => {
    assert.equal(plainText('&lt;&gt;&quot;&apos;&nbsp;&AMP;&#65;&#x42;&#X43;&#0;&#x110000;&bogus;'), '<>"\' &ABC&#0;&#x110000;&bogus;');
    assert.equal(plainText(2017), '2017');
    assert.equal(plainText({ nested: 'x' }), '');
    assert.equal(plainText('  spaced\n\tout  '), 'spaced out');
  });

  it('CSL names and dates: dropping particles after the given name, padded months and days, days only with a month', () => {
    assert.equal(nameText({ family: 'Beethoven', given: 'Ludwig', 'dropping-particle': 'van', suffix: 'Sr.' }), 'Beethoven, Sr., Ludwig van');
    assert.deepEqual(dateOf({ 'date-parts': [[2017, 6, 5]] }), { year: 2017, date: '2017-06-05' });
    assert.deepEqual(dateOf({ 'date-parts': [['2019', '11']] }), { year: 2019, date: '2019-11' });
    assert.deepEqual(dateOf({ 'date-parts': [[2019, 0, 5]] }), { year: 2019, date: '2019' });
    assert.deepEqual(dateOf({ 'date-parts': [[2019.5]], raw: '2018-03' }), { year: 2018, date: '2018-03' });
    assert.deepEqual(dateOf({ 'date-parts': [[' ']], literal: 'Spring 1999' }), { year: 1999, date: '1999' });
    assert.deepEqual(dateOf('2019'), { year: null, date: null });
    assert.deepEqual(dateOf(null), { year: null, date: null });
  });

  it('CSL items: editors when there are no authors, a default type, venue fallbacks, and a DOI link when there is no URL', () => {
    const { entryFromCsl } = require('../../src/core/library/cslItem') as typeof import('../../src/core/library/cslItem');
    const where = { file: 'f.json', line: 1, column: 1, bibtex: null };
    const edited = entryFromCsl({ id: 'e', editor: [{ family: 'Ed', given: 'A' }, null, 'junk', { literal: '' }], 'collection-title': 'Series', publisher: 'Pub', DOI: '10.1/x' }, where);
    assert.deepEqual([edited.type, edited.authors, edited.venue, edited.doi, edited.url], ['document', ['Ed, A'], 'Series', '10.1/x', 'https://doi.org/10.1/x']);
    const event = entryFromCsl({ id: 7, type: 'speech', 'event-title': 'Talk', publisher: 'Pub', URL: 'https://x.org', author: [{ family: 'A' }] }, where);
    assert.deepEqual([event.key, event.type, event.venue, event.url, event.authors], ['7', 'speech', 'Talk', 'https://x.org', ['A']]);
    assert.equal(entryFromCsl({ id: 'p', publisher: 'Only Pub' }, where).venue, 'Only Pub');
    assert.equal(entryFromCsl({ id: 'n' }, where).url, null);
  });

  it('BibTeX: a problem on the first line of an entry that does not start a line is placed at its column in the file', () => {
    const result = load('% c\nsee @article{x, title = {a} b = {c}}\n');
    assert.deepEqual(result.errors.map((error) => [error.line, error.column]), [[2, 29]]);
  });

  it('BibTeX: crossref chains are followed 8 levels deep, not further', () => {
    const chain = Array.from({ length: 12 }, (_, i) => `@misc{k${i}, title = {T${i}}${i < 11 ? `, crossref = {k${i + 1}}` : ', year = 1999'}}`).join('\n');
    const entries = byKey(chain);
    assert.equal(entries.size, 12);
    assert.equal(entries.get('k3')!.year, 1999, 'eight ancestors away');
    assert.equal(entries.get('k2')!.year, null, 'nine ancestors away');
  });

  it('CSL-JSON: a byte order mark, brackets and escaped quotes inside strings, a scalar item, an unclosed last item, and a repeated id', () => {
    const result = load('\ufeff[{"id": "a", "title": "x ] } \\" [ {"}, 3,\n{"id": "a", "title": "again"},\n{"id": "b", "title": "open"', 'x.json');
    assert.deepEqual(result.entries.map((entry) => [entry.key, entry.title]), [['a', 'x ] " [']]);
    assert.deepEqual(result.errors.map((error) => [error.line, error.message.slice(0, 40)]), [
      [1, 'a CSL item must be an object'], [2, "'a' is defined again (first at line 1); "], [3, 'this CSL-JSON item is not valid JSON: Ex'],
    ]);
  });

  it('CSL-YAML: no list is one error; ids become strings; numbers, partial strings, raw dates and other date fields are read as CSL dates', () => {
    assert.deepEqual(load('title: just a map\n', 'x.yaml').errors.map((error) => error.message), ["a CSL-YAML file must hold a list of items, or a 'references:' list"]);
    const result = load('- id: 12\n  issued: 2019\n  accessed: 2020-02-03\n  note: 2021-01-01\n- id: b\n  issued: "2019-5"\n- id: c\n  issued: circa 1850\n- id: d\n  issued: {raw: "2001"}\n- id: e\n  issued: [2001, 2003]\n', 'x.yml');
    const [first, second, third, fourth, fifth] = result.entries;
    assert.equal(first.key, '12');
    assert.deepEqual(first.csl.issued, { 'date-parts': [[2019]] });
    assert.deepEqual(first.csl.accessed, { 'date-parts': [[2020, 2, 3]] });
    assert.equal(first.csl.note, '2021-01-01');
    assert.equal(second.date, '2019-05');
    assert.deepEqual([third.year, third.csl.issued], [1850, { raw: 'circa 1850' }]);
    assert.equal(fourth.year, 2001);
    assert.deepEqual(fifth.csl.issued, { 'date-parts': [[2001], [2003]] });
  });

  it('encodings: Java charset names, Latin-9, a declared UTF-8, bad UTF-16, and a header only at the top of the file', () => {
    const latin = (header: string, ...bytes: number[]) => decodeLibrary(new Uint8Array([...utf8(`% Encoding: ${header}\n`), ...bytes]));
    for (const name of ['Cp1252', 'ISO8859_1', 'windows-1252', 'US-ASCII']) {
      const decoded = latin(name, 0x93, 0x41, 0x94);
      assert.ok(decoded.ok && decoded.text.endsWith('“A”') && decoded.encoding === 'windows-1252', name);
    }
    const euro = latin('ISO8859_15', 0xa4);
    assert.ok(euro.ok && euro.text.endsWith('€'));
    const utf = latin('UTF8', ...utf8('ü'));
    assert.ok(utf.ok && utf.text.endsWith('ü') && utf.encoding === 'utf-8');
    const notUtf = latin('UTF-8', 0xfc);
    assert.ok(!notUtf.ok && /not valid UTF-8/.test(notUtf.message) && !/would say which/.test(notUtf.message));
    const badJis = latin('Shift_JIS', 0x81);
    assert.ok(!badJis.ok && /not valid Shift_JIS/.test(badJis.message));
    const lone = decodeLibrary(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]));
    assert.ok(!lone.ok && /little-endian/.test(lone.message));
    const loneBe = decodeLibrary(new Uint8Array([0xfe, 0xff, 0xd8, 0x00]));
    assert.ok(!loneBe.ok && /big-endian/.test(loneBe.message));
    assert.equal(declaredEncoding(utf8(`${'%'.repeat(1100)}\n% Encoding: Cp1252\n`)), null, 'only the first kilobyte');
    const long = new Uint8Array(20_000).map((_, i) => (i % 2 ? 0x93 : 0x41));
    assert.equal(decodeWindows1252(long), 'A“'.repeat(10_000));
  });

  it('library papers: links from the URL and the abstract without repeats, the code link, the key as title of an untitled entry, no author count without authors', () => {
    const [entry] = load('@misc{untitled, url = {https://github.com/a/b}, abstract = {Code at https://github.com/a/b and https://x.org/paper.}}').entries;
    const paper = paperFromEntry(entry);
    assert.deepEqual(paper.links, ['https://github.com/a/b', 'https://x.org/paper']);
    assert.equal(paper.codeUrl, 'https://github.com/a/b');
    assert.equal(paper.cleanTitle, 'untitled');
    assert.equal(paper.authorsCount, null);
    assert.deepEqual(paper.pages, []);
    assert.equal(paper.abstract, '');
    assert.equal(paperFromEntry({ ...entry, authors: ['A, B', 'C, D'] }).authorsCount, 2);
  });

  it('source filters: in:catalog, file names case-insensitively, and author names by prefix, not suffix', () => {
    const paper = (file: string | null, authors: string[] = []) => ({ library: file ? { file, authors } : undefined }) as import('../../src/core/paper').Paper;
    const test = (query: string, p: import('../../src/core/paper').Paper) => parseQuery(query).filters.every((filter) => paperMatches(filter, p));
    assert.ok(test('in:catalog', paper(null)));
    assert.ok(!test('in:catalog', paper('/x/refs.bib')));
    assert.ok(test('in:refs.bib', paper('C:\\\\Users\\\\me\\\\Refs.BIB')));
    assert.ok(!test('in:library', paper(null)));
    assert.ok(test('author:schol', paper('/r.bib', ['Schölkopf, Bernhard'])));
    assert.ok(!test('author:kopf', paper('/r.bib', ['Schölkopf, Bernhard'])));
    assert.deepEqual(parseQuery('in:library in:catalogue in:refs').descriptions, ['in your libraries', 'in the catalogue', 'in refs']);
  });

  it('front matter: only at the very start, and a front matter that is not a map names nothing', () => {
    assert.deepEqual(noteBibliographies(' ---\nbibliography: a.bib\n---\n'), []);
    assert.deepEqual(noteBibliographies('---\n- bibliography: a.bib\n---\n'), []);
    assert.deepEqual(noteBibliographies('---\nbibliography: [a.bib, 3, "", " b.bib "]\n---\n'), ['a.bib', 'b.bib']);
  });
});
