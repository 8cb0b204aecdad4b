#!/usr/bin/env node
/** paper-notes: a thin command line over the core. Node only. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { bibliographyMessage, planBibliographyBytes } from './core/bibliographyUpdate';
import { toBibtexFile } from './core/bibtex';
import { Catalogue, catalogueFromJson } from './core/catalogue';
import { type LibraryEntry, type LibraryError, loadLibrary } from './core/library/loadLibrary';
import { paperFromEntry } from './core/library/libraryPaper';
import { CITATION_FORMATS, formatCitation } from './core/citationFormat';
import { nearestKeys } from './core/nearestKeys';
import type { Paper } from './core/paper';
import { PaperIndex } from './core/search';
import { summaryRows, yearText } from './core/summaryView';
import { decodeUtf8 } from './core/textEncoding';
import previewCss from '../media/preview.css';
import { noteBibliographies } from './markdown/frontMatter';
import { citedKeys } from './markdown/noteCitations';
import { renderNotePage } from './markdown/renderNote';
import { CITATION_LABELS, type CitationLabel } from './markdown/paperNotesPlugin';
import { CitationStyles, styleFileAt } from './core/csl/citationStyles';

const USAGE = `usage: paper-notes <command> [options]

commands:
  list [--json]                          every paper in the catalogue, newest first
  search <query> [--limit N] [--json]    fuzzy search, best first (default limit 10); filters in the
                                         query: year:2023 year:>=2022 year:2021..2023 has:code
                                         kind:method family:ssm modality:vision sort:relevance|newest|upvotes
                                         in:library|catalogue|<file> author:<name>
  search --stdin [--limit N]             one query a line on standard input, one JSON line each:
                                         {"query", "total", "hits": [{"key", "title", "score"}], "ms"}
  show <key> [--json]                    one paper
  cite <key>... [--format pandoc|latex|markdown]
                                         a citation: [@a; @b], \\cite{a,b} or Markdown links
  bibtex [<key>...]                      BibTeX for those papers (all when none given)
  bibliography <file.bib> <note.md>...   what Update Bibliography does: adds or refreshes an entry for
                                         every catalogue paper the notes cite; your entries are kept
                                         (exit 0 written or up to date, 1 refused, 2 usage)
  render <note.md | -> [-o note.html] [--csl STYLE] [--locale LANG] [--citation-label csl|key|number|nameYear]
                                         the note (- reads standard input) as a standalone HTML page,
                                         with citations and bibliography as Pandoc prints them, summary
                                         cards and comparison tables; STYLE is a .csl file or apa,
                                         vancouver, harvard (default: the note's csl:, else apa); the
                                         note's front matter 'bibliography:' files are read too
  library <file>... [--json]             loads BibTeX, BibLaTeX, CSL-JSON or CSL-YAML libraries as the
                                         extension does: entries, and problems at file:line:column
                                         (exit 0 every file read, 1 a file unreadable, 2 usage)
  help                                   this text

search, show, cite, bibtex, render and bibliography take --library <file> (repeatable): your own
entries, used before the catalogue's papers of the same key.`;

export class UsageError extends Error {}
/** A problem with the user's input that is not a usage mistake (exit status 1). */
export class InputError extends Error {}

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  readFile: (file: string) => Uint8Array;
  readStdin: () => Uint8Array;
  /** Calls `onLine` for each line of standard input as it arrives; resolves when the input ends. */
  readLines?: (onLine: (line: string) => void) => Promise<void>;
  writeFile: (file: string, content: string | Uint8Array) => void;
  rename: (from: string, to: string) => void;
  remove: (file: string) => void;
}

interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
  /** Every --library given, in order. */
  libraries: string[];
}

interface Context {
  args: ParsedArgs;
  /** The catalogue and the --library files (library entries first). */
  catalogue: Catalogue;
  io: CliIo;
}

interface Command {
  flags: string[];
  run(context: Context): number | Promise<number>;
}

const FLAGS_WITH_VALUE = new Set(['--limit', '--format', '-o', '--output', '--library', '--csl', '--locale', '--citation-label']);

function parseArgs(command: string, allowed: readonly string[], args: string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const libraries: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.split(/=(.*)/s, 2);
    if (!allowed.includes(name)) throw new UsageError(`unknown option '${name}' for '${command}'`);
    if (FLAGS_WITH_VALUE.has(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value.startsWith('-')) throw new UsageError(`option '${name}' needs a value`);
      if (name === '--library') libraries.push(value);
      flags.set(name, value);
    } else {
      if (inline !== undefined) throw new UsageError(`option '${name}' takes no value`);
      flags.set(name, true);
    }
  }
  return { positional, flags, libraries };
}

