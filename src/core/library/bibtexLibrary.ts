/**
 * A BibTeX or BibLaTeX library, entry by entry: the linear scanner
 * (`bibScanner`) splits the file and knows each entry's line and column;
 * citation.js's BibLaTeX reader (`@citation-js/plugin-bibtex`, which converts
 * TeX to Unicode, names, dates and types to CSL) reads each entry on its own,
 * so a bad entry is an error at its line:column and the others load.
 *
 * What the wrapper adds: `@string` macros are read once for the whole file
 * and shared by every entry; `crossref` parents are found by key across the
 * file (with cycles cut); and the reader's own errors are moved to the file's
 * line and column. Pure.
 */
import * as bibEntries from '@citation-js/plugin-bibtex/lib/input/entries.js';
import * as bibFile from '@citation-js/plugin-bibtex/lib/input/file.js';
import * as texConstants from '@citation-js/plugin-bibtex/lib/input/constants.js';
import { parse as parseValue } from '@citation-js/plugin-bibtex/lib/input/value.js';
import bibtexConfig from '@citation-js/plugin-bibtex/lib/config.js';
import { logger } from '@citation-js/core';
import { crossref as inheritFields } from '@citation-js/plugin-bibtex/lib/mapping/crossref.js';
import { MATH_OPERATORS, MATH_SYMBOLS } from '../cleanText';
import { scanBibText } from './bibScanner';
import { entryFromCsl, type LibraryEntry, type LibraryError } from './cslItem';


interface RawEntry {
  type: string;
  label: string;
  properties: Record<string, unknown>;
  annotations?: unknown;
}

/** How deep `crossref` chains are followed (biber's own default stops loops; real files use one level). */
const MAX_CROSSREF_DEPTH = 8;

/** Line and column in the file of a position the reader reports inside one entry's text. */
function relocate(message: string, entryLine: number, entryColumn: number): { line: number; column: number; message: string } {
  const match = /at line (\d+) col (\d+)/.exec(message);
  const first = message.split('\n')[0].replace(/\s*at line \d+ col \d+:?\s*$/, '').replace(/^Syntax error\s*/i, '').trim();
  if (!match) return { line: entryLine, column: entryColumn, message: first || message.trim() };
  const line = Number(match[1]);
  const column = Number(match[2]);
  return { line: entryLine + line - 1, column: line === 1 ? entryColumn + column - 1 : column, message: first };
}

/**
 * The file's `@string` macros: each definition is read in file order, so later ones may use earlier ones.
 * An undefined macro reads as its own name, as Pandoc reads it (BibTeX leaves it empty and warns).
 */
function readStrings(text: string, spans: readonly { start: number; end: number }[]): Record<string, string> {
  // Not a plain object: the reader shares it with every entry instead of copying it for each one.
  const defined: Record<string, string> = Object.create(null);
  Object.assign(defined, texConstants.defaultStrings);
  const strings = new Proxy(defined, {
    get: (target, name) => (typeof name !== 'string' ? undefined : name in target ? target[name] : name),
  });
  bibFile.bibtexGrammar.defaultState = { strings };
  for (const span of spans) {
    try {
      bibFile.parse(text.slice(span.start, span.end));
    } catch {
      // A broken @string leaves its macro undefined; entries that use it get an empty value, as in BibTeX.
    }
  }
  return strings;
}

/** Entries read between two pauses of `bibLibrarySteps`. */
export const STEP_ENTRIES = 500;

/** Runs a step-wise reader to its end. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same reading, pausing (yield) every STEP_ENTRIES entries, so a worker
 * can answer searches between steps while a large library loads.
 */
