/**
 * A library file's entries as one block of bytes: what the library worker
 * hands the extension host (one transferred buffer instead of 100,000
 * objects for the editor's heap and its garbage collector) and what it keeps
 * on disk for a warm start (read back without parsing every entry).
 *
 * Each entry is a JSON record of the Paper as the host keeps it (without its
 * BibTeX text, abstract and CSL item, and without the file name, which the
 * table holds once), found by key through a hash table that is part of the
 * bytes, so nothing is built when the bytes arrive. Those texts, which are
 * most of what an entry weighs, follow as a second section that the host's
 * copy leaves out. Records are decoded when asked for, and the last few
 * thousand are kept. Pure.
 *
 * Layout (little-endian u32s, sections 4-byte aligned): the header
 * (MAGIC, VERSION, count, slots, key bytes, record bytes, text bytes, file
 * name bytes, where the texts start), key offsets (count + 1), record
 * offsets (count + 1), hash slots (entry + 1, 0 = empty), the file name, the
 * keys, the records; then text offsets (count + 1) and the texts.
 */
import type { Paper } from '../paper';
import type { LibraryError } from './cslItem';

const MAGIC = 0x50_4e_54_42; // "PNTB"
const VERSION = 1;
const HEADER_WORDS = 9;
const align = (n: number): number => (n + 3) & ~3;

/** The texts of an entry the host does not keep. */
export interface EntryTexts {
  bibtex: string | null;
  abstract: string;
  csl?: string;
}

/** FNV-1a over UTF-16 code units: a key is hashed as the JavaScript string it is, with no encoding. */
function hashKey(key: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619);
  return hash >>> 0;
}

function slotCount(count: number): number {
  let slots = 2;
  while (slots < count * 2) slots *= 2;
  return slots;
}

/** The record of a paper: the Paper without its texts and without the file name. */
function recordOf(paper: Paper): unknown {
  if (!paper.library) return paper;
  const { csl, file: _file, bibtex, ...library } = paper.library;
  // Left out, not set to undefined: every property a decoded entry carries is one more for the heap.
  return { ...paper, cleanAbstract: '', library: { ...library, bibtex: null, hasBibtex: !!bibtex, hasAbstract: !!paper.cleanAbstract, hasCsl: !!csl } };
}