/** Reads library files as the extension does; a file that cannot be read or decoded is an error (exit 1), problems inside one are warnings. */
function readLibraries(io: CliIo, files: readonly string[], warn: boolean): { entries: LibraryEntry[]; errors: LibraryError[] } {
  const entries: LibraryEntry[] = [];
  const errors: LibraryError[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory, not a file' : (error as Error).message}`);
    }
    const load = loadLibrary(bytes, file);
    if (load.fatal) throw new InputError(`cannot read ${load.fatal}`);
    entries.push(...load.entries);
    errors.push(...load.errors);
  }
  if (warn) for (const error of errors) io.err(`paper-notes: ${error.file}:${error.line}:${error.column}: ${error.message}`);
  return { entries, errors };
}

/** The catalogue with library entries before it: a library key means the user's entry; the first file that defines a key wins. */
function withLibraries(catalogue: Catalogue, entries: readonly LibraryEntry[]): Catalogue {
  if (!entries.length) return catalogue;
  const seen = new Set<string>();
  const papers = entries.filter((entry) => !seen.has(entry.key) && !!seen.add(entry.key)).map(paperFromEntry);
  return new Catalogue([...papers, ...catalogue.papers.filter((paper) => !seen.has(paper.key))]);
}

function papersFor(catalogue: Catalogue, keys: string[]): Paper[] {
  return keys.map((key) => {
    const paper = catalogue.get(key);
    if (!paper) {
      const near = nearestKeys(key, catalogue.keys);
      throw new InputError(`unknown citation key '${key}'${near.length ? `; did you mean ${near.join(', ')}?` : ''}`);
    }
    return paper;
  });
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

function describePaper(paper: Paper): string {
  const lines = [
    paper.cleanTitle,
    `  key:        ${paper.key}`,
    `  date:       ${paper.date ?? 'no date (n.d.)'}`,
    `  authors:    ${paper.library?.authors.length ? paper.library.authors.join('; ') : paper.authorsCount === null ? 'not listed' : `${paper.authorsCount} (names not listed)`}`,
    ...(paper.library ? [`  from:       ${paper.library.file}:${paper.library.line}`] : [`  upvotes:    ${paper.upvotes}`]),
  ];
  for (const row of summaryRows(paper, { maxResults: 6 })) lines.push(`  ${`${row.label.toLowerCase()}:`.padEnd(12)}${row.value}`);
  if (paper.codeUrl) lines.push(`  code:       ${paper.codeUrl}`);
  const otherLinks = paper.links.filter((link) => link !== paper.codeUrl);
  if (otherLinks.length) lines.push(`  links:      ${otherLinks.join(', ')}`);
  lines.push('', wrap(paper.cleanAbstract, 78, '  '));
  return lines.join('\n');
}

const listLine = (paper: Paper): string => `${paper.key.padEnd(30)} ${yearText(paper).padEnd(4)}  ${paper.cleanTitle}`;

/** A file's text, read strictly as UTF-8; `-` is standard input. */
function readText(io: CliIo, file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? io.readStdin() : io.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory, not a file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new InputError(`cannot read ${file}: ${why}`);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) throw new InputError(`cannot read ${file === '-' ? 'standard input' : file}: ${decoded.message}`);
  return decoded.text;
}

function positiveLimit(value: string | true | undefined): number {
  if (value === undefined) return 10;
  if (typeof value !== 'string' || !/^[1-9][0-9]*$/.test(value)) throw new UsageError(`--limit must be a positive whole number, not '${String(value)}'`);
  return Number(value);
}

function list({ args, catalogue, io }: Context): number {
  if (args.positional.length) throw new UsageError('list takes no arguments');
  io.out(args.flags.has('--json') ? JSON.stringify(catalogue.papers, null, 2) : catalogue.papers.map(listLine).join('\n'));
  return 0;
}

/**
 * `search --stdin`: one query per line of standard input, one JSON line per
 * query, over one index built once (for editors and launchers that keep
 * the process running and ask as the user types).
 */
async function searchLines({ args, catalogue, io }: Context): Promise<number> {
  if (args.positional.length) throw new UsageError('search --stdin reads its queries from standard input, one a line; give no query after it');
  if (!io.readLines) throw new UsageError('search --stdin needs standard input');
  const limit = positiveLimit(args.flags.get('--limit'));
  const index = new PaperIndex(catalogue.papers);
  await io.readLines((line) => {
    const query = line.replace(/\r$/, '');
    const started = performance.now();
    const result = index.search(query, { limit });
    const ms = Math.round((performance.now() - started) * 1000) / 1000;
    io.out(JSON.stringify({
      query, total: result.total,
      hits: result.hits.map(({ paper, score }) => ({ key: paper.key, title: paper.cleanTitle, score })),
      ms,
      ...(result.errors.length ? { errors: result.errors } : {}),
    }));
  });
  return 0;
}

