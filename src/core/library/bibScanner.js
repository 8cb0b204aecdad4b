"use strict";
/**
 * Splits a BibTeX or BibLaTeX file into entries without converting them:
 * where each entry starts and ends, its type, key, line and column. The
 * bibliography merge keeps every byte it does not own, so it needs exact
 * spans; a library loader converts each span on its own, so one bad entry
 * never costs the others. Pure, one pass, linear in the text's length.
 *
 * It accepts what BibTeX, biber, Pandoc and Better BibTeX's parser
 * (@retorquere/bibtex-parser) accept: `@type{key, ...}` and `@type(key, ...)`
 * with `)` or `}` inside braces or quoted values, `\{` escapes, entries with
 * no fields (`@misc{key}`), any field names, `@string`, `@preamble`,
 * `@comment{...}` blocks and `@comment` followed by free text to the end of
 * its line, `%` comments outside entries. A malformed entry is an error at
 * its line and column, and scanning goes on after it.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.scanBibText = scanBibText;
/** Entry types that hold no citable entry. */
const NON_ENTRIES = new Set(['comment', 'preamble', 'string']);
const isSpace = (ch) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f';
const isTypeChar = (code) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x2d;
const isKeyStop = (ch, close) => ch === undefined || ch === ',' || ch === close || isSpace(ch) || ch === '{' || ch === '}';
/** Line and column of offsets, asked for in increasing order (as the scan meets them), counting line breaks once. */
class Positions {
    text;
    line = 1;
    lineStart = 0;
    /** The first line break not yet counted, or -1. */
    nextBreak;
    constructor(text) {
        this.text = text;
        this.nextBreak = text.indexOf('\n');
    }
    at(offset) {
        while (this.nextBreak !== -1 && this.nextBreak < offset) {
            this.line++;
            this.lineStart = this.nextBreak + 1;
            this.nextBreak = this.text.indexOf('\n', this.lineStart);
        }
        return { line: this.line, column: offset - this.lineStart + 1 };
    }
}
/** `@type` followed by `{` or `(` at `at`: the type, the delimiter and where the body starts. */
function entryHead(text, at) {
    let i = at + 1;
    while (isSpace(text[i]))
        i++;
    const typeStart = i;
    while (isTypeChar(text.charCodeAt(i)))
        i++;
    if (i === typeStart)
        return null;
    const type = text.slice(typeStart, i).toLowerCase();
    while (isSpace(text[i]))
        i++;
    const open = text[i];
    if (open !== '{' && open !== '(')
        return type === 'comment' ? { type, open: '', body: i } : null;
    return { type, open, body: i + 1 };
}
function scanBibText(text) {
    const positions = new Positions(text);
    const entries = [];
    const errors = [];
    const strings = [];
    const error = (offset, message) => {
        const { line, column } = positions.at(offset);
        errors.push({ line, column, offset, message });
    };
    // After an entry ran to the end of the file unclosed, a line starting with `@type{` always starts a new entry.
    let strict = false;
    let i = 0;
    // Outside entries only `@` and `%` matter: jump between them.
    let nextAt = text.indexOf('@');
    let nextPercent = text.indexOf('%');
    while (i < text.length) {
        if (nextAt !== -1 && nextAt < i)
            nextAt = text.indexOf('@', i);
        if (nextPercent !== -1 && nextPercent < i)
            nextPercent = text.indexOf('%', i);
        if (nextPercent !== -1 && (nextAt === -1 || nextPercent < nextAt)) {
            // A comment to the end of the line (biber, Pandoc and Better BibTeX agree).
            const end = text.indexOf('\n', nextPercent);
            i = end === -1 ? text.length : end;
            continue;
        }
        if (nextAt === -1)
            break;
        const at = nextAt;
        const head = entryHead(text, at);
        if (!head) {
            error(at, "expected an entry type and '{' or '(' after '@'");
            i = at + 1;
            continue;
        }
        if (head.type === 'comment' && !head.open) {
            // `@comment` and free text: the rest of the line.
            const end = text.indexOf('\n', head.body);
            i = end === -1 ? text.length : end;
            continue;
        }
        const body = scanBody(text, head.body, head.open === '{' ? '}' : ')', strict);
        if (body.end === -1) {
            error(at, `entry is not closed: a '${head.open === '{' ? '}' : ')'}' is missing`);
            if (body.stoppedAt === -1)
                strict = true;
            i = body.stoppedAt === -1 ? (body.nextLineAt === -1 ? text.length : body.nextLineAt) : body.stoppedAt;
            continue;
        }
        i = body.end;
        if (head.type === 'string')
            strings.push({ start: at, end: body.end });
        if (NON_ENTRIES.has(head.type))
            continue;
        let k = head.body;
        while (isSpace(text[k]))
            k++;
        const keyStart = k;
        const close = head.open === '{' ? '}' : ')';
        while (!isKeyStop(text[k], close))
            k++;
        const key = text.slice(keyStart, k);
        while (isSpace(text[k]))
            k++;
        if (!key) {
            error(head.body, `@${head.type} entry has no citation key followed by ','`);
            continue;
        }
        if (text[k] !== ',' && k !== body.end - 1) {
            error(k, `@${head.type}{${key}: expected ',' after the citation key`);
            continue;
        }
        const { line, column } = positions.at(at);
        entries.push({ type: head.type, key, start: at, end: body.end, line, column });
    }
    return { entries, errors, strings };
}
/**
 * The body of an entry from `from` (just after its opening delimiter) to its
 * closing `close`. Braces nest; a quoted value at the entry's level may hold
 * braces, `)` and `}`; a backslash escapes the next character. A line that
 * starts with `@` at the entry's level (in strict mode: anywhere) means the
 * entry was never closed: `stoppedAt` says where that line's `@` is.
 */
function scanBody(text, from, close, strict) {
    const closeCode = close.charCodeAt(0);
    let depth = 0;
    let inQuote = false;
    let quoteDepth = 0;
    let atLineStart = false;
    let nextLineAt = -1;
    for (let i = from; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 0x0a) {
            atLineStart = true;
            continue;
        }
        if (atLineStart && code !== 0x20 && code !== 0x09) {
            atLineStart = false;
            if (code === 0x40 /* @ */ && entryHead(text, i)?.open) {
                if (nextLineAt === -1)
                    nextLineAt = i;
                if (strict || (depth === 0 && !inQuote))
                    return { end: -1, stoppedAt: i, nextLineAt };
            }
        }
        if (code === 0x5c /* \ */) {
            i++;
            continue;
        }
        if (inQuote) {
            if (code === 0x7b)
                quoteDepth++;
            else if (code === 0x7d && quoteDepth > 0)
                quoteDepth--;
            else if (code === 0x22 && quoteDepth === 0)
                inQuote = false;
            continue;
        }
        if (code === 0x7b /* { */)
            depth++;
        else if (code === 0x7d /* } */ && depth > 0)
            depth--;
        else if (depth === 0 && code === 0x22 /* " */) {
            inQuote = true;
            quoteDepth = 0;
        }
        else if (depth === 0 && code === closeCode)
            return { end: i + 1, stoppedAt: -1, nextLineAt };
    }
    return { end: -1, stoppedAt: -1, nextLineAt };
}
