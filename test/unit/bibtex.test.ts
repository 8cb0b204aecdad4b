import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { escapeBibtex, fingerprint, toBibtex, toBibtexFile } from '../../src/core/bibtex';
import { makePaper, realCatalogue, tempDir } from './helpers';

describe('BibTeX', () => {
  it('escapes LaTeX special characters and keeps non-ASCII', () => {
    assert.equal(escapeBibtex('50% of A&B_c #1 $x$ ^ ~ {y} \\z Δ×é'),
      '50\\% of A\\&B\\_c \\#1 \\$x\\$ \\^{} \\textasciitilde{} \\{y\\} \\textbackslash{}z Δ×é');
  });

  it('writes a @misc entry with title, year, date, code url and no invented authors', () => {
    const entry = toBibtex(makePaper({ key: 'x2024', cleanTitle: 'Δ-DiT: 50% {Faster}', codeUrl: 'https://github.com/a/b_c', authorsCount: 8 }));
    assert.match(entry, /^@misc\{x2024,\n/);
    assert.match(entry, /title = \{\{Δ-DiT: 50\\% \\\{Faster\\\}\}\}/);
    assert.match(entry, /year = \{2024\}/);
    assert.match(entry, /date = \{2024-01-02\}/);
    assert.match(entry, /url = \{https:\/\/github.com\/a\/b_c\}/);
    assert.doesNotMatch(entry, /author\s*=/);
    assert.match(entry, /note = \{8 authors \(names not listed\)\}/);
  });

  it('leaves out url when there is no code link', () => {
    assert.doesNotMatch(toBibtex(makePaper()), /url =/);
  });

  it('writes exactly this entry, field by field, fingerprint last', () => {
    const paper = makePaper({ key: 'one2020', cleanTitle: 'One {Model}', year: 2020, date: '2020-03-04', authorsCount: 1, codeUrl: 'https://github.com/a/b c{d}', cleanAbstract: 'We use 5% & more_.' });
    const entry = toBibtex(paper);
    const body = '@misc{one2020,\n  title = {{One \\{Model\\}}},\n  year = {2020},\n  date = {2020-03-04},\n  url = {https://github.com/a/b%20c%7Bd%7D},\n'
      + '  note = {1 author (names not listed)},\n  abstract = {We use 5\\% \\& more\\_.},\n  keywords = {Paper Notes catalogue}';
    assert.equal(entry, `${body},\n  papernotes = {${fingerprint(`${body}\n}`)}}\n}\n`);
  });

  it('writes an undated paper without year, date or author count: Pandoc prints n.d.', () => {
    const entry = toBibtex(makePaper({ key: 'undated', year: null, date: null, authorsCount: null }));
    assert.doesNotMatch(entry, /year =|date =|note =/);
    assert.match(entry, /^@misc\{undated,\n {2}title = \{\{A Test Paper\}\},\n {2}abstract = /);
  });

  it('joins entries into a file with a blank line between them', () => {
    const [a, b] = [makePaper({ key: 'a2020' }), makePaper({ key: 'b2020' })];
    assert.equal(toBibtexFile([a, b]), `${toBibtex(a)}\n${toBibtex(b)}`);
    assert.equal(toBibtexFile([]), '');
  });

  it('fingerprints text: 16 hex digits, a different one for any change', () => {
    // Pinned: a change would make every entry users have look edited.
    assert.equal(fingerprint(''), '488bdcb81aee8d83');
    assert.equal(fingerprint('abc'), '7a91f9f91ac18c8d');
    for (let n = 0; n < 300; n++) assert.match(fingerprint(String(n)), /^[0-9a-f]{16}$/);
    assert.equal(fingerprint('abc'), fingerprint('abc'));
    const seen = new Set(['abc', 'abd', 'acb', 'abc ', ' abc', 'ab', 'x'.repeat(1000), 'x'.repeat(1001)].map(fingerprint));
    assert.equal(seen.size, 8);
    assert.notEqual(fingerprint('a'), fingerprint('b'));
  });

  it('keeps braces balanced in every catalogue entry', () => {
    for (const paper of realCatalogue().papers) {
      const entry = toBibtex(paper).replace(/\\[{}]/g, '');
      let depth = 0;
      for (const ch of entry) {
        if (ch === '{') depth++;
        if (ch === '}') depth--;
        assert.ok(depth >= 0, paper.key);
      }
      assert.equal(depth, 0, paper.key);
    }
  });

  it('is accepted by pandoc --citeproc for every key, without warnings', function () {
    this.timeout(60000);
    const dir = tempDir('bib');
    const papers = realCatalogue().papers;
    fs.writeFileSync(path.join(dir, 'references.bib'), toBibtexFile(papers));
    fs.writeFileSync(path.join(dir, 'note.md'), papers.map((paper) => `Cited [@${paper.key}].`).join('\n\n'));
    const run = spawnSync('pandoc', ['note.md', '--citeproc', '--bibliography', 'references.bib', '-t', 'plain', '--wrap=none'],
      { cwd: dir, encoding: 'utf8' });
    if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
      assert.fail('pandoc is not installed: apt-get install pandoc (.ci/run installs it)');
    }
    assert.equal(run.status, 0, run.stderr);
    const { stdout, stderr } = run;
    assert.equal(stderr, '');
    assert.doesNotMatch(stdout, /\?\?|citation .* not found/i);
    const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');
    const references = letters(stdout);
    for (const paper of papers) {
      assert.ok(references.includes(letters(paper.cleanTitle)), `${paper.key}'s title is missing from pandoc's references`);
    }
    assert.ok(stdout.includes('Δ-DiT'));
  });
});