function search(context: Context): number | Promise<number> {
  const { args, catalogue, io } = context;
  if (args.flags.has('--stdin')) return searchLines(context);
  if (args.positional.length === 0) throw new UsageError('search needs a query (or --stdin for one query a line)');
  const result = new PaperIndex(catalogue.papers).search(args.positional.join(' '), { limit: positiveLimit(args.flags.get('--limit')) });
  if (result.errors.length) throw new UsageError(result.errors.join('; '));
  if (args.flags.has('--json')) {
    io.out(JSON.stringify(result.hits.map(({ paper, score }) => ({ key: paper.key, title: paper.title, year: paper.year, score })), null, 2));
  } else {
    io.out(result.hits.length ? result.hits.map(({ paper }) => listLine(paper)).join('\n') : 'no papers match; try fewer or shorter words');
  }
  return 0;
}

function show({ args, catalogue, io }: Context): number {
  if (args.positional.length !== 1) throw new UsageError('show needs exactly one key');
  const [paper] = papersFor(catalogue, args.positional);
  io.out(args.flags.has('--json') ? JSON.stringify(paper, null, 2) : describePaper(paper));
  return 0;
}

function cite({ args, catalogue, io }: Context): number {
  if (args.positional.length === 0) throw new UsageError('cite needs at least one key');
  const format = String(args.flags.get('--format') ?? 'pandoc');
  if (!(CITATION_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${CITATION_FORMATS.join(', ')}, not '${format}'`);
  io.out(formatCitation(papersFor(catalogue, args.positional), format));
  return 0;
}

function bibtex({ args, catalogue, io }: Context): number {
  const papers = args.positional.length ? papersFor(catalogue, args.positional) : [...catalogue.papers];
  io.out(toBibtexFile(papers).trimEnd());
  return 0;
}

function render({ args, catalogue: given, io }: Context): number {
  if (args.positional.length !== 1) throw new UsageError('render needs exactly one note (or - for standard input)');
  const [note] = args.positional;
  const text = readText(io, note);
  // Pandoc's convention: the note's own libraries, relative to its folder.
  const own = noteBibliographies(text).map((file) => (path.isAbsolute(file) || note === '-' ? file : path.join(path.dirname(note), file)));
  const catalogue = own.length ? withLibraries(given, readLibraries(io, own, true).entries) : given;
  const label = args.flags.get('--citation-label') ?? 'csl';
  if (typeof label !== 'string' || !(CITATION_LABELS as readonly string[]).includes(label)) {
    throw new UsageError(`--citation-label is one of ${CITATION_LABELS.join(', ')}`);
  }
  const csl = args.flags.get('--csl');
  const locale = args.flags.get('--locale');
  // --csl wins over the note's csl: (as Pandoc's --csl does); a relative csl: is read from the note's folder.
  const styles = new CitationStyles({
    readStyle: (reference, from) => {
      const file = from === 'frontMatter' && !path.isAbsolute(reference) && note !== '-' ? path.join(path.dirname(note), reference) : reference;
      return styleFileAt(file, fs.statSync, (name) => new TextDecoder().decode(io.readFile(name)));
    },
    settings: () => ({ style: typeof csl === 'string' ? csl : undefined, locale: typeof locale === 'string' ? locale : undefined }),
    settingsName: 'the option --csl',
    report: (message) => io.err(`paper-notes: ${message}`),
  });
  const html = renderNotePage(text, {
    lookup: (key) => catalogue.get(key),
    keys: () => catalogue.keys,
    settings: () => ({ citationLabel: label as CitationLabel }),
    // As Pandoc's flags do, --csl and --locale win over the note's csl: and lang:.
    citationStyle: (options) => styles.formatter({ csl: typeof csl === 'string' ? undefined : options.csl, lang: typeof locale === 'string' ? undefined : options.lang }),
  }, previewCss, note === '-' ? 'note' : path.basename(note));
  const output = args.flags.get('-o') ?? args.flags.get('--output');
  if (typeof output === 'string') {
    io.writeFile(output, html);
    io.err(`wrote ${output}`);
  } else {
    io.out(html);
  }
  return 0;
}

function bytesOrNull(io: CliIo, file: string): Uint8Array | null {
  try {
    return io.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new InputError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

const sameBytes = (a: Uint8Array | null, b: Uint8Array | null): boolean =>
  a === null || b === null ? a === b : a.length === b.length && a.every((byte, i) => byte === b[i]);

/** Update Bibliography from the command line: the same merge, messages and refusals as the extension. */
function bibliography({ args, catalogue, io }: Context): number {
  const [file, ...notes] = args.positional;
  if (!file || notes.length === 0) throw new UsageError('bibliography needs a .bib file and at least one note');
  const papers = citedKeys(notes.map((note) => readText(io, note))).map((key) => catalogue.get(key)).filter((paper): paper is Paper => !!paper);
  const before = bytesOrNull(io, file);
  const outcome = planBibliographyBytes(before, papers);
  const message = bibliographyMessage(file, outcome, papers.length);
  if (outcome.refused) throw new InputError(message);
  if (!outcome.unchanged) {
    // A temporary file beside it replaces the file only if nobody changed the file meanwhile.
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.paper-notes-${process.pid}.tmp`);
    io.writeFile(temporary, outcome.bytes);
    try {
      if (!sameBytes(before, bytesOrNull(io, file))) throw new InputError(`cannot update ${file}: it changed while the update was being prepared; run it again. Nothing was written.`);
      io.rename(temporary, file);
    } finally {
      try {
        io.remove(temporary);
      } catch {
        // Renamed away already.
      }
    }
  }
  io.out(message);
  return 0;
}

