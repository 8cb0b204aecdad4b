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

const joinNul = (parts: readonly string[]): string => parts.map((part) => `${part}\0`).join('');

export function buildColumns(papers: readonly Paper[]): FilterColumns {
  const count = papers.length;
  const years = new Float64Array(count);
  const marks = new Uint8Array(count);
  const tags = new Uint32Array(count);
  const partIds = new Map<string, number>();
  const parts: string[] = [];
  const postings: number[][] = [];
  for (let doc = 0; doc < count; doc++) {
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
    for (const author of paper.library?.authors ?? []) {
      for (const part of authorParts(author)) {
        let id = partIds.get(part);
        if (id === undefined) {
          id = parts.length;
          partIds.set(part, id);
          parts.push(part);
          postings.push([]);
        }
        const docs = postings[id];
        // Documents come in order: a part twice in one paper is the last one pushed.
        if (docs[docs.length - 1] !== doc) docs.push(doc);
      }
    }
  }
  const order = parts.map((_, id) => id).sort((a, b) => (parts[a] < parts[b] ? -1 : 1));
  const authorOffsets = new Uint32Array(order.length + 1);
  order.forEach((id, at) => {
    authorOffsets[at + 1] = authorOffsets[at] + postings[id].length;
  });
  const authorDocs = new Uint32Array(authorOffsets[order.length]);
  order.forEach((id, at) => authorDocs.set(postings[id], authorOffsets[at]));
  return { years, marks, tags, authorText: joinNul(order.map((id) => parts[id])), authorOffsets, authorDocs };
}

/** Whether stored columns fit `count` papers and every offset and document is in range (a damaged file must never make a filter read past an array). */
export function columnsFit(columns: FilterColumns, count: number): boolean {
  const { years, marks, tags, authorText, authorOffsets, authorDocs } = columns;
  if (years.length !== count || marks.length !== count || tags.length !== count) return false;
  let parts = 0;
  for (let at = authorText.indexOf('\0'); at !== -1; at = authorText.indexOf('\0', at + 1)) parts++;
  if (authorOffsets.length !== parts + 1 || authorOffsets[0] !== 0 || authorOffsets[parts] !== authorDocs.length) return false;
  for (let part = 0; part < parts; part++) if (authorOffsets[part] > authorOffsets[part + 1]) return false;
  for (let i = 0; i < authorDocs.length; i++) if (authorDocs[i] >= count) return false;
  return true;
}

/** The filters of a query as tests of documents, answered from the columns. */
export class DocFilters {
  private readonly parts: string[];

  /** `fileOf` says which library file a document is from (undefined: the catalogue). */
  constructor(private readonly columns: FilterColumns, private readonly count: number, private readonly fileOf: (doc: number) => string | undefined) {
    this.parts = columns.authorText ? columns.authorText.slice(0, -1).split('\0') : [];
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
        // Documents of one file are many: each file's answer is worked out once.
        const byFile = new Map<string | undefined, boolean>();
        return (doc) => {
          const file = this.fileOf(doc);
          let passes = byFile.get(file);
          if (passes === undefined) byFile.set(file, (passes = sourceMatches(filter.value, file)));
          return passes;
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
    let low = 0;
    let high = this.parts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.parts[mid] < prefix) low = mid + 1;
      else high = mid;
    }
    for (let part = low; part < this.parts.length && this.parts[part].startsWith(prefix); part++) {
      for (let i = authorOffsets[part]; i < authorOffsets[part + 1]; i++) authored[authorDocs[i]] = 1;
    }
    return authored;
  }
}
