#!/usr/bin/env node
/** paper-notes: a thin command line over the core. Node only. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { toBibtexFile } from './core/bibtex';
import { type Catalogue, catalogueFromJson } from './core/catalogue';
import { CITATION_FORMATS, formatCitation } from './core/citationFormat';
import previewCss from '../media/preview.css';
import { renderNotePage } from './markdown/renderNote';
import { nearestKeys } from './core/nearestKeys';
import type { Paper } from './core/paper';
import { PaperIndex } from './core/search';
import { summaryRows } from './core/summaryView';

const USAGE = `usage: paper-notes <command> [options]

commands:
  list [--json]                          every paper in the catalogue, newest first
  search <query> [--limit N] [--json]    fuzzy search, best first (default limit 10); filters in the
                                         query: year:2023 year:>=2022 year:2021..2023 has:code
                                         kind:method family:ssm modality:vision sort:newest|upvotes
  show <key> [--json]                    one paper
  cite <key>... [--format pandoc|latex|markdown]
                                         a citation: [@a; @b], \\cite{a,b} or Markdown links
  bibtex [<key>...]                      BibTeX for those papers (all when none given)
  render <note.md> [-o note.html]        the note as a standalone HTML page, with citations,
                                         summary cards, comparison tables and references
  help                                   this text`;

export class UsageError extends Error {}
export class UnknownKeyError extends Error {}

interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
  readFile?: (file: string) => string;
  writeFile?: (file: string, text: string) => void;
}

interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

const FLAGS_WITH_VALUE = new Set(['--limit', '--format', '-o', '--output']);
const ALLOWED_FLAGS: Record<string, string[]> = {
  list: ['--json'],
  search: ['--json', '--limit'],
  show: ['--json'],
  cite: ['--format'],
  bibtex: [],
  render: ['-o', '--output'],
  help: [],
};

function parseArgs(command: string, args: string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.split(/=(.*)/s, 2);
    if (!ALLOWED_FLAGS[command].includes(name)) throw new UsageError(`unknown option '${name}' for '${command}'`);
    if (FLAGS_WITH_VALUE.has(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value.startsWith('-')) throw new UsageError(`option '${name}' needs a value`);
      flags.set(name, value);
    } else {
      if (inline !== undefined) throw new UsageError(`option '${name}' takes no value`);
      flags.set(name, true);
    }
  }
  return { positional, flags };
}

function papersFor(catalogue: Catalogue, keys: string[]): Paper[] {
  return keys.map((key) => {
    const paper = catalogue.get(key);
    if (!paper) {
      const near = nearestKeys(key, catalogue.keys);
      throw new UnknownKeyError(`unknown citation key '${key}'${near.length ? `; did you mean ${near.join(', ')}?` : ''}`);
    }
    return paper;
  });
}

function describePaper(paper: Paper): string {
  const lines = [
    paper.cleanTitle,
    `  key:        ${paper.key}`,
    `  date:       ${paper.date}`,
    `  authors:    ${paper.authorsCount} (names not listed)`,
    `  upvotes:    ${paper.upvotes}`,
  ];
  for (const row of summaryRows(paper, { maxResults: 6 })) lines.push(`  ${`${row.label.toLowerCase()}:`.padEnd(12)}${row.value}`);
  if (paper.codeUrl) lines.push(`  code:       ${paper.codeUrl}`);
  const otherLinks = paper.links.filter((link) => link !== paper.codeUrl);
  if (otherLinks.length) lines.push(`  links:      ${otherLinks.join(', ')}`);
  lines.push('', wrap(paper.cleanAbstract, 78, '  '));
  return lines.join('\n');
}

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width - indent.length) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

/** Runs one command; returns the exit code. Catalogue loading is passed in so tests can give their own. */
export function runCli(argv: string[], loadCatalogue: () => Catalogue, io: Output): number {
  const [command = 'help', ...rest] = argv;
  try {
    if (command === 'help' || command === '--help' || command === '-h') {
      io.out(USAGE);
      return 0;
    }
    if (!(command in ALLOWED_FLAGS)) throw new UsageError(`unknown command '${command}'`);
    const { positional, flags } = parseArgs(command, rest);
    const json = flags.has('--json');
    const catalogue = loadCatalogue();
    switch (command) {
      case 'list': {
        if (positional.length) throw new UsageError('list takes no arguments');
        io.out(json
          ? JSON.stringify(catalogue.papers, null, 2)
          : catalogue.papers.map((paper) => `${paper.key.padEnd(30)} ${paper.year}  ${paper.cleanTitle}`).join('\n'));
        return 0;
      }
      case 'search': {
        if (positional.length === 0) throw new UsageError('search needs a query');
        const limitText = flags.get('--limit');
        const limit = limitText === undefined ? 10 : Number(limitText);
        if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive whole number, not '${String(limitText)}'`);
        const result = new PaperIndex(catalogue.papers).search(positional.join(' '), { limit });
        if (result.errors.length) throw new UsageError(result.errors.join('; '));
        const { hits } = result;
        if (json) {
          io.out(JSON.stringify(hits.map(({ paper, score }) => ({ key: paper.key, title: paper.title, year: paper.year, score })), null, 2));
        } else if (hits.length === 0) {
          io.out('no papers match; try fewer or shorter words');
        } else {
          io.out(hits.map(({ paper }) => `${paper.key.padEnd(30)} ${paper.year}  ${paper.cleanTitle}`).join('\n'));
        }
        return 0;
      }
      case 'show': {
        if (positional.length !== 1) throw new UsageError('show needs exactly one key');
        const [paper] = papersFor(catalogue, positional);
        io.out(json ? JSON.stringify(paper, null, 2) : describePaper(paper));
        return 0;
      }
      case 'cite': {
        if (positional.length === 0) throw new UsageError('cite needs at least one key');
        const format = String(flags.get('--format') ?? 'pandoc');
        if (!(CITATION_FORMATS as readonly string[]).includes(format)) {
          throw new UsageError(`--format must be one of ${CITATION_FORMATS.join(', ')}, not '${format}'`);
        }
        io.out(formatCitation(papersFor(catalogue, positional), format));
        return 0;
      }
      case 'render': {
        if (positional.length !== 1) throw new UsageError('render needs exactly one note');
        const [note] = positional;
        const text = (io.readFile ?? ((file: string) => fs.readFileSync(file, 'utf8')))(note);
        const html = renderNotePage(text, { lookup: (key) => catalogue.get(key), keys: () => catalogue.keys }, previewCss, path.basename(note));
        const output = flags.get('-o') ?? flags.get('--output');
        if (typeof output === 'string') {
          (io.writeFile ?? ((file: string, content: string) => fs.writeFileSync(file, content)))(output, html);
          io.err(`wrote ${output}`);
        } else {
          io.out(html);
        }
        return 0;
      }
      case 'bibtex': {
        const papers = positional.length ? papersFor(catalogue, positional) : [...catalogue.papers];
        io.out(toBibtexFile(papers).trimEnd());
        return 0;
      }
    }
    throw new UsageError(`unknown command '${command}'`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`paper-notes: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof UnknownKeyError) {
      io.err(`paper-notes: ${error.message}`);
      return 1;
    }
    io.err(`paper-notes: ${(error as Error).message}`);
    return 1;
  }
}

function loadBundledCatalogue(): Catalogue {
  const file = path.join(__dirname, 'catalogue.json');
  if (!fs.existsSync(file)) throw new Error(`no catalogue at ${file}; run 'npm run build' first`);
  return catalogueFromJson(fs.readFileSync(file, 'utf8'));
}

if (require.main === module) {
  const code = runCli(process.argv.slice(2), loadBundledCatalogue, {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  });
  process.exitCode = code;
}
