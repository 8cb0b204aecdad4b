import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { toBibtex } from '../../src/core/bibtex';
import { paperByTitle, ROOT, tempDir } from './helpers';

const CLI = process.env.PAPER_NOTES_CLI ?? path.join(ROOT, 'dist', 'cli.js');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return cliWithInput(undefined, ...args);
}

function cliWithInput(input: string | Buffer | undefined, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}


describe('command line (dist/cli.js, built by npm run build)', () => {
  it('list --json prints all 194 papers with every field and a summary', () => {
    const run = cli('list', '--json');
    assert.equal(run.status, 0, run.stderr);
    const papers = JSON.parse(run.stdout);
    assert.equal(papers.length, 194);
    for (const field of ['key', 'title', 'cleanTitle', 'abstract', 'cleanAbstract', 'year', 'date', 'authorsCount', 'upvotes', 'codeUrl', 'links', 'pages', 'summary']) {
      assert.ok(field in papers[0], `missing ${field}`);
    }
    const sliced = papers.find((paper: { key: string }) => paper.key === 'slicedrecursive2021');
    assert.equal(sliced.summary.name, 'SReT');
    assert.equal(sliced.summary.kind, 'architecture');
  });

  it('search --json prints {key, title, year, score}, best first', () => {
    const run = cli('search', 'sliced recursive transformer', '--limit', '3', '--json');
    assert.equal(run.status, 0, run.stderr);
    const hits = JSON.parse(run.stdout);
    assert.ok(hits.length >= 1 && hits.length <= 3);
    assert.deepEqual(Object.keys(hits[0]).sort(), ['key', 'score', 'title', 'year']);
    assert.equal(hits[0].key, 'slicedrecursive2021');
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i].score >= hits[i - 1].score);
  });

  it('show prints one paper for people, or JSON', () => {
    const run = cli('show', 'specdetr2024');
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^SpecDETR: A Transformer-based Hyperspectral Point Object Detection Network\n  key: +specdetr2024/);
    assert.match(run.stdout, /code: +https:\/\/github.com\/ZhaoxuLi123\/SpecDETR/);
    assert.match(run.stdout, /kind: +architecture\n/);
    assert.match(run.stdout, /modalities: +vision, hyperspectral\n/);
    assert.equal(JSON.parse(cli('show', 'specdetr2024', '--json').stdout).authorsCount, 6);
  });

  it('cite writes pandoc, latex and markdown citations', () => {
    assert.equal(cli('cite', 'specdetr2024', 'slicedrecursive2021').stdout, '[@specdetr2024; @slicedrecursive2021]\n');
    assert.equal(cli('cite', 'specdetr2024', 'slicedrecursive2021', '--format', 'latex').stdout, '\\cite{specdetr2024,slicedrecursive2021}\n');
    assert.equal(cli('cite', 'slicedrecursive2021', '--format=markdown').stdout, '[Sliced Recursive Transformer (2021)](https://github.com/szq0214/SReT)\n');
  });

  it('bibtex prints entries for the given keys, or all', () => {
    const one = cli('bibtex', 'deltadit2024');
    assert.equal(one.status, 0);
    assert.equal((one.stdout.match(/^@misc\{/gm) ?? []).length, 1);
    assert.match(one.stdout, /Δ-DiT/);
    assert.equal((cli('bibtex').stdout.match(/^@misc\{/gm) ?? []).length, 194);
  });

  it('an unknown key exits 1 with the closest keys', () => {
    const run = cli('show', 'slicedrecursiv2021');
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /unknown citation key 'slicedrecursiv2021'; did you mean slicedrecursive2021/);
    assert.equal(cli('cite', 'specdetr2024', 'nope').status, 1);
    assert.equal(cli('bibtex', 'nope').status, 1);
  });

  it('a bad flag, command or value exits 2 with the usage', function () {
    this.timeout(20_000); // fifteen processes
    for (const args of [['list', '--bogus'], ['search', 'mamba', 'venue:gu'], ['search', 'year:soon'], ['frobnicate'], ['search', 'x', '--limit', 'lots'],
      ['search', 'x', '--limit', '0x10'], ['search', 'x', '--limit', '1e1'], ['search', 'x', '--limit', '0'], ['cite', 'specdetr2024', '--format', 'apa'],
      ['search'], ['show'], ['bibliography'], ['bibliography', 'refs.bib'], ['constructor'], ['toString']]) {
      const run = cli(...args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, /usage: paper-notes <command>/, args.join(' '));
    }
  });

  it('a reader that stops early is no error: bibtex | head', () => {
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" bibtex | head -n 1`], { encoding: 'utf8' });
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^@misc\{/);
    assert.equal(run.stderr, '', 'no EPIPE stack trace');
  });

  it('help exits 0', () => {
    assert.equal(cli('help').status, 0);
    assert.match(cli('--help').stdout, /usage: paper-notes/);
  });
});

