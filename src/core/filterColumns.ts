/**
 * What a query's filters (`year:`, `has:code`, `kind:`, `family:`,
 * `modality:`, `author:`) need of each paper, as columns the index keeps per
 * document: a filter is answered without reading a paper, so a library's
 * entries stay encoded in their table (a filter over 100,000 entries would
 * otherwise decode all of them). `in:` needs only each document's file,
 * which the paper list knows. Pure.
 */
import type { Paper } from './paper';
import { authorParts, sourceMatches, type QueryFilter } from './queryFilters';
import { FAMILIES, KINDS, MODALITIES } from './summarize';
import { FNV_OFFSET, FNV_PRIME, grown, joinNul, lowerBound, nulCount, splitNul, TermTable, Uint32List } from './termTable';

export interface FilterColumns {
  /** Each paper's year; NaN when it has none. */
  years: Float64Array;
  /** Bits 0–3: the summary's kind (its place in KINDS, plus one; 0 for none); bit 4: has code. */
  marks: Uint8Array;
  /** Bits 0–15: the summary's families (by their place in FAMILIES); bits 16–31: its modalities. */
  tags: Uint32Array;
  /** The parts of the authors' names (authorParts), sorted, each followed by a NUL. */
  authorText: string;
  /** Part p's papers are authorDocs[authorOffsets[p] .. authorOffsets[p+1]), each once, ascending. */
  authorOffsets: Uint32Array;
  authorDocs: Uint32Array;
}

const CODE = 16;
const MODALITY_SHIFT = 16;

// Each list has room for what it holds; one more family or modality must not silently take another's bit.
if (KINDS.length > 15 || FAMILIES.length > MODALITY_SHIFT || MODALITIES.length > 32 - MODALITY_SHIFT) throw new Error('the filter columns have no room for the summary schema');

const bitOf = (field: 'family' | 'modality', value: string): number => {
  const at = field === 'family' ? (FAMILIES as readonly string[]).indexOf(value) : (MODALITIES as readonly string[]).indexOf(value);
  return at === -1 ? 0 : (1 << (at + (field === 'family' ? 0 : MODALITY_SHIFT))) >>> 0;
};

/** Printable ASCII and ASCII white space: nothing to fold but case. */
const PLAIN_NAME = /^[\t-\r -~]*$/;
/** ASCII separators of authorParts: white space, comma, full stop, hyphen. */
const SEPARATOR = new Uint8Array(128);
for (const code of [9, 10, 11, 12, 13, 32, 44, 45, 46]) SEPARATOR[code] = 1;

/**
 * The ids of authorParts(author) in `table`, each given to `put`. A plain
 * ASCII name (nearly all) is cut and looked up in place, with no string made
 * for a part seen before and no normalizing; any other name goes through
 * authorParts itself.
 */
function authorPartIds(author: string, table: TermTable, put: (id: number) => void): void {
  if (!PLAIN_NAME.test(author)) {
    for (const part of authorParts(author)) put(table.idOfWord(part));
    return;
  }
  let start = 0;
  let hash = FNV_OFFSET;
  let i = 0;
  while (i < author.length) {
    let code = author.charCodeAt(i);
    if (SEPARATOR[code] === 0) {
      if (code >= 65 && code <= 90) code += 32;
      hash = Math.imul(hash ^ code, FNV_PRIME);
      i++;
      continue;
    }
    put(table.idOf(author, start, i, hash));
    while (i < author.length && SEPARATOR[author.charCodeAt(i)] === 1) i++;
    start = i;
    hash = FNV_OFFSET;
  }
  put(table.idOf(author, start, i, hash));
}

export function buildColumns(papers: readonly Paper[]): FilterColumns {
  const count = papers.length;
  const years = new Float64Array(count);
  const marks = new Uint8Array(count);
  const tags = new Uint32Array(count);
  const table = new TermTable();
  /** Each (part, paper) once, in paper order: a part twice in one paper is its last pair. */
  const pairParts = new Uint32List();
  const pairDocs = new Uint32List();
  /** The last paper each part was put for, plus one (0: none yet). */
  let lastDoc = new Uint32Array(1 << 16);
  let doc = 0;
  const put = (id: number): void => {
    if (id >= lastDoc.length) lastDoc = grown(lastDoc, 0);
    if (lastDoc[id] === doc + 1) return;
    lastDoc[id] = doc + 1;
    pairParts.push(id);
    pairDocs.push(doc);
  };
  for (doc = 0; doc < count; doc++) {
    const paper = papers[doc];
    years[doc] = paper.year ?? NaN;
    const summary = paper.summary;
    let mark = paper.codeUrl !== null ? CODE : 0;
    let tag = 0;
    if (summary) {
      mark |= (KINDS as readonly string[]).indexOf(summary.kind) + 1;
      for (const family of summary.family) tag |= bitOf('family', family);
      for (const modality of summary.modalities) tag |= bitOf('modality', modality);
    }
    marks[doc] = mark;
    tags[doc] = tag >>> 0;
    for (const author of paper.library?.authors ?? []) authorPartIds(author, table, put);
  }
  const parts = table.words;
  // The default sort compares UTF-16 code units, as the look-up's < does.
  const sorted = [...parts].sort();
  const rank = new Uint32Array(parts.length);
  sorted.forEach((part, at) => {
    rank[table.idOfWord(part)] = at;
  });
  // Laid out part by part (a counting sort): pairs come in paper order, so each part's papers ascend.
  const authorOffsets = new Uint32Array(sorted.length + 1);
  const pairs = pairParts.length;
  for (let i = 0; i < pairs; i++) authorOffsets[rank[pairParts.data[i]] + 1]++;
  for (let at = 0; at < sorted.length; at++) authorOffsets[at + 1] += authorOffsets[at];
  const cursor = authorOffsets.slice(0, sorted.length);
  const authorDocs = new Uint32Array(pairs);
  for (let i = 0; i < pairs; i++) authorDocs[cursor[rank[pairParts.data[i]]]++] = pairDocs.data[i];
  return { years, marks, tags, authorText: joinNul(sorted), authorOffsets, authorDocs };
}