export function* bibLibrarySteps(text: string, file: string): Generator<void, { entries: LibraryEntry[]; errors: LibraryError[] }> {
  const scan = scanBibText(text);
  const errors: LibraryError[] = scan.errors.map((error) => ({ file, line: error.line, column: error.column, message: error.message }));
  const strings = readStrings(text, scan.strings);
  bibFile.bibtexGrammar.defaultState = { strings };
  const raws: (RawEntry | null)[] = [];
  const byKey = new Map<string, RawEntry>();
  for (let i = 0; i < scan.entries.length; i++) {
    const span = scan.entries[i];
    if (i % STEP_ENTRIES === STEP_ENTRIES - 1) {
      yield;
      // Another file may have been read meanwhile: its macros are not this file's.
      bibFile.bibtexGrammar.defaultState = { strings };
    }
    try {
      const [raw] = bibFile.parse(text.slice(span.start, span.end)) as RawEntry[];
      raws.push(raw ?? null);
      if (raw && !byKey.has(raw.label)) byKey.set(raw.label, raw);
    } catch (problem) {
      raws.push(null);
      const where = relocate(String((problem as Error).message ?? problem), span.line, span.column);
      errors.push({ file, ...where, message: `@${span.type}{${span.key}: ${where.message}` });
    }
  }
  const entries: LibraryEntry[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < scan.entries.length; i++) {
    const span = scan.entries[i];
    if (i % STEP_ENTRIES === STEP_ENTRIES - 1) yield;
    const raw = raws[i];
    if (!raw) continue;
    if (seen.has(raw.label)) {
      errors.push({ file, line: span.line, column: span.column, message: `@${span.type}{${raw.label}} is defined again (first at line ${seen.get(raw.label)}); the first one is used` });
      continue;
    }
    seen.set(raw.label, span.line);
    try {
      const chain = withParents(raw, byKey).map(prepare);
      const csl = convert(chain);
      const merged = inherited(chain);
      const titles = pandocTitles(chain[0].type.toLowerCase(), merged);
      if (titles.title !== undefined) csl.title = titles.title;
      if (titles.volumeTitle) csl['volume-title'] = titles.volumeTitle;
      if (titles.containerTitle) csl['container-title'] = titles.containerTitle;
      const entry = entryFromCsl(csl, { file, line: span.line, column: span.column, bibtex: text.slice(span.start, span.end) });
      entry.cslForStyles = forStyles(csl, chain[0].type.toLowerCase(), merged);
      entries.push(entry);
    } catch (problem) {
      errors.push({ file, line: span.line, column: span.column, message: `@${span.type}{${raw.label}}: ${String((problem as Error).message ?? problem).split('\n')[0]}` });
    }
  }
  // citation.js keeps every warning it logs (unmapped fields, ...) in memory; a library is read again on each change.
  logger._log.length = 0;
  return { entries, errors };
}

/** TeX's logos and a few text commands, as Pandoc writes them (citation.js's TeX reader leaves them as commands). */
const TEX_WORDS: Record<string, string> = {
  TeX: 'TeX', LaTeX: 'LaTeX', LaTeXe: 'LaTeX2ε', BibTeX: 'BibTeX', AmSTeX: 'AmSTeX', AmS: 'AMS', METAFONT: 'METAFONT', MF: 'METAFONT',
  MP: 'MetaPost', XeTeX: 'XeTeX', XeLaTeX: 'XeLaTeX', LuaTeX: 'LuaTeX', LuaLaTeX: 'LuaLaTeX', ConTeXt: 'ConTeXt', eTeX: 'eTeX', pdfTeX: 'pdfTeX',
  pdfLaTeX: 'pdfLaTeX', SliTeX: 'SliTeX', PiCTeX: 'PiCTeX', BibLaTeX: 'BibLaTeX', hyphen: '-', slash: '/', textendash: '–', textemdash: '—',
  // Text symbols LaTeX has and citation.js's table lacks.
  aa: 'å', AA: 'Å', dag: '†', ddag: '‡', S: '§', P: '¶', pounds: '£', euro: '€', ldots: '…', dots: '…', quad: ' ', qquad: ' ',
  emdash: '—', endash: '–', Dash: '—',
};
/** A fraction as text writes it: `\\frac{1}{2}` is 1/2, `\\frac{\\pi}{2}` π/2, `\\tfrac{a+b}{2}` (a+b)/2, `\\frac12` 1/2. */
const FRACTION = /\\[dtc]?frac\s*(?:\{([^{}]{1,40})\}\s*\{([^{}]{1,40})\}|(\d)\s*(\d))/g;
const fractionPart = (part: string): string => (/^(?:[\p{L}\p{N}.]+|\\[A-Za-z]+)$/u.test(part.trim()) ? part.trim() : `(${part.trim()})`);
const SPACING_ACCENTS: Record<string, string> = { "'": "'", '`': '`', '^': '^', '~': '~', '"': '"', '=': '¯', '.': '˙', u: '˘', v: 'ˇ', H: '˝', c: '¸', r: '˚', k: '˛' };

/** Every command citation.js's TeX reader converts (accents, symbols, formatting, math): the others are not its to read. */
const KNOWN_COMMANDS = new Set([
  ...Object.keys(texConstants.diacritics), ...Object.keys(texConstants.commands), ...Object.keys(texConstants.mathCommands),
  ...Object.keys(texConstants.formattingCommands), ...Object.keys(texConstants.argumentCommands),
]);

/**
 * A field's TeX made readable for the TeX reader, the way TeX reads it:
 * logos become words; a command the reader does not know (one a file's
 * @preamble defines, say `\\booktitle{...}`) is left out and its argument
 * kept as text; starred variants (`\\enquote*`) read as plain ones. A
 * control word ends at the spaces after it; `{}` after a logo is dropped.
 */
