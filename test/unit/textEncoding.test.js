"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
const assert = __importStar(require("node:assert/strict"));
const textEncoding_1 = require("../../src/core/textEncoding");
const common_1 = require("../../bench/common");
const bytes = (...values) => new Uint8Array(values);
const strict = new TextDecoder('utf-8', { fatal: true });
const decodes = (data) => {
    try {
        strict.decode(data);
        return true;
    }
    catch {
        return false;
    }
};
describe('text encodings: the bytes decide', () => {
    it('accepts every valid UTF-8 sequence, from one to four bytes', () => {
        const text = 'a é € 𝔸 \u0080 \u07ff \u0800 \uffff \u{10000} \u{10ffff} \ud7ff \ue000';
        assert.equal((0, textEncoding_1.firstInvalidUtf8)(new TextEncoder().encode(text)), -1);
        assert.deepEqual((0, textEncoding_1.decodeUtf8)(new TextEncoder().encode(text)), { ok: true, text, bom: false });
    });
    it('finds the first byte that is not UTF-8: stray, overlong, surrogate, too large, cut short', () => {
        const cases = [
            [[0x61, 0x80], 1], [[0x61, 0xbf], 1], [[0xc0, 0x80], 0], [[0xc1, 0xbf], 0], [[0xc2], 0], [[0xc2, 0x41], 0], [[0xdf, 0xc0], 0],
            [[0xe0, 0x80, 0x80], 0], [[0xe0, 0x9f, 0xbf], 0], [[0xed, 0xa0, 0x80], 0], [[0xed, 0xbf, 0xbf], 0], [[0xe1, 0x80], 0], [[0xe1, 0x80, 0x41], 0],
            [[0xef, 0xc0, 0x80], 0], [[0xf0, 0x80, 0x80, 0x80], 0], [[0xf0, 0x8f, 0xbf, 0xbf], 0], [[0xf4, 0x90, 0x80, 0x80], 0], [[0xf5, 0x80, 0x80, 0x80], 0],
            [[0xf1, 0x80, 0x80], 0], [[0xf1, 0x80, 0x80, 0x41], 0], [[0xf1, 0x80, 0x41, 0x80], 0], [[0xff], 0], [[0x41, 0xe2, 0x82, 0xac, 0xfc], 4],
        ];
        for (const [data, at] of cases)
            assert.equal((0, textEncoding_1.firstInvalidUtf8)(bytes(...data)), at, data.map((b) => b.toString(16)).join(' '));
        for (const valid of [[0xc2, 0x80], [0xdf, 0xbf], [0xe0, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xee, 0x80, 0x80], [0xf0, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf], [0xf3, 0xbf, 0xbf, 0xbf]]) {
            assert.equal((0, textEncoding_1.firstInvalidUtf8)(bytes(...valid)), -1, valid.map((b) => b.toString(16)).join(' '));
        }
    });
    it('agrees with the platform\'s strict decoder on 20,000 random byte strings, and points at the first bad byte (property)', () => {
        const next = (0, common_1.random)(11);
        const pieces = [[0x61], [0x0a], [0xc3, 0xa9], [0xe2, 0x82, 0xac], [0xf0, 0x9d, 0x94, 0xb8], [0x80], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff], [0xc0, 0xaf]];
        for (let n = 0; n < 20000; n++) {
            const data = [];
            for (let k = Math.floor(next() * 8); k > 0; k--)
                data.push(...pieces[Math.floor(next() * pieces.length)]);
            const array = new Uint8Array(data);
            const bad = (0, textEncoding_1.firstInvalidUtf8)(array);
            assert.equal(bad === -1, decodes(array), data.join(','));
            if (bad !== -1) {
                assert.ok(decodes(array.subarray(0, bad)), `the bytes before ${bad} are valid: ${data.join(',')}`);
                assert.equal((0, textEncoding_1.firstInvalidUtf8)(array.subarray(bad)), 0, data.join(','));
            }
        }
    });
    it('refuses with the line and byte of the first bad byte, counting from the line start', () => {
        const latin1 = bytes(...new TextEncoder().encode('one\ntwo\nthr'), 0xe9, 0x65, 0x0a);
        const decoded = (0, textEncoding_1.decodeUtf8)(latin1);
        assert.ok(!decoded.ok);
        assert.deepEqual([decoded.line, decoded.column, decoded.byteOffset], [3, 4, 11]);
        assert.equal(decoded.message, 'line 3, byte 4 is not valid UTF-8 (0xe9); the file is in another encoding');
        const first = (0, textEncoding_1.decodeUtf8)(bytes(0x0a, 0x81));
        assert.ok(!first.ok);
        assert.deepEqual([first.line, first.column, first.message], [2, 1, 'line 2, byte 1 is not valid UTF-8 (0x81); the file is in another encoding']);
        const atStart = (0, textEncoding_1.decodeUtf8)(bytes(0xfe));
        assert.ok(!atStart.ok);
        assert.equal(atStart.message, 'line 1, byte 1 is not valid UTF-8 (0xfe); the file is in another encoding');
    });
    it('reads and keeps a byte order mark, and counts bad bytes after it in the file\'s own bytes', () => {
        assert.deepEqual((0, textEncoding_1.decodeUtf8)(bytes(0xef, 0xbb, 0xbf, 0x41)), { ok: true, text: 'A', bom: true });
        assert.deepEqual((0, textEncoding_1.decodeUtf8)(bytes(0xef, 0xbb, 0xbf)), { ok: true, text: '', bom: true });
        assert.deepEqual((0, textEncoding_1.decodeUtf8)(bytes(0x41, 0xef, 0xbb, 0xbf)), { ok: true, text: 'A\ufeff', bom: false }, 'a BOM later is text');
        assert.deepEqual((0, textEncoding_1.decodeUtf8)(bytes(0xef, 0xbb)), { ok: false, line: 1, column: 1, byteOffset: 0, message: 'line 1, byte 1 is not valid UTF-8 (0xef); the file is in another encoding' });
        assert.deepEqual((0, textEncoding_1.decodeUtf8)(bytes(0x41, 0xbb, 0xbf)).ok, false);
        const afterBom = (0, textEncoding_1.decodeUtf8)(bytes(0xef, 0xbb, 0xbf, 0x41, 0xff));
        assert.ok(!afterBom.ok);
        assert.deepEqual([afterBom.byteOffset, afterBom.column], [4, 5]);
        assert.deepEqual((0, textEncoding_1.decodeUtf8)(new Uint8Array(0)), { ok: true, text: '', bom: false });
        assert.deepEqual((0, textEncoding_1.decodeUtf8)(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41)), { ok: true, text: '\ufeffA', bom: true }, 'only the first mark is the file\'s');
    });
    it('writes UTF-8 with the byte order mark only when the file had one', () => {
        assert.deepEqual([...(0, textEncoding_1.encodeUtf8)('é', false)], [0xc3, 0xa9]);
        assert.deepEqual([...(0, textEncoding_1.encodeUtf8)('é', true)], [0xef, 0xbb, 0xbf, 0xc3, 0xa9]);
        assert.deepEqual([...(0, textEncoding_1.encodeUtf8)('', true)], [0xef, 0xbb, 0xbf]);
    });
    it('keeps the line endings its first line break has', () => {
        assert.equal((0, textEncoding_1.lineEndingOf)('a\r\nb\nc'), '\r\n');
        assert.equal((0, textEncoding_1.lineEndingOf)('a\nb\r\nc'), '\n');
        assert.equal((0, textEncoding_1.lineEndingOf)('no break'), '\n');
        assert.equal((0, textEncoding_1.lineEndingOf)('\nb\r\n'), '\n');
        assert.equal((0, textEncoding_1.lineEndingOf)('\r\n'), '\r\n');
        assert.equal((0, textEncoding_1.lineEndingOf)('a\rb'), '\n');
    });
});