/** The bytes of a table of `papers` (all of one library `file`), texts included. */
export function encodePaperTable(file: string, papers: readonly Paper[]): Uint8Array {
  const encoder = new TextEncoder();
  const count = papers.length;
  const slots = slotCount(count);
  const keyParts: Uint8Array[] = [];
  const recordParts: Uint8Array[] = [];
  const textParts: Uint8Array[] = [];
  const keyOffsets = new Uint32Array(count + 1);
  const recordOffsets = new Uint32Array(count + 1);
  const textOffsets = new Uint32Array(count + 1);
  const table = new Uint32Array(slots);
  const seen = new Map<string, true>();
  for (let i = 0; i < count; i++) {
    const paper = papers[i];
    const key = encoder.encode(paper.key);
    const record = encoder.encode(JSON.stringify(recordOf(paper)));
    const texts: EntryTexts = { bibtex: paper.library?.bibtex ?? null, abstract: paper.cleanAbstract, ...(paper.library?.csl ? { csl: paper.library.csl } : {}) };
    const text = encoder.encode(JSON.stringify(texts));
    keyParts.push(key);
    recordParts.push(record);
    textParts.push(text);
    keyOffsets[i + 1] = keyOffsets[i] + key.length;
    recordOffsets[i + 1] = recordOffsets[i] + record.length;
    textOffsets[i + 1] = textOffsets[i] + text.length;
    // The first entry of a key is the one a note means (a file's own repeats are reported by its loader).
    if (seen.has(paper.key)) continue;
    seen.set(paper.key, true);
    let slot = hashKey(paper.key) & (slots - 1);
    while (table[slot]) slot = (slot + 1) & (slots - 1);
    table[slot] = i + 1;
  }
  const name = encoder.encode(file);
  const keyBytes = keyOffsets[count];
  const recordBytes = recordOffsets[count];
  const textBytes = textOffsets[count];
  const textsAt = 4 * (HEADER_WORDS + 2 * (count + 1) + slots) + align(name.length) + align(keyBytes) + align(recordBytes);
  const out = new Uint8Array(textsAt + 4 * (count + 1) + textBytes);
  const words = new Uint32Array(out.buffer, 0, textsAt / 4 + count + 1);
  words.set([MAGIC, VERSION, count, slots, keyBytes, recordBytes, textBytes, name.length, textsAt]);
  let word = HEADER_WORDS;
  words.set(keyOffsets, word);
  word += count + 1;
  words.set(recordOffsets, word);
  word += count + 1;
  words.set(table, word);
  word += slots;
  let at = word * 4;
  out.set(name, at);
  at += align(name.length);
  for (const part of keyParts) {
    out.set(part, at);
    at += part.length;
  }
  at = textsAt - align(recordBytes);
  for (const part of recordParts) {
    out.set(part, at);
    at += part.length;
  }
  words.set(textOffsets, textsAt / 4);
  at = textsAt + 4 * (count + 1);
  for (const part of textParts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const decoder = new TextDecoder();

/** Read access to a table's bytes. Decoded records are kept up to `keep` (the newest asked for). */
export class PaperTable {
  readonly count: number;
  readonly file: string;
  private readonly keyOffsets: Uint32Array;
  private readonly recordOffsets: Uint32Array;
  private readonly slots: Uint32Array;
  private readonly keyBytes: Uint8Array;
  private readonly recordBytes: Uint8Array;
  private readonly textOffsets: Uint32Array | null;
  private readonly textBytes: Uint8Array | null;
  /** Where the texts start: the host's copy is the bytes before it. */
  private readonly textsAt: number;
  private decoded = new Map<number, Paper>();
  private allKeys: string[] | null = null;

  private constructor(private readonly bytes: Uint8Array, private readonly keep: number) {
    if (bytes.byteOffset % 4) {
      // Typed arrays need aligned offsets: copy (a Node Buffer's slice would be a view).
      const copy = new Uint8Array(bytes.length);
      copy.set(bytes);
      bytes = copy;
    }
    this.bytes = bytes;
    const header = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER_WORDS);
    const [magic, version, count, slots, keyBytes, recordBytes, textBytes, nameBytes, textsAt] = header;
    if (magic !== MAGIC || version !== VERSION) throw new Error('not a table of this version');
    if (slots < 2 || slots & (slots - 1) || slots < count) throw new Error('bad slot count');
    const expectedAt = 4 * (HEADER_WORDS + 2 * (count + 1) + slots) + align(nameBytes) + align(keyBytes) + align(recordBytes);
    if (textsAt !== expectedAt || bytes.length < textsAt) throw new Error('cut short');
    this.count = count;
    this.textsAt = textsAt;
    const words = (from: number, length: number): Uint32Array => new Uint32Array(bytes.buffer, bytes.byteOffset + from * 4, length);
    this.keyOffsets = words(HEADER_WORDS, count + 1);
    this.recordOffsets = words(HEADER_WORDS + count + 1, count + 1);
    this.slots = words(HEADER_WORDS + 2 * (count + 1), slots);
    let at = 4 * (HEADER_WORDS + 2 * (count + 1) + slots);
    this.file = decoder.decode(bytes.subarray(at, at + nameBytes));
    at += align(nameBytes);
    this.keyBytes = bytes.subarray(at, at + keyBytes);
    at += align(keyBytes);
    this.recordBytes = bytes.subarray(at, at + recordBytes);
    const hasTexts = bytes.length > textsAt;
    if (hasTexts && bytes.length !== textsAt + 4 * (count + 1) + textBytes) throw new Error('bad text section');
    this.textOffsets = hasTexts ? words(textsAt / 4, count + 1) : null;
    this.textBytes = hasTexts ? bytes.subarray(textsAt + 4 * (count + 1)) : null;
    // Every offset in order and in range, every slot an entry: damaged bytes can never make a look-up read past a section.
    const ordered = (offsets: Uint32Array, end: number): boolean => {
      if (offsets[0] !== 0 || offsets[count] !== end) return false;
      for (let i = 0; i < count; i++) if (offsets[i] > offsets[i + 1]) return false;
      return true;
    };
    if (!ordered(this.keyOffsets, keyBytes) || !ordered(this.recordOffsets, recordBytes) || (this.textOffsets && !ordered(this.textOffsets, textBytes))) throw new Error('bad offsets');
    for (let i = 0; i < slots; i++) if (this.slots[i] > count) throw new Error('bad slot');
  }

  /** The table in `bytes`, or null when they are not one (never throws on bad bytes). */
  static from(bytes: Uint8Array, keep = 5_000): PaperTable | null {
    try {
      return bytes.length >= HEADER_WORDS * 4 ? new PaperTable(bytes, keep) : null;
    } catch {
      return null;
    }
  }

  /** The bytes the extension host needs: the table without its texts (a copy, to transfer). */
  hostBytes(): Uint8Array {
    const copy = new Uint8Array(this.textsAt);
    copy.set(this.bytes.subarray(0, this.textsAt));
    return copy;
  }

  /** All the bytes, texts included (what is kept on disk). */
  get allBytes(): Uint8Array {
    return this.bytes;
  }

  get byteLength(): number {
    return this.bytes.length;
  }

  key(entry: number): string {
    return this.allKeys ? this.allKeys[entry] : decoder.decode(this.keyBytes.subarray(this.keyOffsets[entry], this.keyOffsets[entry + 1]));
  }

  /** Every entry's key, in order (repeats included). */
  keys(): readonly string[] {
    if (!this.allKeys) {
      const keys: string[] = new Array(this.count);
      for (let i = 0; i < this.count; i++) keys[i] = this.key(i);
      this.allKeys = keys;
    }
    return this.allKeys;
  }

  /** The first entry of a key, or -1. */
  indexOf(key: string): number {
    const mask = this.slots.length - 1;
    for (let slot = hashKey(key) & mask, probes = 0; probes <= mask; slot = (slot + 1) & mask, probes++) {
      const entry = this.slots[slot];
      if (!entry) return -1;
      if (this.key(entry - 1) === key) return entry - 1;
    }
    return -1;
  }

  /** The entry as a Paper (without its texts; `library.hasBibtex` and the like say which it has). */
  at(entry: number): Paper | undefined {
    if (!(entry >= 0 && entry < this.count)) return undefined;
    let paper = this.decoded.get(entry);
    if (!paper) {
      paper = JSON.parse(decoder.decode(this.recordBytes.subarray(this.recordOffsets[entry], this.recordOffsets[entry + 1]))) as Paper;
      if (paper.library) paper.library.file = this.file;
      if (this.decoded.size >= this.keep) this.decoded = new Map();
      this.decoded.set(entry, paper);
    }
    return paper;
  }

  get(key: string): Paper | undefined {
    const entry = this.indexOf(key);
    return entry === -1 ? undefined : this.at(entry);
  }

  /** The entry's BibTeX text, abstract and CSL item; null when this copy has no texts. */
  texts(entry: number): EntryTexts | null {
    if (!this.textOffsets || !this.textBytes || !(entry >= 0 && entry < this.count)) return null;
    return JSON.parse(decoder.decode(this.textBytes.subarray(this.textOffsets[entry], this.textOffsets[entry + 1]))) as EntryTexts;
  }

  get length(): number {
    return this.count;
  }
}

/** What reading a library file found: its problems and its entries' table. Kept on disk by the file's bytes' hash. */
export interface Reading {
  errors: LibraryError[];
  fatal?: string;
  table: PaperTable;
}

/** The bytes of a reading: its problems as JSON, then the table. */
export function encodeReading(errors: readonly LibraryError[], fatal: string | undefined, table: PaperTable): Uint8Array {
  const head = new TextEncoder().encode(JSON.stringify({ magic: 'paper-notes-reading', errors, ...(fatal === undefined ? {} : { fatal }) }));
  const at = align(4 + head.length);
  const out = new Uint8Array(at + table.byteLength);
  new DataView(out.buffer).setUint32(0, head.length, true);
  out.set(head, 4);
  out.set(table.allBytes, at);
  return out;
}

/** The reading in `bytes`, or null when they are not one (never throws on bad bytes). */
export function decodeReading(bytes: Uint8Array): Reading | null {
  try {
    const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
    if (4 + length > bytes.length) return null;
    const head = JSON.parse(decoder.decode(bytes.subarray(4, 4 + length))) as { magic?: string; errors?: LibraryError[]; fatal?: string };
    if (head.magic !== 'paper-notes-reading' || !Array.isArray(head.errors)) return null;
    const table = PaperTable.from(bytes.subarray(align(4 + length)), Infinity);
    return table && { errors: head.errors, ...(head.fatal === undefined ? {} : { fatal: head.fatal }), table };
  } catch {
    return null;
  }
}