function prepareValue(value: unknown): unknown {
  if (typeof value !== 'string' || !value.includes('\\')) return value;
  return value
    .replace(FRACTION, (_, over: string | undefined, under: string | undefined, digit: string, by: string) => (over === undefined ? `${digit}/${by}` : `${fractionPart(over)}/${fractionPart(under!)}`))
    // A degree: 25$^{\\circ}$C is 25°C.
    .replace(/\^\s*(?:\{\s*\\circ\s*\}|\\circ(?![A-Za-z]))/g, '°')
    // An accent on nothing (\\'{}) is the accent itself, as TeX prints it.
    .replace(/\\([`'^"~=.uvHcdbkr])\{\}/g, (_, accent: string) => SPACING_ACCENTS[accent] ?? '')
    // An accent on a dotless i or j given as a command (\\=\\i): the reader wants it braced.
    .replace(/(\\[`'^"~=.uvHcdbkr])\s*(\\[ij])(?![A-Za-z])/g, '$1{$2}')
    .replace(/\\[/-]|\\([A-Za-z]+)\*?(\{\})?([ \t\r\n]*)/g, (whole, name: string | undefined, empty: string | undefined, space: string, at: number, text: string) => {
    if (!name) return ''; // \/ (italic correction) and \- (a place to hyphenate)
    if (Object.hasOwn(TEX_WORDS, name)) return TEX_WORDS[name] + (empty ? space : '');
    if (Object.hasOwn(MATH_SYMBOLS, name)) return MATH_SYMBOLS[name] + space;
    // An operator name is a word of its own: n\\log n reads "n log n".
    if (MATH_OPERATORS.has(name)) return (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') ? ' ' : '') + name + space;
    if (KNOWN_COMMANDS.has(name)) return whole.replace(/^(\\[A-Za-z]+)\*/, '$1');
    return empty ? space : '';
  });
}

/** Fields BibLaTeX reads verbatim: their backslashes are text (a Windows path, a URL). */
const VERBATIM_FIELDS = new Set(['url', 'doi', 'eprint', 'file', 'pdf', 'verba', 'verbb', 'verbc', 'urlraw']);

function prepare(raw: RawEntry): RawEntry {
  const properties: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw.properties)) properties[name] = VERBATIM_FIELDS.has(name) ? value : prepareValue(value);
  return { ...raw, properties };
}

/** Entry types that are part of a larger work: their `maintitle` is the container's, not their own title. */
const PART_TYPES = new Set(['incollection', 'inproceedings', 'inbook', 'bookinbook', 'inreference']);

/** Title, subtitle and title addon joined as Pandoc joins them: `T: S. A`, and `T? S` after a title's own punctuation. */
function joinTitle(title: string, subtitle: string, addon: string): string {
  let out = title;
  if (subtitle) out = out ? `${out}${/[?!.]$/.test(out) ? ' ' : ': '}${subtitle}` : subtitle;
  if (addon) out = out ? `${out}. ${addon}` : addon;
  return out;
}

/**
 * The CSL title as Pandoc makes it from BibLaTeX fields: subtitles and
 * title addons joined; for a volume of a multi-volume work (`maintitle`) the
 * main work's title, the volume's own in `volume-title`; for a periodical's
 * issue (`issuetitle`) the title, the periodical in `container-title`.
 */
function pandocTitles(type: string, properties: Record<string, unknown>, languages?: string[]): { title?: string; volumeTitle?: string; containerTitle?: string } {
  const part = (name: string): string => {
    const value = properties[name];
    if (typeof value !== 'string' || !value) return '';
    try {
      return languages ? sentenceCased(value, languages) : String(parseValue(value, 'title'));
    } catch {
      return value.replace(/\\[A-Za-z]+|[{}]/g, '');
    }
  };
  const titled = (prefix: string): string => joinTitle(part(`${prefix}title`), part(`${prefix}subtitle`), part(`${prefix}titleaddon`));
  if (type === 'periodical' && properties.issuetitle) return { title: titled('issue'), containerTitle: titled('') };
  if ('maintitle' in properties && !PART_TYPES.has(type)) return { title: titled('main'), volumeTitle: titled('') };
  if ('title' in properties || 'subtitle' in properties || 'titleaddon' in properties) return { title: titled('') };
  return {};
}

/**
 * A title field in sentence case, as Pandoc reads BibTeX titles for English
 * entries (styles title-case them again where they want): citation.js's
 * reader does it when told to, keeping braced words as they are.
 */
function sentenceCased(value: string, languages: string[]): string {
  const parse = bibtexConfig.parse;
  const saved = parse.sentenceCase;
  parse.sentenceCase = 'english';
  try {
    return String(parseValue(value, 'title', languages));
  } finally {
    parse.sentenceCase = saved;
  }
}

/** Genres citation.js copies from the entry type, as Pandoc writes them (none for a report). */
const GENRES: Record<string, string | null> = { phdthesis: 'PhD thesis', mastersthesis: 'Master’s thesis', techreport: null };

/**
 * The CSL item as Pandoc prints a BibTeX entry: titles in sentence case
 * (English entries), name particles dropped in citations unless the entry's
 * `options` say `useprefix=true` (BibLaTeX's default), thesis genres in words.
 * Only what is formatted changes: the entry's shown title stays as written.
 */
function forStyles(csl: Record<string, unknown>, type: string, properties: Record<string, unknown>): Record<string, unknown> {
  const out = { ...csl };
  const language = properties.langid ?? properties.language;
  const languages = typeof language === 'string' && language.trim() ? language.split(/\s*(?:,|\band\b)\s*/).filter(Boolean) : [];
  const titles = pandocTitles(type, properties, languages);
  if (titles.title !== undefined) out.title = titles.title;
  if (titles.volumeTitle) out['volume-title'] = titles.volumeTitle;
  if (titles.containerTitle) out['container-title'] = titles.containerTitle;
  else if (PART_TYPES.has(type) && typeof properties.booktitle === 'string') {
    out['container-title'] = joinTitle(sentenceCasedOr(properties.booktitle, languages), '', '');
  }
  const options = typeof properties.options === 'string' ? properties.options : '';
  if (!/useprefix\s*(?:=\s*true)?\s*(?:,|$)/i.test(options)) {
    for (const role of ['author', 'editor', 'translator']) {
      const names = out[role];
      if (!Array.isArray(names)) continue;
      out[role] = names.map((name: Record<string, unknown>) => {
        if (!name || typeof name !== 'object' || !name['non-dropping-particle']) return name;
        const { 'non-dropping-particle': particle, ...rest } = name;
        return { ...rest, 'dropping-particle': [rest['dropping-particle'], particle].filter(Boolean).join(' ') };
      });
    }
  }
  if (typeof out.genre === 'string' && Object.hasOwn(GENRES, out.genre)) {
    const genre = GENRES[out.genre];
    if (genre) out.genre = genre;
    else delete out.genre;
  }
  return out;
}

function sentenceCasedOr(value: string, languages: string[]): string {
  try {
    return sentenceCased(value, languages);
  } catch {
    return value.replace(/\\[A-Za-z]+|[{}]/g, '');
  }
}

/** The entry followed by its `crossref` ancestors, the chain cut where it would loop. */
function withParents(raw: RawEntry, byKey: ReadonlyMap<string, RawEntry>): RawEntry[] {
  const chain = [raw];
  const keys = new Set([raw.label]);
  let current = raw;
  while (chain.length <= MAX_CROSSREF_DEPTH) {
    const parentKey = current.properties.crossref;
    const parent = typeof parentKey === 'string' ? byKey.get(parentKey) : undefined;
    if (!parent || keys.has(parent.label)) {
      if (parent) chain[chain.length - 1] = withoutCrossref(current);
      break;
    }
    chain.push(parent);
    keys.add(parent.label);
    current = parent;
  }
  const last = chain[chain.length - 1];
  if (chain.length > MAX_CROSSREF_DEPTH && typeof last.properties.crossref === 'string') {
    chain[chain.length - 1] = withoutCrossref(last);
  }
  return chain;
}

/**
 * The CSL item of an entry (with its crossref ancestors). A field whose TeX
 * the reader cannot read does not cost the entry: such fields are left out
 * and the entry is read again without them.
 */
function convert(chain: RawEntry[]): Record<string, unknown> {
  const attempt = (entries: RawEntry[]): Record<string, unknown> | null => {
    try {
      return (bibEntries.parse(entries) as Record<string, unknown>[])[0];
    } catch {
      return null;
    }
  };
  const [entry, ...parents] = chain;
  let csl = attempt(chain);
  if (!csl) {
    const readable: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(entry.properties)) {
      if (attempt([{ type: entry.type, label: entry.label, properties: { [name]: value } }])) readable[name] = value;
    }
    const own = { ...entry, properties: readable };
    // Then without what a crossref parent gives, if that is what cannot be read.
    csl = attempt([own, ...parents]) ?? attempt([withoutCrossref(own)]);
  }
  if (!csl) throw new Error('the entry cannot be read');
  delete csl._graph;
  return csl;
}

/** An entry's fields with those it inherits through crossref (BibLaTeX's rules, as citation.js applies them). */
function inherited(chain: RawEntry[]): Record<string, unknown> {
  const registry: Record<string, RawEntry> = {};
  for (const entry of chain) registry[entry.label] = entry;
  return inheritFields(chain[0].type, chain[0].properties, registry) as Record<string, unknown>;
}

function withoutCrossref(raw: RawEntry): RawEntry {
  const properties = { ...raw.properties };
  delete properties.crossref;
  return { ...raw, properties };
}
