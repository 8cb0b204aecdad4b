"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.NoteCitations = void 0;
exports.lineStarts = lineStarts;
exports.frontMatterLines = frontMatterLines;
exports.findCitationsInDocument = findCitationsInDocument;
exports.citedKeys = citedKeys;
/**
 * Where citations can be in a whole Markdown note: the one notion shared by
 * the preview, diagnostics, completion, hover, definitions, commands and the
 * bibliography. Pure.
 *
 * The note's block structure comes from markdown-it's own block parser (the
 * parser behind VS Code's preview), so fenced code inside block quotes and
 * lists, indented code, HTML blocks, HTML comments and link reference
 * definitions are left out exactly as the preview leaves them out. Inline
 * text (paragraphs, headings, table cells) is scanned by `scanInline`, the
 * same scanner the preview's inline rule uses. YAML front matter is skipped,
 * as VS Code's preview hides it.
 *
 * Offsets are into the note's text as given (CRLF counts two), so they agree
 * with `TextDocument.offsetAt`.
 */
const markdown_it_1 = __importDefault(require("markdown-it"));
const citationSyntax_1 = require("../core/citationSyntax");
let blockParser;
/** markdown-it with only its block rules: inline text stays raw, with line maps. */
function parser() {
    if (!blockParser) {
        blockParser = new markdown_it_1.default({ html: true });
        blockParser.core.ruler.enableOnly(['normalize', 'block']);
    }
    return blockParser;
}
const LINE_BREAK = /\r\n?|\n/g;
/** Offsets where each line of `text` starts (markdown-it's line breaks: CRLF, CR, LF). */
function lineStarts(text) {
    const starts = [0];
    for (const match of text.matchAll(LINE_BREAK))
        starts.push(match.index + match[0].length);
    return starts;
}
/** Lines of a YAML front matter block at the very start (`---` ... `---` or `...`), else 0. */
function frontMatterLines(lines) {
    if (lines[0]?.trimEnd() !== '---')
        return 0;
    for (let n = 1; n < lines.length; n++) {
        const line = lines[n].trimEnd();
        if (line === '---' || line === '...')
            return n + 1;
    }
    return 0;
}
/** Binary search: the last index whose value is at most `value`. */
function lastAtMost(values, value) {
    let low = 0;
    let high = values.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (values[mid] <= value)
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}
class NoteCitations {
    text;
    starts;
    lines;
    blockList;
    /** The note's link reference labels (normalized): `[text][label]` is a link only when its label is defined. */
    references = new Set();
    allCitations;
    constructor(text) {
        this.text = text;
        this.starts = lineStarts(text);
        this.lines = this.starts.map((start, n) => text.slice(start, n + 1 < this.starts.length ? this.starts[n + 1] : text.length).replace(/\r?\n$|\r$/, ''));
    }
    /** 0-based line of an offset. */
    lineOf(offset) {
        return lastAtMost(this.starts, offset);
    }
    /** Offset where a 0-based line starts. */
    lineStart(line) {
        return this.starts[line];
    }
    /** Every citation in the note, in order. */
    all() {
        if (!this.allCitations) {
            this.allCitations = [];
            // One by one: a block may hold more citations than a call may take arguments.
            for (const block of this.blocks())
                for (const citation of this.citationsOf(block))
                    this.allCitations.push(citation);
        }
        return this.allCitations;
    }
    /**
     * Visits every citation's key and the note offsets of the key, in order,
     * without making an object per citation (diagnostics and the bibliography
     * need no more).
     */
    forEachKey(visit) {
        for (const block of this.blocks()) {
            block.scan ??= (0, citationSyntax_1.scanInline)(block.content, this.references);
            const list = block.scan.list;
            const single = block.contentLineStarts.length === 1;
            for (let n = 0; n < list.length; n++) {
                const localStart = list.keyStart(n);
                const k = single ? 0 : lastAtMost(block.contentLineStarts, localStart);
                const noteStart = block.noteOffsets[k];
                if (noteStart === -1)
                    continue;
                const keyStart = noteStart + localStart - block.contentLineStarts[k];
                visit(list.key(n), keyStart, keyStart + list.keyEnd(n) - localStart);
            }
        }
    }
    /** The citation whose `@key` covers `offset` (a cursor just after the key counts). */
    at(offset) {
        for (const block of this.blocksAround(offset)) {
            const found = this.citationsOf(block).find((citation) => offset >= citation.start && offset <= citation.end);
            if (found)
                return found;
        }
        return undefined;
    }
    /** The citation group strictly inside which `offset` lies, with the keys it holds. */
    groupAt(offset) {
        for (const block of this.blocksAround(offset)) {
            let found;
            const citations = this.citationsOf(block);
            for (const citation of citations) {
                const group = citation.group;
                if (group && offset > group.start && offset < group.end && (!found || group.start > found.start))
                    found = group;
            }
            if (found) {
                const group = found;
                return { group, keys: citations.filter((citation) => citation.group?.start === group.start).map((citation) => citation.key) };
            }
        }
        return undefined;
    }
    /** True when a citation typed at `offset` would be one: in inline text, outside code, HTML, URLs and links. */
    canCiteAt(offset) {
        for (const block of this.blocksAround(offset)) {
            const local = this.toContent(block, offset);
            if (local === null)
                continue;
            block.scan ??= (0, citationSyntax_1.scanInline)(block.content, this.references);
            return (0, citationSyntax_1.outsideRanges)(block.scan.excluded, local);
        }
        return false;
    }
    blocks() {
        if (!this.blockList)
            this.blockList = this.parseBlocks();
        return this.blockList;
    }
    /** Blocks whose lines include the offset's line. */
    blocksAround(offset) {
        const blocks = this.blocks();
        const line = this.lineOf(offset);
        const lineStart = this.starts[line];
        const lineEnd = lineStart + this.lines[line].length;
        // Blocks are in note order: find the first that may reach this line.
        let low = 0;
        let high = blocks.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (blocks[mid].end < lineStart)
                low = mid + 1;
            else
                high = mid;
        }
        const around = [];
        for (let n = low; n < blocks.length && blocks[n].start <= lineEnd; n++) {
            if (blocks[n].end >= lineStart)
                around.push(blocks[n]);
        }
        return around;
    }
    /** A note offset as an offset in the block's content, or null when it is not in the block's text. */
    toContent(block, offset) {
        if (offset < block.start || offset > block.end)
            return null;
        const k = this.lineOf(offset) - block.firstLine;
        const noteStart = block.noteOffsets[k];
        if (noteStart === undefined || noteStart === -1 || offset < noteStart)
            return null;
        // Past the content on its line (trailing spaces) counts as its end.
        const contentEnd = k + 1 < block.contentLineStarts.length ? block.contentLineStarts[k + 1] - 1 : block.content.length;
        return Math.min(block.contentLineStarts[k] + (offset - noteStart), contentEnd);
    }
    /** The block's citations with note offsets: the scan's own objects, moved to the note's offsets once. */
    citationsOf(block) {
        if (block.placed)
            return block.placed;
        block.scan ??= (0, citationSyntax_1.scanInline)(block.content, this.references);
        const out = [];
        block.placed = out;
        const single = block.contentLineStarts.length === 1;
        const toNote = (local) => {
            const k = single ? 0 : lastAtMost(block.contentLineStarts, local);
            const noteStart = block.noteOffsets[k];
            return noteStart === -1 ? -1 : noteStart + (local - block.contentLineStarts[k]);
        };
        const movedGroups = new Set();
        let line = -1;
        let lineEnd = -1;
        for (const citation of block.scan.citations) {
            const start = toNote(citation.start);
            const keyStart = toNote(citation.keyStart);
            if (start === -1 || keyStart === -1)
                continue;
            const shift = keyStart - citation.keyStart;
            const group = citation.group;
            if (group && !movedGroups.has(group)) {
                movedGroups.add(group);
                const groupStart = toNote(group.start);
                const groupEnd = toNote(group.end - 1);
                if (groupStart === -1 || groupEnd === -1)
                    citation.group = undefined;
                else {
                    group.start = groupStart;
                    group.end = groupEnd + 1;
                }
            }
            citation.start = start;
            citation.keyStart = keyStart;
            citation.keyEnd += shift;
            citation.end += shift;
            if (keyStart >= lineEnd) {
                line = this.lineOf(keyStart);
                lineEnd = line + 1 < this.starts.length ? this.starts[line + 1] : Infinity;
            }
            citation.line = line;
            out.push(citation);
        }
        return out;
    }
    parseBlocks() {
        const skip = frontMatterLines(this.lines);
        // Front matter lines become blank lines, so line numbers stay the note's.
        const source = skip ? '\n'.repeat(skip) + this.text.slice(this.starts[skip] ?? this.text.length) : this.text;
        const env = {};
        const tokens = parser().parse(source, env);
        this.references = new Set(Object.keys(env.references ?? {}));
        const blocks = [];
        let rowLine = -1;
        let cellFrom = 0;
        for (const token of tokens) {
            if (token.type === 'tr_open' && token.map) {
                rowLine = token.map[0];
                cellFrom = 0;
            }
            if (token.type !== 'inline')
                continue;
            if (token.map) {
                blocks.push(this.placeLines(token.content, token.map[0]));
            }
            else if (rowLine !== -1) {
                // A table cell: its text is somewhere in its row, after the cells before it.
                const block = this.placeCell(token.content, rowLine, cellFrom);
                if (block) {
                    cellFrom = block.end - this.starts[rowLine];
                    blocks.push(block);
                }
            }
        }
        return blocks;
    }
    /** Places a paragraph's or heading's content lines: each is the end of its note line, trailing spaces aside. */
    placeLines(content, firstLine) {
        const contentLineStarts = lineStarts(content);
        const noteOffsets = [];
        contentLineStarts.forEach((contentStart, k) => {
            const piece = content.slice(contentStart, k + 1 < contentLineStarts.length ? contentLineStarts[k + 1] - 1 : content.length);
            const n = firstLine + k;
            const line = (this.lines[n] ?? '').replace(/\0/g, '\uFFFD');
            let column = -1;
            if (line.endsWith(piece))
                column = line.length - piece.length;
            else if (line.trimEnd().endsWith(piece))
                column = line.trimEnd().length - piece.length;
            else
                column = line.indexOf(piece);
            noteOffsets.push(column === -1 || n >= this.lines.length ? -1 : this.starts[n] + column);
        });
        const lastLine = Math.min(this.lines.length - 1, firstLine + contentLineStarts.length - 1);
        return {
            content, contentLineStarts, noteOffsets, firstLine,
            start: this.starts[Math.min(firstLine, this.lines.length - 1)], end: this.starts[lastLine] + this.lines[lastLine].length,
        };
    }
    placeCell(content, line, from) {
        const text = (this.lines[line] ?? '').replace(/\0/g, '\uFFFD');
        const column = content ? text.indexOf(content, from) : -1;
        if (column === -1)
            return undefined;
        const start = this.starts[line] + column;
        return { content, contentLineStarts: [0], noteOffsets: [start], firstLine: line, start, end: start + content.length };
    }
}
exports.NoteCitations = NoteCitations;
/** Every citation in a Markdown note, where the preview would render one. */
function findCitationsInDocument(text) {
    return new NoteCitations(text).all();
}
/** The keys cited in some notes, each once, in order of first citation. */
function citedKeys(notes) {
    const keys = new Set();
    for (const note of notes)
        new NoteCitations(note).forEachKey((key) => keys.add(key));
    return [...keys];
}