/** Whether stored columns fit `count` papers and every offset and document is in range (a damaged file must never make a filter read past an array). */
export function columnsFit(columns: FilterColumns, count: number): boolean {
  const { years, marks, tags, authorText, authorOffsets, authorDocs } = columns;
  if (years.length !== count || marks.length !== count || tags.length !== count) return false;
  const parts = nulCount(authorText);
  if (authorOffsets.length !== parts + 1 || authorOffsets[0] !== 0 || authorOffsets[parts] !== authorDocs.length) return false;
  for (let part = 0; part < parts; part++) if (authorOffsets[part] > authorOffsets[part + 1]) return false;
  for (let i = 0; i < authorDocs.length; i++) if (authorDocs[i] >= count) return false;
  return true;
}

/** The filters of a query as tests of documents, answered from the columns. */
export class DocFilters {
  private readonly parts: string[];

  /** Which file each document is from, for `in:` (undefined: the catalogue). */
  private fileOf: ((doc: number) => string | undefined) | null;

  /**
   * `fileOf` says which library file a document is from without reading it
   * (a library's list knows); without it, `readFile` reads the paper, once
   * for every document at the first `in:`.
   */
  constructor(private readonly columns: FilterColumns, private readonly count: number, fileOf: ((doc: number) => string | undefined) | undefined, private readonly readFile: (doc: number) => string | undefined) {
    this.parts = splitNul(columns.authorText);
    this.fileOf = fileOf ?? null;
  }

  /** fileOf, from a column of file numbers made at the first `in:` when the list gave none. */
  private files(): (doc: number) => string | undefined {
    if (this.fileOf) return this.fileOf;
    const names: (string | undefined)[] = [];
    const numbers = new Map<string | undefined, number>();
    const column = new Uint32Array(this.count);
    for (let doc = 0; doc < this.count; doc++) {
      const file = this.readFile(doc);
      let number = numbers.get(file);
      if (number === undefined) {
        number = names.length;
        numbers.set(file, number);
        names.push(file);
      }
      column[doc] = number;
    }
    this.fileOf = (doc) => names[column[doc]];
    return this.fileOf;
  }

  test(filter: QueryFilter): (doc: number) => boolean {
    const { years, marks, tags } = this.columns;
    switch (filter.field) {
      // An undated paper's NaN fails every comparison a year filter makes.
      case 'year': return (doc) => filter.test(years[doc]);
      case 'code': return (doc) => (marks[doc] & CODE) !== 0;
      case 'kind': {
        const kind = (KINDS as readonly string[]).indexOf(filter.value) + 1;
        return kind === 0 ? () => false : (doc) => (marks[doc] & 15) === kind;
      }
      case 'family': case 'modality': {
        // A value the schema does not have is bit 0: no paper passes.
        const bit = bitOf(filter.field, filter.value);
        return (doc) => (tags[doc] & bit) !== 0;
      }
      case 'in': {
        // Documents of one file are many: each file's answer is worked out once, and the last one is at hand (a run of one file's documents).
        const byFile = new Map<string | undefined, boolean>();
        let lastFile: string | undefined;
        let lastPasses = sourceMatches(filter.value, undefined);
        const fileOf = this.files();
        return (doc) => {
          const file = fileOf(doc);
          if (file !== lastFile) {
            lastFile = file;
            let passes = byFile.get(file);
            if (passes === undefined) byFile.set(file, (passes = sourceMatches(filter.value, file)));
            lastPasses = passes;
          }
          return lastPasses;
        };
      }
      case 'author': {
        const authored = this.authoredBy(filter.value);
        return (doc) => authored[doc] === 1;
      }
    }
  }

  /** The documents with an author part that starts with `prefix`: the parts are sorted, so they are one range. */
  private authoredBy(prefix: string): Uint8Array {
    const authored = new Uint8Array(this.count);
    const { authorOffsets, authorDocs } = this.columns;
    for (let part = lowerBound(this.parts, prefix); part < this.parts.length && this.parts[part].startsWith(prefix); part++) {
      for (let i = authorOffsets[part]; i < authorOffsets[part + 1]; i++) authored[authorDocs[i]] = 1;
    }
    return authored;
  }
}
