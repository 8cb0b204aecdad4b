/**
 * What the search index and its filter columns are built with: a vocabulary
 * built as text is read (words get ids in the order they are first seen,
 * found by their characters in place through FNV-1a hashes over an
 * open-addressing table, so a word seen before costs no string), growable
 * number arrays, and the NUL-ended form word lists are stored in. Pure.
 */

/** A growable array of unsigned 32-bit numbers. */
export class Uint32List {
  data = new Uint32Array(1 << 16);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) this.data = grown(this.data, 0);
    this.data[this.length++] = value;
  }
}

/** A typed array twice as long, its new half filled with `fill`. */
export function grown<T extends Int32Array | Uint32Array | Uint8Array>(array: T, fill: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  if (fill !== 0) bigger.fill(fill, array.length);
  bigger.set(array);
  return bigger;
}

/** Strings each followed by a NUL (none of these strings has one), and back, and how many such a text holds. */
export const joinNul = (parts: readonly string[]): string => parts.map((part) => `${part}\0`).join('');
export const splitNul = (text: string): string[] => (text ? text.slice(0, -1).split('\0') : []);
export function nulCount(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\0'); at !== -1; at = text.indexOf('\0', at + 1)) count++;
  return count;
}

/** The first place in `sorted` at or after `word` (sorted by code unit, as JavaScript compares strings). */
export function lowerBound(sorted: readonly string[], word: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < word) low = mid + 1;
    else high = mid;
  }
  return low;
}

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;

export function hashOf(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}

/**
 * The build's vocabulary: words by their characters in an open-addressing
 * table, so a word already seen is found without making a string of it.
 * Compares case-folded ASCII letters, as the scan reads them.
 */
export class TermTable {
  readonly words: string[] = [];
  private hashes = new Int32Array(1 << 16);
  private slots = new Int32Array(1 << 17).fill(-1);

  /** The id of text[start, end) (ASCII, upper case read as lower), whose hash is `hash`; a new word gets the next id. */
  idOf(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    let mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let id = this.slots[slot]; id !== -1; id = this.slots[slot]) {
      if (this.hashes[id] === hash) {
        const word = this.words[id];
        if (word.length === length) {
          let i = 0;
          while (i < length) {
            let code = text.charCodeAt(start + i);
            if (code >= 65 && code <= 90) code += 32;
            if (code !== word.charCodeAt(i)) break;
            i++;
          }
          if (i === length) return id;
        }
      }
      slot = (slot + 1) & mask;
    }
    const id = this.words.length;
    // (A slice may keep the text it came from alive until the build ends; the index keeps only its own copy of the words.)
    this.words.push(text.slice(start, end).toLowerCase());
    if (id === this.hashes.length) {
      const bigger = new Int32Array(this.hashes.length * 2);
      bigger.set(this.hashes);
      this.hashes = bigger;
    }
    this.hashes[id] = hash;
    this.slots[slot] = id;
    if (this.words.length * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2).fill(-1);
      mask = this.slots.length - 1;
      for (let old = 0; old < this.words.length; old++) {
        let at = this.hashes[old] & mask;
        while (this.slots[at] !== -1) at = (at + 1) & mask;
        this.slots[at] = old;
      }
    }
    return id;
  }

  /** The id of a word already in lower case (any characters). */
  idOfWord(word: string): number {
    return this.idOf(word, 0, word.length, hashOf(word, 0, word.length));
  }
}
