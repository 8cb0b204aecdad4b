import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from './helpers';

const CLI = path.join(ROOT, 'dist', 'cli.js');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('command line (dist/cli.js, built by npm run build)', () => {
  it('list --json prints all 192 papers with every field and a summary', () => {
    const run = cli('list', '--json');
    assert.equal(run.status, 0, run.stderr);
    const papers = JSON.parse(run.stdout);
    assert.equal(papers.length, 192);
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
    assert.equal((cli('bibtex').stdout.match(/^@misc\{/gm) ?? []).length, 192);
  });

  it('an unknown key exits 1 with the closest keys', () => {
    const run = cli('show', 'slicedrecursiv2021');
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /unknown citation key 'slicedrecursiv2021'; did you mean slicedrecursive2021/);
    assert.equal(cli('cite', 'specdetr2024', 'nope').status, 1);
    assert.equal(cli('bibtex', 'nope').status, 1);
  });

  it('a bad flag, command or value exits 2 with the usage', () => {
    for (const args of [['list', '--bogus'], ['search', 'mamba', 'author:gu'], ['search', 'year:soon'], ['frobnicate'], ['search', 'x', '--limit', 'lots'], ['cite', 'specdetr2024', '--format', 'apa'], ['search'], ['show']]) {
      const run = cli(...args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, /usage: paper-notes <command>/, args.join(' '));
    }
  });

  it('help exits 0', () => {
    assert.equal(cli('help').status, 0);
    assert.match(cli('--help').stdout, /usage: paper-notes/);
  });
});

describe('command line: render', () => {
  it('renders a note to a standalone page with the preview stylesheet, cards and references', () => {
    const fs = require('node:fs') as typeof import('node:fs');
    const os = require('node:os') as typeof import('node:os');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-notes-render-'));
    const note = path.join(dir, 'note.md');
    fs.writeFileSync(note, '# Note\n\nSee [@slicedrecursive2021].\n\n```paper\nslicedrecursive2021\n```\n');
    const run = cli('render', note, '-o', path.join(dir, 'note.html'));
    assert.equal(run.status, 0, run.stderr);
    const html = fs.readFileSync(path.join(dir, 'note.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /\.paper-notes-card \{/);
    assert.match(html, /<div class="paper-notes-card" id="paper-notes-card-slicedrecursive2021">/);
    assert.match(html, /<h2>References<\/h2>/);
    assert.match(cli('render', note).stdout, /<title>note.md<\/title>/);
    assert.equal(cli('render').status, 2);
    assert.equal(cli('render', path.join(dir, 'missing.md')).status, 1);
  });
});
