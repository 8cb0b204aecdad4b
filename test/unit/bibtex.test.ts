import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { escapeBibtex, toBibtex, toBibtexFile } from '../../src/core/bibtex';
import { makePaper, realCatalogue } from './helpers';

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
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-notes-bib-'));
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
