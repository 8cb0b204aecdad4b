"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.declaredEncoding = declaredEncoding;
exports.decodeWindows1252 = decodeWindows1252;
exports.decodeLibrary = decodeLibrary;
/**
 * Reading a library file's bytes as the tool that wrote it meant them:
 * UTF-8 with or without a byte order mark, UTF-16 with a byte order mark,
 * and the encoding JabRef names in its header (`% Encoding: windows-1252`).
 * Anything else must be valid UTF-8; a file that is not is refused with the
 * line of its first bad byte, never decoded with replacement characters. Pure.
 */
const textEncoding_1 = require("../textEncoding");
/** JabRef writes Java's charset names; the Web's TextDecoder knows them by other labels. */
const JAVA_CHARSETS = {
    cp1252: 'windows-1252',
    iso8859_1: 'iso-8859-1',
    iso8859_15: 'iso-8859-15',
    iso8859_2: 'iso-8859-2',
    utf8: 'utf-8',
    // ASCII is a subset of windows-1252, which is what the Web decodes "us-ascii" as.
    'us-ascii': 'windows-1252',
    ascii: 'windows-1252',
};
/** The charset JabRef's `% Encoding:` header names in the file's first lines, or null. */
function declaredEncoding(bytes) {
    // The header is ASCII and comes before any entry: look at the first 1 KB only.
    const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 1024)));
    const match = /^%\s*Encoding:\s*([A-Za-z0-9._:-]+)\s*$/im.exec(head.split('@', 1)[0]);
    return match ? match[1] : null;
}
/** Windows-1252's characters for the bytes 0x80–0x9F (the WHATWG index); every other byte is its own code point. */
const CP1252_HIGH = [
    0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
    0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
/**
 * Windows-1252 (which the Web also uses for "iso-8859-1" and "us-ascii").
 * Decoded here, not with TextDecoder: Node 20's TextDecoder drops the bytes
 * 0x80–0x9F of this encoding (curly quotes, dashes) without a word.
 */
function decodeWindows1252(bytes) {
    const parts = [];
    const chunk = new Uint16Array(Math.min(bytes.length, 8192));
    for (let from = 0; from < bytes.length; from += chunk.length) {
        const to = Math.min(bytes.length, from + chunk.length);
        for (let i = from; i < to; i++) {
            const byte = bytes[i];
            chunk[i - from] = byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : byte;
        }
        parts.push(String.fromCharCode(...chunk.subarray(0, to - from)));
    }
    return parts.join('');
}
function decodeStrict(bytes, label) {
    try {
        return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
    }
    catch {
        return null;
    }
}
function decodeLibrary(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
        const text = decodeStrict(bytes.subarray(2), 'utf-16le');
        return text === null ? { ok: false, message: 'the file starts with a UTF-16 (little-endian) byte order mark but is not valid UTF-16' } : { ok: true, text, encoding: 'utf-16le' };
    }
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
        const text = decodeStrict(bytes.subarray(2), 'utf-16be');
        return text === null ? { ok: false, message: 'the file starts with a UTF-16 (big-endian) byte order mark but is not valid UTF-16' } : { ok: true, text, encoding: 'utf-16be' };
    }
    const declared = declaredEncoding(bytes);
    if (declared) {
        const name = declared.toLowerCase();
        const label = JAVA_CHARSETS[name] ?? JAVA_CHARSETS[name.replace(/-/g, '')] ?? name;
        if (label === 'windows-1252' || label === 'iso-8859-1' || label === 'latin1')
            return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
        if (label !== 'utf-8' && label !== 'utf8') {
            let decoder;
            try {
                decoder = new TextDecoder(label, { fatal: true });
            }
            catch {
                return { ok: false, message: `the file's header names the encoding '${declared}', which Paper Notes cannot read; save the library as UTF-8` };
            }
            try {
                return { ok: true, text: decoder.decode(bytes), encoding: decoder.encoding };
            }
            catch {
                return { ok: false, message: `the file is not valid ${declared}, the encoding its header names` };
            }
        }
    }
    const decoded = (0, textEncoding_1.decodeUtf8)(bytes);
    if (!decoded.ok)
        return { ok: false, message: `${decoded.message}${declared ? '' : " (JabRef's '% Encoding:' header or a UTF-16 byte order mark would say which)"}` };
    return { ok: true, text: decoded.text, encoding: 'utf-8' };
}