describe('command line: render', () => {
  it('renders a note to a standalone page with the preview stylesheet, cards and references', () => {
    const dir = tempDir('render');
    const note = path.join(dir, 'note.md');
    fs.writeFileSync(note, '# Note\n\nSee [@slicedrecursive2021].\n\n```paper\nslicedrecursive2021\n```\n');
    const run = cli('render', note, '-o', path.join(dir, 'note.html'));
    assert.equal(run.status, 0, run.stderr);
    const html = fs.readFileSync(path.join(dir, 'note.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /\.paper-notes-card \{/);
    assert.match(html, /<div class="paper-notes-card" id="paper-notes-card-slicedrecursive2021">/);
    // Citations and bibliography as Pandoc prints them (APA by default), in Pandoc's HTML.
    assert.match(html, /<span class="citation" data-cites="slicedrecursive2021" title="Sliced Recursive Transformer \(2021\) — SReT">\(<i>Sliced Recursive Transformer<\/i>, 2021\)<\/span>/);
    assert.match(html, /<div id="refs" class="references csl-bib-body hanging-indent" role="doc-bibliography">\n<div id="ref-slicedrecursive2021" class="csl-entry" role="doc-biblioentry"><i>Sliced Recursive Transformer<\/i>\. \(2021\)/);
    // The other labels stay available.
    assert.match(cli('render', note, '--citation-label', 'key').stdout, /<h2>References<\/h2>/);
    assert.equal(cli('render', note, '--citation-label', 'apa').status, 2);
    assert.match(cli('render', note).stdout, /<title>note.md<\/title>/);
    assert.equal(cli('render').status, 2);
    const missing = cli('render', path.join(dir, 'missing.md'));
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /cannot read .*missing\.md: no such file/);
  });

  it('renders with --csl (a .csl file, over the note\'s csl:) and --locale, and reports a style it cannot use', () => {
    const dir = tempDir('render-csl');
    const note = path.join(dir, 'note.md');
    fs.writeFileSync(note, '---\ncsl: missing.csl\n---\nSee [@slicedrecursive2021, p. 3] and [@mamba2023].\n');
    const ieee = cli('render', note, '--csl', '/usr/share/citation-style-language/styles/ieee.csl');
    assert.equal(ieee.status, 0, ieee.stderr);
    assert.equal(ieee.stderr, '', '--csl wins: the note\'s missing style is not even read');
    assert.match(ieee.stdout, /<span class="citation" data-cites="slicedrecursive2021"[^>]*>\[1, p\. 3\]<\/span> and <span class="citation" data-cites="mamba2023"[^>]*>\[2\]<\/span>/);
    assert.match(ieee.stdout, /<div id="ref-slicedrecursive2021" class="csl-entry" role="doc-biblioentry"><div class="csl-left-margin">\[1\] <\/div>/);
    const german = cli('render', note, '--csl', 'apa', '--locale', 'de-DE');
    assert.match(german.stdout, /2021, S\. 3\)/);
    // --locale wins over the note's lang:, as --csl over its csl:.
    const english = path.join(dir, 'english.md');
    fs.writeFileSync(english, '---\nlang: de-DE\ncsl: /dev/zero\n---\nSee [@slicedrecursive2021, p. 3].\n');
    assert.match(cli('render', english, '--locale', 'en-US').stdout, /2021, p\. 3\)/);
    // A device named as a style is refused at once (reading it would never end).
    const device = cli('render', english);
    assert.equal(device.status, 0);
    assert.match(device.stderr, /Citation style '\/dev\/zero' from the note's front matter \(csl:\) cannot be used: \/dev\/zero is not a file/);
    assert.match(device.stdout, /2021, S\. 3\)/);
    const fallback = cli('render', note);
    assert.equal(fallback.status, 0);
    assert.match(fallback.stderr, /paper-notes: Citation style 'missing\.csl' from the note's front matter \(csl:\) cannot be used: .*missing\.csl does not exist\. Citations use APA instead\./);
    assert.match(fallback.stdout, /\(<i>Sliced Recursive Transformer<\/i>, 2021, p\. 3\)/);
    // A style given with --csl that cannot be read is blamed on --csl, not on a VS Code setting the command line has not got.
    const flagged = cli('render', note, '--csl', path.join(dir, 'absent.csl'));
    assert.equal(flagged.status, 0);
    assert.match(flagged.stderr, /Citation style '.*absent\.csl' from the option --csl cannot be used: .*absent\.csl does not exist\. Citations use APA instead\./);
    assert.doesNotMatch(flagged.stderr, /paperNotes\.citationStyle/);
  });

  it('renders standard input with -, and names a directory given as a note', () => {
    const run = cliWithInput('See [@slicedrecursive2021].\n', 'render', '-');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /data-cites="slicedrecursive2021"/);
    const dir = tempDir('cli');
    const asDirectory = cli('render', dir);
    assert.equal(asDirectory.status, 1);
    assert.equal(asDirectory.stderr, `paper-notes: cannot read ${dir}: it is a directory, not a file\n`);
  });

  it('refuses a note that is not UTF-8, naming the line, instead of rendering replacement characters', () => {
    const dir = tempDir('cli');
    const note = path.join(dir, 'latin1.md');
    fs.writeFileSync(note, Buffer.concat([Buffer.from('# Notes\n\nSee '), Buffer.from([0xfc]), Buffer.from('ber [@mamba2023].\n')]));
    const run = cli('render', note);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /cannot read .*latin1\.md: line 3, byte 5 is not valid UTF-8 \(0xfc\)/);
  });

  it('puts a Content Security Policy that allows no script on the page, and keeps the note\'s HTML', () => {
    const run = cliWithInput('<script>window.pwned = 1</script>\n\n<img src=x onerror="window.pwned = 2">\n', 'render', '-');
    assert.equal(run.status, 0, run.stderr);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(run.stdout)?.[1] ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline'[^;]*script|script-src [^;]*(\*|https?:)/);
    assert.ok(run.stdout.indexOf('Content-Security-Policy') < run.stdout.indexOf('<script>'), 'the policy comes before the note');
    assert.match(run.stdout, /<script>window.pwned = 1<\/script>/);
  });
});

