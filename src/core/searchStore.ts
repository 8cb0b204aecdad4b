/**
 * The search index on disk: a warm start reads these bytes instead of
 * building the index again. A small JSON header, then each typed array's
 * bytes (4-byte aligned, little-endian as every platform VS Code runs on).
 * Pure: the caller reads and writes the bytes.
 */
import type { StoredIndex } from './search';

const MAGIC = 'paper-notes-index';
const VERSION = 4;
const ARRAYS = ['offsets', 'headEnds', 'docs', 'weights', 'gramOffsets', 'gramTerms', 'newest', 'upvotes'] as const;
type ArrayName = (typeof ARRAYS)[number];

interface Header {
  magic: string;
  version: number;
  /** Whatever the caller needs to match (for example the hashes of the files and the build that made it). */
  key: string;
  paperCount: number;
  termTextBytes: number;
  lengths: Record<ArrayName, number>;
}

const align = (n: number): number => (n + 3) & ~3;

export function encodeIndex(stored: StoredIndex, key: string): Uint8Array {
  const termText = new TextEncoder().encode(stored.termText);
  const lengths = Object.fromEntries(ARRAYS.map((name) => [name, stored[name].length])) as Record<ArrayName, number>;
  const header = new TextEncoder().encode(JSON.stringify({ magic: MAGIC, version: VERSION, key, paperCount: stored.paperCount, termTextBytes: termText.length, lengths } satisfies Header));
  let size = 4 + align(header.length) + align(termText.length);
  for (const name of ARRAYS) size += align(stored[name].byteLength);
  const out = new Uint8Array(size);
  new DataView(out.buffer).setUint32(0, header.length, true);
  let at = 4;
  out.set(header, at);
  at += align(header.length);
  out.set(termText, at);
  at += align(termText.length);
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
    const termText = new TextDecoder().decode(bytes.subarray(at, at + header.termTextBytes));
    at += align(header.termTextBytes);
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
      paperCount: header.paperCount, termText,
      offsets: u32('offsets'), headEnds: u32('headEnds'), docs: u32('docs'),
      weights: take((buffer, from, length) => new Uint8Array(buffer, from, length), header.lengths.weights, 1),
      gramOffsets: u32('gramOffsets'), gramTerms: u32('gramTerms'), newest: u32('newest'), upvotes: u32('upvotes'),
    };
    const terms = termText ? termText.split('\0').length - 1 : 0;
    const consistent = stored.offsets.length === terms + 1 && stored.headEnds.length === terms && stored.offsets[terms] === stored.docs.length
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
