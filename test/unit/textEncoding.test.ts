import * as assert from 'node:assert/strict';
import { decodeUtf8, encodeUtf8, firstInvalidUtf8, lineEndingOf } from '../../src/core/textEncoding';
import { random } from '../../bench/common';

const bytes = (...values: number[]) => new Uint8Array(values);
const strict = new TextDecoder('utf-8', { fatal: true });
const decodes = (data: Uint8Array): boolean => {
  try {
    strict.decode(data);
    return true;
  } catch {
    return false;
  }
};

describe('text encodings: the bytes decide', () => {
  it('accepts every valid UTF-8 sequence, from one to four bytes', () => {
    const text = 'a é € 𝔸 \u0080 \u07ff \u0800 \uffff \u{10000} \u{10ffff} \ud7ff \ue000';
    assert.equal(firstInvalidUtf8(new TextEncoder().encode(text)), -1);
    assert.deepEqual(decodeUtf8(new TextEncoder().encode(text)), { ok: true, text, bom: false });
  });

  it('finds the first byte that is not UTF-8: stray, overlong, surrogate, too large, cut short', () => {
    const cases: [number[], number][] = [
      [[0x61, 0x80], 1], [[0x61, 0xbf], 1], [[0xc0, 0x80], 0], [[0xc1, 0xbf], 0], [[0xc2], 0], [[0xc2, 0x41], 0], [[0xdf, 0xc0], 0],
      [[0xe0, 0x80, 0x80], 0], [[0xe0, 0x9f, 0xbf], 0], [[0xed, 0xa0, 0x80], 0], [[0xed, 0xbf, 0xbf], 0], [[0xe1, 0x80], 0], [[0xe1, 0x80, 0x41], 0],
      [[0xef, 0xc0, 0x80], 0], [[0xf0, 0x80, 0x80, 0x80], 0], [[0xf0, 0x8f, 0xbf, 0xbf], 0], [[0xf4, 0x90, 0x80, 0x80], 0], [[0xf5, 0x80, 0x80, 0x80], 0],
      [[0xf1, 0x80, 0x80], 0], [[0xf1, 0x80, 0x80, 0x41], 0], [[0xf1, 0x80, 0x41, 0x80], 0], [[0xff], 0], [[0x41, 0xe2, 0x82, 0xac, 0xfc], 4],
    ];
    for (const [data, at] of cases) assert.equal(firstInvalidUtf8(bytes(...data)), at, data.map((b) => b.toString(16)).join(' '));
    for (const valid of [[0xc2, 0x80], [0xdf, 0xbf], [0xe0, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xee, 0x80, 0x80], [0xf0, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf], [0xf3, 0xbf, 0xbf, 0xbf]]) {
      assert.equal(firstInvalidUtf8(bytes(...valid)), -1, valid.map((b) => b.toString(16)).join(' '));
    }
  });

  it('agrees with the platform\'s strict decoder on 20,000 random byte strings, and points at the first bad byte (property)', () => {
    const next = random(11);
    const pieces = [[0x61], [0x0a], [0xc3, 0xa9], [0xe2, 0x82, 0xac], [0xf0, 0x9d, 0x94, 0xb8], [0x80], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff], [0xc0, 0xaf]];
    for (let n = 0; n < 20000; n++) {
      const data: number[] = [];
      for (let k = Math.floor(next() * 8); k > 0; k--) data.push(...pieces[Math.floor(next() * pieces.length)]);
      const array = new Uint8Array(data);
      const bad = firstInvalidUtf8(array);
      assert.equal(bad === -1, decodes(array), data.join(','));
      if (bad !== -1) {
        assert.ok(decodes(array.subarray(0, bad)), `the bytes before ${bad} are valid: ${data.join(',')}`);
        assert.equal(firstInvalidUtf8(array.subarray(bad)), 0, data.join(','));
      }
    }
  });

  it('refuses with the line and byte of the first bad byte, counting from the line start', () => {
    const latin1 = bytes(...new TextEncoder().encode('one\ntwo\nthr'), 0xe9, 0x65, 0x0a);
    const decoded = decodeUtf8(latin1);
    assert.ok(!decoded.ok);
    assert.deepEqual([decoded.line, decoded.column, decoded.byteOffset], [3, 4, 11]);
    assert.equal(decoded.message, 'line 3, byte 4 is not valid UTF-8 (0xe9); the file is in another encoding');
    const first = decodeUtf8(bytes(0x0a, 0x81));
    assert.ok(!first.ok);
    assert.deepEqual([first.line, first.column, first.message], [2, 1, 'line 2, byte 1 is not valid UTF-8 (0x81); the file is in another encoding']);
    const atStart = decodeUtf8(bytes(0xfe));
    assert.ok(!atStart.ok);
    assert.equal(atStart.message, 'line 1, byte 1 is not valid UTF-8 (0xfe); the file is in another encoding');
  });

  it('reads and keeps a byte order mark, and counts bad bytes after it in the file\'s own bytes', () => {
    assert.deepEqual(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x41)), { ok: true, text: 'A', bom: true });
    assert.deepEqual(decodeUtf8(bytes(0xef, 0xbb, 0xbf)), { ok: true, text: '', bom: true });
    assert.deepEqual(decodeUtf8(bytes(0x41, 0xef, 0xbb, 0xbf)), { ok: true, text: 'A\ufeff', bom: false }, 'a BOM later is text');
    assert.deepEqual(decodeUtf8(bytes(0xef, 0xbb)), { ok: false, line: 1, column: 1, byteOffset: 0, message: 'line 1, byte 1 is not valid UTF-8 (0xef); the file is in another encoding' });
    assert.deepEqual(decodeUtf8(bytes(0x41, 0xbb, 0xbf)).ok, false);
    const afterBom = decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x41, 0xff));
    assert.ok(!afterBom.ok);
    assert.deepEqual([afterBom.byteOffset, afterBom.column], [4, 5]);
    assert.deepEqual(decodeUtf8(new Uint8Array(0)), { ok: true, text: '', bom: false });
    assert.deepEqual(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41)), { ok: true, text: '\ufeffA', bom: true }, 'only the first mark is the file\'s');
  });

  it('writes UTF-8 with the byte order mark only when the file had one', () => {
    assert.deepEqual([...encodeUtf8('é', false)], [0xc3, 0xa9]);
    assert.deepEqual([...encodeUtf8('é', true)], [0xef, 0xbb, 0xbf, 0xc3, 0xa9]);
    assert.deepEqual([...encodeUtf8('', true)], [0xef, 0xbb, 0xbf]);
  });

  it('keeps the line endings its first line break has', () => {
    assert.equal(lineEndingOf('a\r\nb\nc'), '\r\n');
    assert.equal(lineEndingOf('a\nb\r\nc'), '\n');
    assert.equal(lineEndingOf('no break'), '\n');
    assert.equal(lineEndingOf('\nb\r\n'), '\n');
    assert.equal(lineEndingOf('\r\n'), '\r\n');
    assert.equal(lineEndingOf('a\rb'), '\n');
  });
});