/** `paper-notes library FILE... [--json]`: the contract other tools rely on (see the README). */
function library({ args, io }: Context): number {
  if (args.positional.length === 0) throw new UsageError('library needs at least one file');
  const entries: LibraryEntry[] = [];
  const errors: LibraryError[] = [];
  let unreadable = 0;
  for (const file of args.positional) {
    try {
      const read = readLibraries(io, [file], false);
      entries.push(...read.entries);
      errors.push(...read.errors);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      unreadable++;
      io.err(`paper-notes: ${error.message}`);
    }
  }
  if (args.flags.has('--json')) {
    io.out(JSON.stringify({
      entries: entries.map((entry) => ({ key: entry.key, type: entry.type, title: entry.title, authors: entry.authors, year: entry.year, file: entry.file, line: entry.line })),
      errors,
    }, null, 2));
  } else {
    for (const entry of entries) io.out(`${entry.file}:${entry.line}  ${entry.key.padEnd(30)} ${entry.year ?? 'n.d.'}  ${entry.title}`);
    for (const error of errors) io.err(`${error.file}:${error.line}:${error.column}: ${error.message}`);
    io.err(`${entries.length} entries, ${errors.length} problem${errors.length === 1 ? '' : 's'}, from ${args.positional.length - unreadable} of ${args.positional.length} file${args.positional.length === 1 ? '' : 's'}`);
  }
  return unreadable ? 1 : 0;
}

const COMMANDS: Record<string, Command> = {
  list: { flags: ['--json'], run: list },
  search: { flags: ['--json', '--limit', '--library', '--stdin'], run: search },
  show: { flags: ['--json', '--library'], run: show },
  cite: { flags: ['--format', '--library'], run: cite },
  bibtex: { flags: ['--library'], run: bibtex },
  bibliography: { flags: ['--library'], run: bibliography },
  render: { flags: ['-o', '--output', '--library', '--csl', '--locale', '--citation-label'], run: render },
  library: { flags: ['--json'], run: library },
};

/** Runs one command; returns the exit code (a promise for `search --stdin`). Catalogue loading is passed in so tests can give their own. */
export function runCli(argv: string[], loadCatalogue: () => Catalogue, io: CliIo): number | Promise<number> {
  const [name = 'help', ...rest] = argv;
  try {
    if (name === 'help' || name === '--help' || name === '-h') {
      io.out(USAGE);
      return 0;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw new UsageError(`unknown command '${name}'`);
    const args = parseArgs(name, command.flags, rest);
    const catalogue = args.libraries.length ? withLibraries(loadCatalogue(), readLibraries(io, args.libraries, true).entries) : loadCatalogue();
    const code = command.run({ args, catalogue, io });
    return typeof code === 'number' ? code : code.catch((error: unknown) => failed(error, io));
  } catch (error) {
    return failed(error, io);
  }
}

function failed(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.err(`paper-notes: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  io.err(`paper-notes: ${(error as Error).message}`);
  return 1;
}

function loadBundledCatalogue(): Catalogue {
  const file = path.join(__dirname, 'catalogue.json');
  if (!fs.existsSync(file)) throw new Error(`no catalogue at ${file}; run 'npm run build' first`);
  return catalogueFromJson(fs.readFileSync(file, 'utf8'));
}

export const nodeIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readFile: (file) => fs.readFileSync(file),
  readStdin: () => fs.readFileSync(0),
  readLines: (onLine) => new Promise((resolve) => {
    const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false });
    lines.on('line', onLine);
    lines.on('close', resolve);
  }),
  writeFile: (file, content) => fs.writeFileSync(file, content),
  rename: (from, to) => fs.renameSync(from, to),
  remove: (file) => fs.rmSync(file, { force: true }),
};

if (require.main === module) {
  // A reader that stops early (`paper-notes bibtex | head`) is no error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  void Promise.resolve(runCli(process.argv.slice(2), loadBundledCatalogue, nodeIo)).then((code) => {
    process.exitCode = code;
  });
}