describe('command line: bibliography', () => {
  const sliced = paperByTitle('Sliced Recursive Transformer');
  function workspace(bib: string | Buffer | null, note = 'See [@slicedrecursive2021] and [@mamba2023] and [@mine2020].\n') {
    const dir = tempDir('cli');
    fs.writeFileSync(path.join(dir, 'note.md'), note);
    if (bib !== null) fs.writeFileSync(path.join(dir, 'refs.bib'), bib);
    return { dir, bib: path.join(dir, 'refs.bib'), note: path.join(dir, 'note.md') };
  }

  it('creates the file with every cited catalogue paper, then finds it up to date', () => {
    const ws = workspace(null);
    const run = cli('bibliography', ws.bib, ws.note);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, `${ws.bib} updated (2 cited papers: 2 added).\n`);
    assert.match(fs.readFileSync(ws.bib, 'utf8'), /^@misc\{slicedrecursive2021,/);
    const again = cli('bibliography', ws.bib, ws.note);
    assert.equal(again.stdout, `${ws.bib} is up to date (2 cited papers).\n`);
    assert.deepEqual(fs.readdirSync(ws.dir).sort(), ['note.md', 'refs.bib'], 'no temporary file is left behind');
  });

  it('refuses a Latin-1 file without changing a byte', () => {
    const latin1 = Buffer.concat([Buffer.from('@misc{mine2020,\n  title = {M'), Buffer.from([0xfc]), Buffer.from('ller}\n}\n')]);
    const ws = workspace(latin1);
    const run = cli('bibliography', ws.bib, ws.note);
    assert.equal(run.status, 1);
    assert.equal(run.stderr, `paper-notes: cannot update ${ws.bib}: line 2, byte 13 is not valid UTF-8 (0xfc); the file is in another encoding. Nothing was written.\n`);
    assert.deepEqual(fs.readFileSync(ws.bib), latin1);
  });

  it('keeps an entry it wrote once the user edited it, and a CRLF file stays CRLF', () => {
    const edited = toBibtex(sliced).replace('Sliced Recursive Transformer', 'Sliced Recursive Transformer (read twice)').replace(/\n/g, '\r\n');
    const ws = workspace(edited);
    const run = cli('bibliography', ws.bib, ws.note);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /1 added, 1 you edited, kept as yours \(slicedrecursive2021\)/);
    const after = fs.readFileSync(ws.bib, 'utf8');
    assert.ok(after.startsWith(edited));
    assert.doesNotMatch(after.replace(/\r\n/g, ''), /\n/);
  });

  it('refuses a malformed file and an unreadable note', () => {
    const ws = workspace('@misc{broken,\n  title = {never closed\n');
    const run = cli('bibliography', ws.bib, ws.note);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /cannot update .*refs\.bib: line 1, column 1: entry is not closed/);
    assert.equal(cli('bibliography', ws.bib, path.join(ws.dir, 'nope.md')).status, 1);
  });
});
