/**
 * The search index on disk: a warm start reads these bytes instead of
 * building the index again. A small JSON header, then each typed array's
 * bytes (4-byte aligned, little-endian as every platform VS Code runs on).
 * Pure: the caller reads and writes the bytes.
 */
import type { StoredIndex } from './search';

const MAGIC = 'paper-notes-index';
const VERSION = 5;
const ARRAYS = ['offsets', 'headEnds', 'docs', 'weights', 'gramOffsets', 'gramTerms', 'newest', 'upvotes'] as const;
type ArrayName = (typeof ARRAYS)[number];

interface Header {
  magic: string;
  version: number;
  /** Whatever the caller needs to match (for example the hashes of the files and the build that made it). */
  key: string;
  paperCount: number;
  /** Byte lengths of termText, titleText and nameText, stored in that order. */
  textBytes: [number, number, number];
  lengths: Record<ArrayName, number>;
}

const align = (n: number): number => (n + 3) & ~3;

/** How many strings a NUL-ended list holds. */
function nulCount(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\0'); at !== -1; at = text.indexOf('\0', at + 1)) count++;
  return count;
}

export function encodeIndex(stored: StoredIndex, key: string): Uint8Array {
  const texts = [stored.termText, stored.titleText, stored.nameText].map((text) => new TextEncoder().encode(text));
  const lengths = Object.fromEntries(ARRAYS.map((name) => [name, stored[name].length])) as Record<ArrayName, number>;
  const textBytes = texts.map((text) => text.length) as Header['textBytes'];
  const header = new TextEncoder().encode(JSON.stringify({ magic: MAGIC, version: VERSION, key, paperCount: stored.paperCount, textBytes, lengths } satisfies Header));
  let size = 4 + align(header.length) + texts.reduce((sum, text) => sum + align(text.length), 0);
  for (const name of ARRAYS) size += align(stored[name].byteLength);
  const out = new Uint8Array(size);
  new DataView(out.buffer).setUint32(0, header.length, true);
  let at = 4;
  out.set(header, at);
  at += align(header.length);
  for (const text of texts) {
    out.set(text, at);
    at += align(text.length);
  }
  for (const name of ARRAYS) {
    const array = stored[name];
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += align(array.byteLength);
  }
  return out;
}

/** The stored index if the bytes hold one made with this `key`, otherwise null (never throws on bad bytes). */
export function decodeIndex(bytes: Uint8Array, key: string): StoredIndex | null {
  try {
    if (bytes.length < 4) return null;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const headerLength = view.getUint32(0, true);
    if (4 + headerLength > bytes.length) return null;
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength))) as Header;
    if (header.magic !== MAGIC || header.version !== VERSION || header.key !== key) return null;
    let at = 4 + align(headerLength);
    if (!Array.isArray(header.textBytes) || header.textBytes.length !== 3) return null;
    const [termText, titleText, nameText] = header.textBytes.map((length) => {
      if (at + length > bytes.length) throw new Error('cut short');
      const text = new TextDecoder().decode(bytes.subarray(at, at + length));
      at += align(length);
      return text;
    });
    // One copy into a fresh aligned buffer, so each array is a view of it.
    // (A Node Buffer's slice is a view, not a copy: copy by hand.)
    const rest = new Uint8Array(bytes.length - at);
    rest.set(bytes.subarray(at));
    let offset = 0;
    const take = <T>(make: (buffer: ArrayBuffer, offset: number, length: number) => T, length: number, width: number): T => {
      if (offset + length * width > rest.byteLength) throw new Error('cut short');
      const array = make(rest.buffer, offset, length);
      offset += align(length * width);
      return array;
    };
    const u32 = (name: ArrayName): Uint32Array => take((buffer, from, length) => new Uint32Array(buffer, from, length), header.lengths[name], 4);
    const stored: StoredIndex = {
      paperCount: header.paperCount, termText, titleText, nameText,
      offsets: u32('offsets'), headEnds: u32('headEnds'), docs: u32('docs'),
      weights: take((buffer, from, length) => new Uint8Array(buffer, from, length), header.lengths.weights, 1),
      gramOffsets: u32('gramOffsets'), gramTerms: u32('gramTerms'), newest: u32('newest'), upvotes: u32('upvotes'),
    };
    const terms = nulCount(termText);
    const consistent = nulCount(titleText) === header.paperCount && nulCount(nameText) === header.paperCount && stored.offsets.length === terms + 1 && stored.headEnds.length === terms && stored.offsets[terms] === stored.docs.length
      && stored.weights.length === stored.docs.length && stored.newest.length === header.paperCount && stored.upvotes.length === header.paperCount;
    // Every id in range, so a damaged file can never make a search read past an array.
    const below = (array: Uint32Array, limit: number): boolean => {
      for (let i = 0; i < array.length; i++) if (array[i] >= limit) return false;
      return true;
    };
    return consistent && below(stored.docs, header.paperCount) && below(stored.gramTerms, terms) && below(stored.newest, header.paperCount)
      && below(stored.upvotes, header.paperCount) && below(stored.offsets, stored.docs.length + 1) && below(stored.headEnds, stored.docs.length + 1)
      && stored.gramOffsets.length === 4097 && below(stored.gramOffsets, stored.gramTerms.length + 1) ? stored : null;
  } catch {
    return null;
  }
}
