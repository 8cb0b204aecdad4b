import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, tempDir } from './helpers';

const CLI = process.env.PAPER_NOTES_CLI ?? path.join(ROOT, 'dist', 'cli.js');
const cli = (...args: string[]) => {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

describe('command line: libraries', () => {
  const dir = tempDir('cli-library');
  const bib = path.join(dir, 'refs.bib');
  fs.writeFileSync(bib, `@article{vaswani2017, title = {Attention Is All You Need}, author = {Vaswani, Ashish and Shazeer, Noam}, year = 2017, journal = {NeurIPS},
  abstract = {We propose the Transformer, based solely on attention mechanisms, reaching 28.4 BLEU on WMT 2014 English-to-German.}}
@article{broken, title = {x} y = {z}}
@misc{mamba2023, title = {My own copy of Mamba}, author = {Gu, Albert}, year = 2023}
`);
  const json = path.join(dir, 'more.json');
  fs.writeFileSync(json, '[{"id": "doe2020", "type": "book", "title": "A Book", "author": [{"family": "Doe", "given": "Jane"}], "issued": {"date-parts": [[2020]]}}]');

  it('library --json prints the documented shape: entries with key, type, title, authors, year, file, line; errors with file, line, column, message', () => {
    const run = cli('library', bib, json, '--json');
    assert.equal(run.status, 0, run.stderr);
    const result = JSON.parse(run.stdout);
    assert.deepEqual(result.entries.map((entry: { key: string }) => entry.key), ['vaswani2017', 'mamba2023', 'doe2020']);
    assert.deepEqual(result.entries[0], { key: 'vaswani2017', type: 'article-journal', title: 'Attention Is All You Need', authors: ['Vaswani, Ashish', 'Shazeer, Noam'], year: 2017, file: bib, line: 1 });
    assert.deepEqual(result.errors, [{ file: bib, line: 3, column: 30, message: '@article{broken: expected "rbrace", got "identifier"' }]);
  });

  it('library exits 1 when a file cannot be read or decoded (the others still print), 2 for usage', () => {
    const latin = path.join(dir, 'latin.bib');
    fs.writeFileSync(latin, Buffer.from([...Buffer.from('@misc{k, title = {Caf'), 0xe9, ...Buffer.from('}}')]));
    const run = cli('library', bib, latin, path.join(dir, 'missing.bib'));
    assert.equal(run.status, 1);
    assert.match(run.stdout, /refs\.bib:1 {2}vaswani2017/);
    assert.match(run.stderr, /latin\.bib: line 1, byte 22 is not valid UTF-8/);
    assert.match(run.stderr, /missing\.bib: no such file/);
    assert.match(run.stderr, /2 entries, 1 problem, from 1 of 3 files/);
    assert.equal(cli('library').status, 2);
    assert.equal(cli('library', bib, '--bogus').status, 2);
  });

  it('--library makes search, show, cite and bibtex see the entries; a library key wins over the catalogue', () => {
    const search = cli('search', 'attention is all you need', '--library', bib, '--limit', '1', '--json');
    assert.equal(JSON.parse(search.stdout)[0].key, 'vaswani2017');
    assert.match(search.stderr, /refs\.bib:3:30/, 'problems in a library are warnings');
    const show = cli('show', 'mamba2023', '--library', bib);
    assert.match(show.stdout, /^My own copy of Mamba\n/);
    assert.match(show.stdout, /authors: {4}Gu, Albert/);
    assert.equal(cli('show', 'mamba2023').stdout.split('\n')[0].startsWith('Mamba'), true, 'without --library the catalogue paper');
    assert.equal(cli('cite', 'doe2020', 'vaswani2017', '--library', json, '--library', bib).stdout.trim(), '[@doe2020; @vaswani2017]');
    assert.match(cli('bibtex', 'mamba2023', '--library', bib).stdout, /^@misc\{mamba2023, title = \{My own copy of Mamba\}/);
    assert.equal(cli('show', 'x', '--library', path.join(dir, 'missing.bib')).status, 1);
  });

  it('show --library --json prints a library entry like a catalogue paper, with the summary read from its abstract and where it came from', () => {
    const run = cli('show', 'vaswani2017', '--library', bib, '--json');
    assert.equal(run.status, 0, run.stderr);
    const entry = JSON.parse(run.stdout);
    const catalogued = JSON.parse(cli('show', 'mamba2023', '--json').stdout);
    assert.deepEqual(Object.keys(entry).filter((key) => key !== 'library'), Object.keys(catalogued));
    assert.deepEqual(entry.summary, {
      kind: 'architecture', name: null, family: ['transformer'], modalities: ['language'], tasks: ['machine translation'],
      datasets: ['WMT 2014 English-to-German'], results: [{ value: '28.4', metric: 'BLEU', dataset: 'WMT 2014 English-to-German' }], complexity: null,
    });
    assert.deepEqual([entry.library.file, entry.library.line], [bib, 1]);
    assert.equal(JSON.parse(cli('show', 'mamba2023', '--library', bib, '--json').stdout).summary, null, 'an entry without an abstract has no summary');
  });

  it("render reads the libraries the note's front matter names, relative to the note", () => {
    const note = path.join(dir, 'note.md');
    fs.writeFileSync(note, '---\nbibliography:\n  - refs.bib\n  - more.json\n---\nAs [@vaswani2017] and [@doe2020] show.\n');
    const run = cli('render', note);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /<span class="citation" data-cites="vaswani2017" title="[^"]*">\(Vaswani &#38; Shazeer, 2017\)<\/span>/);
    assert.match(run.stdout, /<div id="ref-doe2020" class="csl-entry" role="doc-biblioentry">Doe, J\. \(2020\)/);
    assert.doesNotMatch(run.stdout, /class="paper-notes-unknown"/);
    assert.doesNotMatch(run.stdout, /bibliography:|<hr>/, 'the front matter is metadata, not text');
  });
});

describe('command line: search --stdin', () => {
  const dir = tempDir('cli-stdin');
  const bib = path.join(dir, 'refs.bib');
  fs.writeFileSync(bib, '@misc{doeOwnWork2021, title = {A Sliced Recursive Study of My Own}, year = 2021}\n');

  it('answers one JSON line per query line, over the catalogue and --library files, with filter problems in the answer', () => {
    const run = spawnSync(process.execPath, [CLI, 'search', '--stdin', '--limit', '2', '--library', bib], { encoding: 'utf8', input: 'sliced recursive\nin:library sliced\r\nyear:soon mamba\n' });
    assert.equal(run.status, 0, run.stderr);
    const answers = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    assert.equal(answers.length, 3);
    assert.deepEqual(Object.keys(answers[0]), ['query', 'total', 'hits', 'ms']);
    assert.equal(answers[0].query, 'sliced recursive');
    assert.equal(answers[0].hits.length, 2);
    assert.deepEqual(Object.keys(answers[0].hits[0]), ['key', 'title', 'score']);
    assert.ok(answers[0].total >= 2 && typeof answers[0].ms === 'number');
    assert.deepEqual(answers[1].hits.map((hit: { key: string }) => hit.key), ['doeOwnWork2021'], 'a CR before the line break is no part of the query');
    assert.match(answers[2].errors[0], /year:soon is not a year/);
  });

  it('answers each query as it arrives, before the input ends (one index for the whole session)', async () => {
    const child = spawn(process.execPath, [CLI, 'search', '--stdin', '--limit', '1']);
    const lines: string[] = [];
    let buffered = '';
    const next = () => new Promise<string>((resolve) => {
      const check = () => {
        if (lines.length) return resolve(lines.shift()!);
        setTimeout(check, 20);
      };
      check();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      lines.push(...parts);
    });
    child.stdin.write('mamba\n');
    assert.equal(JSON.parse(await next()).hits[0].key, 'mamba2023');
    child.stdin.write('sliced recursive transformer\n');
    assert.equal(JSON.parse(await next()).hits[0].key, 'slicedrecursive2021');
    child.stdin.end();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 0);
  });

  it('takes no query after --stdin (usage, exit 2)', () => {
    assert.equal(cli('search', 'mamba', '--stdin').status, 2);
  });
});
