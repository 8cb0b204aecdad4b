"use strict";
/**
 * The bytes of a user's file decide: text is read as strict UTF-8 (with or
 * without a byte order mark), and a file that is not valid UTF-8 is refused
 * with the line of its first bad byte, never decoded with replacement
 * characters. Writing keeps the BOM and the file's line endings. Pure.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.firstInvalidUtf8 = firstInvalidUtf8;
exports.decodeUtf8 = decodeUtf8;
exports.encodeUtf8 = encodeUtf8;
exports.lineEndingOf = lineEndingOf;
const BOM = [0xef, 0xbb, 0xbf];
/** Length of the valid UTF-8 sequence at `i`, or 0 when it is not one. */
function sequenceLength(bytes, i) {
    const b0 = bytes[i];
    if (b0 < 0x80)
        return 1;
    const continuation = (at, low = 0x80, high = 0xbf) => at < bytes.length && bytes[at] >= low && bytes[at] <= high;
    if (b0 >= 0xc2 && b0 <= 0xdf)
        return continuation(i + 1) ? 2 : 0;
    if (b0 >= 0xe0 && b0 <= 0xef) {
        const [low, high] = b0 === 0xe0 ? [0xa0, 0xbf] : b0 === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
        return continuation(i + 1, low, high) && continuation(i + 2) ? 3 : 0;
    }
    if (b0 >= 0xf0 && b0 <= 0xf4) {
        const [low, high] = b0 === 0xf0 ? [0x90, 0xbf] : b0 === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
        return continuation(i + 1, low, high) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
    }
    return 0;
}
/** Offset of the first byte that is not valid UTF-8, or -1. Linear. */
function firstInvalidUtf8(bytes) {
    for (let i = 0; i < bytes.length;) {
        const length = sequenceLength(bytes, i);
        if (length === 0)
            return i;
        i += length;
    }
    return -1;
}
function decodeUtf8(bytes) {
    const bom = BOM.every((byte, i) => bytes[i] === byte);
    const body = bom ? bytes.subarray(3) : bytes;
    try {
        return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), bom };
    }
    catch {
        const bad = firstInvalidUtf8(body) + (bom ? 3 : 0);
        let line = 1;
        let lineStart = 0;
        for (let i = 0; i < bad; i++) {
            if (bytes[i] === 0x0a) {
                line++;
                lineStart = i + 1;
            }
        }
        const column = bad - lineStart + 1;
        return {
            ok: false, line, column, byteOffset: bad,
            message: `line ${line}, byte ${column} is not valid UTF-8 (0x${bytes[bad].toString(16).padStart(2, '0')}); the file is in another encoding`,
        };
    }
}
function encodeUtf8(text, bom) {
    const body = new TextEncoder().encode(text);
    if (!bom)
        return body;
    const out = new Uint8Array(body.length + 3);
    out.set(BOM);
    out.set(body, 3);
    return out;
}
/** The file's line ending, as its first line break has it (LF when it has none). */
function lineEndingOf(text) {
    return text[text.indexOf('\n') - 1] === '\r' ? '\r\n' : '\n';
}
