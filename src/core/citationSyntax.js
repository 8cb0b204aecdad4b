"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CitationList = void 0;
exports.normalizeLabel = normalizeLabel;
exports.scanInline = scanInline;
exports.findCitations = findCitations;
exports.citationAt = citationAt;
exports.citationGroupAt = citationGroupAt;
exports.outsideRanges = outsideRanges;
/**
 * Pandoc citation syntax inside Markdown inline text (a paragraph, a heading,
 * a table cell): the one scanner that decides where citations can be. Pure.
 *
 *   [@key]  [@key, p. 33]  [see @a, ch. 1; also @b]  [-@key]  @key  @{key}
 *
 * Not citations: code spans, inline HTML and comments, autolinks, bare URLs
 * (`https://medium.com/@jane`), link text, image alt text and link
 * destinations, e-mail addresses and handles inside words, escaped `\@`.
 *
 * One pass, left to right; every look-ahead is bounded or memoised, so the
 * scan is linear in the text's length whatever the text (benchmarked on
 * adversarial input by `npm run bench -- parsing`). Which lines are inline
 * text at all (not code blocks, HTML blocks, front matter) is the block
 * level's business: see src/markdown/noteCitations.ts.
 */
const links_1 = require("./links");
/** How far a raw HTML tag may reach; longer is treated as text (keeps the scan linear). */
const MAX_TAG_LENGTH = 4096;
/** Longest link label CommonMark allows in a reference link. */
const MAX_LABEL_LENGTH = 999;
/** Deepest nesting of parentheses in a link destination (as markdown-it). */
const MAX_DESTINATION_NESTING = 32;
const CH_BACKSLASH = 0x5c;
const CH_BACKTICK = 0x60;
const CH_LT = 0x3c;
const CH_GT = 0x3e;
const CH_OPEN_BRACKET = 0x5b;
const CH_CLOSE_BRACKET = 0x5d;
const CH_OPEN_PAREN = 0x28;
const CH_CLOSE_PAREN = 0x29;
const CH_SEMICOLON = 0x3b;
const CH_AT = 0x40;
const CH_BANG = 0x21;
const CH_MINUS = 0x2d;
/**
 * After a backslash, the characters whose meaning an escape takes away here.
 * (CommonMark lets a backslash escape any ASCII punctuation; for the others it
 * makes no difference to where citations are.)
 */
const ESCAPED_IN_TEXT = '\\`<![];@-';
const ESCAPED_IN_DESTINATION = '\\()';
const isSpace = (code) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c;
const isAsciiAlpha = (code) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const isAsciiAlnum = (code) => isAsciiAlpha(code) || (code >= 0x30 && code <= 0x39);
/** A word character: a letter, a digit or `_`. */
const WORD = /[\p{L}\p{N}_]/u;
/** Punctuation a key may contain inside (Pandoc's internal punctuation). */
const KEY_PUNCTUATION = ':.#$%&-+?<>~/';
/** Before `@`, these make it part of a word, an e-mail address or a path (`a@b.c`, `site.com/@jane`). */
const NOT_BEFORE_CITATION = /[\p{L}\p{N}_.+\-/]/u;
/** Characters that end an `@{...}` key: it may contain anything else. */
const BRACED_KEY_STOP = /[{}[\]@;`<\n]/;
/** A letter, digit or `_` at `at` (false outside the text); ASCII without a regular expression. */
function isWordCode(text, at) {
    if (at < 0 || at >= text.length)
        return false;
    const code = text.charCodeAt(at);
    if (code < 0x80)
        return isAsciiAlnum(code) || code === 0x5f;
    return WORD.test(text[at]);
}
/** True when the character before an `@` at `at` makes it part of a word, an e-mail address or a path. */
function joinsWord(text, at) {
    if (at === 0)
        return false;
    const code = text.charCodeAt(at - 1);
    if (code < 0x80)
        return isAsciiAlnum(code) || code === 0x5f || code === 0x2e || code === 0x2b || code === CH_MINUS || code === 0x2f;
    return NOT_BEFORE_CITATION.test(text[at - 1]);
}
/**
 * `indexOf` for one needle over one text, memoised: the scan asks for the
 * next occurrence from positions that mostly grow, so the text is searched
 * once, not once per question.
 */
class NextIndex {
    text;
    needle;
    from = -1;
    found = -1;
    constructor(text, needle) {
        this.text = text;
        this.needle = needle;
    }
    after(position) {
        // The first occurrence at or after `from` is also the first at or after any position up to it.
        if (this.from !== -1 && position >= this.from && (this.found === -1 || position <= this.found))
            return this.found;
        this.from = position;
        this.found = this.text.indexOf(this.needle, position);
        return this.found;
    }
}
/** Where each run of backticks starts, by run length: closers for code spans. */
class BacktickRuns {
    /** Run starts by length (index = length); each list in order, with a cursor that only moves forward. */
    starts = [];
    cursors = [];
    constructor(text) {
        let i = text.indexOf('`');
        while (i !== -1) {
            let end = i;
            while (text.charCodeAt(end) === CH_BACKTICK)
                end++;
            const length = end - i;
            (this.starts[length] ??= []).push(i);
            i = text.indexOf('`', end);
        }
    }
    /** The start of the first maximal run of exactly `length` backticks at or after `from`, or -1. */
    next(length, from) {
        const list = this.starts[length];
        if (!list)
            return -1;
        let at = this.cursors[length] ?? 0;
        while (at < list.length && list[at] < from)
            at++;
        this.cursors[length] = at;
        return at < list.length ? list[at] : -1;
    }
}
/**
 * The end of a key at `at` (just after `@`): the offset after its last
 * character (before the `}` of `@{key}`), or -1 when no key starts there.
 */
function keyEndAt(text, at) {
    if (text.charCodeAt(at) === 0x7b /* { */) {
        let close = at + 1;
        while (close < text.length && !BRACED_KEY_STOP.test(text[close]))
            close++;
        return text.charCodeAt(close) === 0x7d /* } */ && close > at + 1 ? close : -1;
    }
    if (!isWordCode(text, at))
        return -1;
    // Pandoc's rule: letters, digits and `_`, and punctuation only inside, where a letter, digit or `_`
    // follows it (`:` and `/` also before a `/`). So `@smith2020.` and `@smith2020</b>` end at the year.
    let end = at + 1;
    for (;;) {
        if (isWordCode(text, end))
            end++;
        else if (KEY_PUNCTUATION.includes(text[end] ?? ' ') && isWordCode(text, end + 1))
            end += 2;
        else if ((text[end] === ':' || text[end] === '/') && text[end + 1] === '/')
            end++;
        else
            return end;
    }
}
/** A bare URL starting at `at` (`https://`, `http://`, `ftp://`, `www.`): its end, or -1. */
function bareUrlEnd(text, at) {
    if (at > 0 && isAsciiAlnum(text.charCodeAt(at - 1)))
        return -1;
    const head = text.slice(at, at + 8).toLowerCase();
    if (!(head.startsWith('https://') || head.startsWith('http://') || head.startsWith('ftp://') || head.startsWith('www.')))
        return -1;
    let end = at;
    while (end < text.length) {
        const code = text.charCodeAt(end);
        if (isSpace(code) || code === CH_LT || code === CH_GT || code === 0x22)
            break;
        end++;
    }
    // Sentence punctuation and an unbalanced closing bracket are not part of it.
    return at + (0, links_1.trimUrl)(text.slice(at, end)).length;
}
/**
 * Raw HTML or an autolink starting at `<` (CommonMark's inline forms): its
 * end, or -1. Scanned by hand, without backtracking; a tag longer than
 * MAX_TAG_LENGTH counts as text.
 */
function htmlEnd(text, at, memo) {
    const next = text.charCodeAt(at + 1);
    if (next === CH_BANG) {
        if (text.startsWith('<!--', at)) {
            if (text.startsWith('<!-->', at))
                return at + 5;
            if (text.startsWith('<!--->', at))
                return at + 6;
            const close = memo.comment.after(at + 4);
            return close === -1 ? -1 : close + 3;
        }
        if (text.startsWith('<![CDATA[', at)) {
            const close = memo.cdata.after(at + 9);
            return close === -1 ? -1 : close + 3;
        }
        if (isAsciiAlpha(text.charCodeAt(at + 2))) {
            const close = memo.gt.after(at + 2);
            return close === -1 ? -1 : close + 1;
        }
        return -1;
    }
    if (next === 0x3f /* ? */) {
        const close = memo.processing.after(at + 2);
        return close === -1 ? -1 : close + 2;
    }
    return autolinkEnd(text, at) ?? tagEnd(text, at, memo);
}
/** `<scheme:...>` or `<user@host>` at `at`: its end, -1 when it starts like one but is none, null when it is no autolink. */
function autolinkEnd(text, at) {
    // A scheme is 2 to 32 characters.
    let i = at + 1;
    while (i < text.length && i - at <= 32 && (isAsciiAlnum(text.charCodeAt(i)) || '+.-'.includes(text[i])))
        i++;
    if (text[i] === ':' && i - at - 1 >= 2 && isAsciiAlpha(text.charCodeAt(at + 1))) {
        for (i++; i < text.length; i++) {
            const code = text.charCodeAt(i);
            if (code === CH_GT)
                return i + 1;
            if (isSpace(code) || code === CH_LT || code < 0x20)
                return null;
        }
        return null;
    }
    // E-mail autolink: local part, '@', host labels.
    i = at + 1;
    while (i < text.length && (isAsciiAlnum(text.charCodeAt(i)) || ".!#$%&'*+/=?^_`{|}~-".includes(text[i])))
        i++;
    if (i === at + 1 || text.charCodeAt(i) !== CH_AT)
        return null;
    for (i++; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === CH_GT)
            return text.charCodeAt(i - 1) === 0x2e || text.charCodeAt(i - 1) === CH_AT ? null : i + 1;
        if (!(isAsciiAlnum(code) || code === 0x2e || code === CH_MINUS))
            return null;
    }
    return null;
}
/** An open tag (`<a href="...">`) or a closing tag (`</a>`) at `at`: its end, or -1. */
function tagEnd(text, at, memo) {
    let i = at + 1;
    const closing = text.charCodeAt(i) === 0x2f;
    if (closing)
        i++;
    if (!isAsciiAlpha(text.charCodeAt(i)))
        return -1;
    while (isAsciiAlnum(text.charCodeAt(i)) || text.charCodeAt(i) === CH_MINUS)
        i++;
    const limit = Math.min(text.length, at + MAX_TAG_LENGTH);
    const skipSpace = () => {
        const from = i;
        while (i < limit && isSpace(text.charCodeAt(i)))
            i++;
        return i - from;
    };
    if (closing) {
        skipSpace();
        return text.charCodeAt(i) === CH_GT ? i + 1 : -1;
    }
    const isNameStart = (code) => isAsciiAlpha(code) || code === 0x5f || code === 0x3a;
    const isName = (code) => isAsciiAlnum(code) || code === 0x5f || code === 0x3a || code === 0x2e || code === CH_MINUS;
    while (i < limit) {
        const spaced = skipSpace() > 0;
        const code = text.charCodeAt(i);
        if (code === CH_GT)
            return i + 1;
        if (code === 0x2f)
            return text.charCodeAt(i + 1) === CH_GT ? i + 2 : -1;
        if (!spaced || !isNameStart(code))
            return -1;
        while (i < limit && isName(text.charCodeAt(i)))
            i++;
        const beforeValue = i;
        skipSpace();
        if (text.charCodeAt(i) !== 0x3d /* = */) {
            i = beforeValue;
            continue;
        }
        i++;
        skipSpace();
        const quote = text[i];
        if (quote === '"' || quote === "'") {
            const close = memo[quote].after(i + 1);
            if (close === -1 || close >= limit)
                return -1;
            i = close + 1;
        }
        else {
            const from = i;
            while (i < limit && !isSpace(text.charCodeAt(i)) && !'"\'=<>`'.includes(text[i]))
                i++;
            if (i === from)
                return -1;
        }
    }
    return -1;
}
/**
 * After `](` at `open` (the offset of `(`): the end of an inline link's
 * destination and title (just after `)`), or -1 when it is no link.
 */
function inlineLinkEnd(text, open, quotes) {
    let i = open + 1;
    const skipSpace = () => {
        while (i < text.length && isSpace(text.charCodeAt(i)))
            i++;
    };
    skipSpace();
    if (text.charCodeAt(i) === CH_LT) {
        // <destination>: anything but a line break or an unescaped < or >.
        i++;
        while (i < text.length) {
            const code = text.charCodeAt(i);
            if (code === CH_BACKSLASH)
                i += 2;
            else if (code === CH_GT)
                break;
            else if (code === CH_LT || code === 0x0a)
                return -1;
            else
                i++;
        }
        if (text.charCodeAt(i) !== CH_GT)
            return -1;
        i++;
    }
    else {
        let depth = 0;
        while (i < text.length) {
            const code = text.charCodeAt(i);
            if (code === CH_BACKSLASH && ESCAPED_IN_DESTINATION.includes(text[i + 1] ?? ' ')) {
                i += 2;
                continue;
            }
            if (isSpace(code) || code < 0x20)
                break;
            if (code === CH_OPEN_PAREN) {
                if (++depth > MAX_DESTINATION_NESTING)
                    return -1;
            }
            else if (code === CH_CLOSE_PAREN) {
                if (depth === 0)
                    break;
                depth--;
            }
            i++;
        }
        if (depth !== 0)
            return -1;
    }
    const afterDestination = i;
    skipSpace();
    const quote = text[i];
    if (i > afterDestination && (quote === '"' || quote === "'" || quote === '(')) {
        const close = quotes[quote === '(' ? ')' : quote].after(i + 1);
        if (close === -1)
            return -1;
        i = close + 1;
        skipSpace();
    }
    return text.charCodeAt(i) === CH_CLOSE_PAREN ? i + 1 : -1;
}
/** A reference label as markdown-it and CommonMark match them: trimmed, spaces collapsed, case folded. */
function normalizeLabel(label) {
    return label.trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase();
}
/**
 * After `]` at `close` of a bracket whose text starts at `textStart`: the end
 * of a reference link (`[text][label]`, `[text][]`, or `[text]` alone) when
 * its label is defined in `references`, or -1. Labels longer than CommonMark's
 * 999 characters are never references.
 */
function referenceEnd(text, textStart, close, references) {
    if (references.size === 0)
        return -1;
    let label = null;
    let end = close + 1;
    if (text.charCodeAt(close + 1) === CH_OPEN_BRACKET) {
        const limit = Math.min(text.length, close + 2 + MAX_LABEL_LENGTH);
        for (let i = close + 2; i < limit; i++) {
            const code = text.charCodeAt(i);
            if (code === CH_BACKSLASH)
                i++;
            else if (code === CH_OPEN_BRACKET)
                break;
            else if (code === CH_CLOSE_BRACKET) {
                if (i > close + 2)
                    label = text.slice(close + 2, i);
                end = i + 1;
                break;
            }
        }
    }
    if (label === null) {
        if (close - textStart > MAX_LABEL_LENGTH)
            return -1;
        label = text.slice(textStart, close);
    }
    return references.has(normalizeLabel(label)) ? end : -1;
}
/**
 * The citations of one inline text, held in parallel arrays of numbers
 * rather than objects: dense input (a megabyte of `[@a] `) has hundreds of
 * thousands of them, and most callers need only some fields of some. Keys and
 * objects are made on demand.
 */
class CitationList {
    text;
    length;
    starts;
    keyStarts;
    keyEnds;
    ends;
    suppress;
    frames;
    prefixStarts;
    locatorEnds;
    frameStart;
    frameEnd;
    /** Groups by frame, made once each. */
    groupObjects = [];
    materialized;
    constructor(text, length, starts, keyStarts, keyEnds, ends, suppress, frames, prefixStarts, locatorEnds, frameStart, frameEnd) {
        this.text = text;
        this.length = length;
        this.starts = starts;
        this.keyStarts = keyStarts;
        this.keyEnds = keyEnds;
        this.ends = ends;
        this.suppress = suppress;
        this.frames = frames;
        this.prefixStarts = prefixStarts;
        this.locatorEnds = locatorEnds;
        this.frameStart = frameStart;
        this.frameEnd = frameEnd;
    }
    start(index) { return this.starts[index]; }
    end(index) { return this.ends[index]; }
    keyStart(index) { return this.keyStarts[index]; }
    keyEnd(index) { return this.keyEnds[index]; }
    key(index) { return this.text.slice(this.keyStarts[index], this.keyEnds[index]); }
    /** The `[...]` group the citation is in, when that group was closed (and is no link). */
    group(index) {
        const frame = this.frames[index];
        if (frame === -1 || this.frameEnd[frame] === -1)
            return undefined;
        return (this.groupObjects[frame] ??= { start: this.frameStart[frame], end: this.frameEnd[frame] });
    }
    /** The first citation starting at or after `offset`: its index, or `length`. */
    firstFrom(offset) {
        let low = 0;
        let high = this.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (this.starts[mid] < offset)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    }
    /** Where the citation's item starts inside its group (after `[` or `;`, or the citation itself); -1 outside a group. */
    prefixStart(index) { return this.prefixStarts[index]; }
    /** Where the text after the key ends inside its item (at `;` or the group's `]`). Only for a citation in a closed group. */
    suffixEnd(index) {
        const end = this.locatorEnds[index];
        if (end !== -1)
            return end;
        const frame = this.frames[index];
        return frame === -1 || this.frameEnd[frame] === -1 ? this.ends[index] : this.frameEnd[frame] - 1;
    }
    /** The citation as an object. */
    get(index) {
        const text = this.text;
        const start = this.starts[index];
        const end = this.ends[index];
        const group = this.group(index);
        const citation = {
            key: this.key(index), start, end, keyStart: this.keyStarts[index], keyEnd: this.keyEnds[index], suppressAuthor: this.suppress[index] === 1,
            locator: '', prefix: '', group,
        };
        if (group) {
            const prefixStart = this.prefixStarts[index];
            if (prefixStart < start)
                citation.prefix = text.slice(prefixStart, start).trim();
            const locatorEnd = this.locatorEnds[index] === -1 ? group.end - 1 : this.locatorEnds[index];
            if (end < locatorEnd)
                citation.locator = text.slice(end, locatorEnd).replace(/^\s*,/, '').trim();
        }
        return citation;
    }
    /** Every citation as an object, made once. */
    toArray() {
        if (!this.materialized) {
            this.materialized = new Array(this.length);
            for (let n = 0; n < this.length; n++)
                this.materialized[n] = this.get(n);
        }
        return this.materialized;
    }
}
exports.CitationList = CitationList;
/** The scan's working state: brackets and candidates in typed arrays sized by counting `[` and `@` first. */
class InlineScanner {
    text;
    references;
    /** Every run of backticks by length, made only when a code span's closer is not the next run. */
    runs;
    quotes;
    memo;
    excluded = [];
    /** Open brackets, innermost last: frame ids. */
    stack;
    depth = 0;
    // Per frame (a `[`), by id.
    frameCount = 0;
    frameStart;
    frameFirstCandidate;
    frameItemStart;
    frameLastCitationEnd;
    framePending;
    frameEnd;
    // Per candidate citation, by index. `count` are alive (a link drops those inside it).
    count = 0;
    starts;
    keyStarts;
    keyEnds;
    ends;
    frames;
    suppress;
    prefixStarts;
    locatorEnds;
    constructor(text, references) {
        this.text = text;
        this.references = references;
        const brackets = occurrences(text, '[');
        const ats = occurrences(text, '@');
        this.stack = new Int32Array(brackets);
        this.frameStart = new Int32Array(brackets);
        this.frameFirstCandidate = new Int32Array(brackets);
        this.frameItemStart = new Int32Array(brackets);
        this.frameLastCitationEnd = new Int32Array(brackets);
        this.framePending = new Int32Array(brackets);
        this.frameEnd = new Int32Array(brackets);
        this.starts = new Int32Array(ats);
        this.keyStarts = new Int32Array(ats);
        this.keyEnds = new Int32Array(ats);
        this.ends = new Int32Array(ats);
        this.frames = new Int32Array(ats);
        this.suppress = new Uint8Array(ats);
        this.prefixStarts = new Int32Array(ats);
        this.locatorEnds = new Int32Array(ats);
        this.quotes = { '"': new NextIndex(text, '"'), "'": new NextIndex(text, "'"), ')': new NextIndex(text, ')') };
        this.memo = {
            comment: new NextIndex(text, '-->'), cdata: new NextIndex(text, ']]>'), gt: new NextIndex(text, '>'), processing: new NextIndex(text, '?>'),
            '"': this.quotes['"'], "'": this.quotes["'"],
        };
    }
    scan() {
        const text = this.text;
        let i = 0;
        while (i < text.length) {
            const code = text.charCodeAt(i);
            switch (code) {
                case CH_BACKSLASH:
                    i += ESCAPED_IN_TEXT.includes(text[i + 1] ?? ' ') ? 2 : 1;
                    break;
                case CH_BACKTICK:
                    i = this.codeSpan(i);
                    break;
                case CH_LT: {
                    const end = htmlEnd(text, i, this.memo);
                    i = end === -1 ? i + 1 : this.exclude(i, end);
                    break;
                }
                case CH_BANG:
                    if (text.charCodeAt(i + 1) === CH_OPEN_BRACKET) {
                        this.open(i + 1);
                        i += 2;
                    }
                    else {
                        i++;
                    }
                    break;
                case CH_OPEN_BRACKET:
                    this.open(i);
                    i++;
                    break;
                case CH_CLOSE_BRACKET:
                    i = this.close(i);
                    break;
                case CH_SEMICOLON:
                    if (this.depth) {
                        const frame = this.stack[this.depth - 1];
                        this.closeItem(frame, i);
                        this.frameItemStart[frame] = i + 1;
                    }
                    i++;
                    break;
                case CH_AT:
                    i = this.citation(i);
                    break;
                default: {
                    if (code === 0x68 || code === 0x48 || code === 0x77 || code === 0x57 || code === 0x66 || code === 0x46) {
                        const end = bareUrlEnd(text, i);
                        if (end !== -1) {
                            i = this.exclude(i, end);
                            break;
                        }
                    }
                    i++;
                }
            }
        }
        const list = new CitationList(text, this.count, this.starts, this.keyStarts, this.keyEnds, this.ends, this.suppress, this.frames, this.prefixStarts, this.locatorEnds, this.frameStart, this.frameEnd);
        return { list, excluded: this.excluded };
    }
    /** Marks [start, end) as holding no citation; returns `end`. Ranges arrive in order, so the list stays sorted. */
    exclude(start, end) {
        // A link's range starts before the ranges found inside its text: it covers them.
        const excluded = this.excluded;
        while (excluded.length && excluded[excluded.length - 2] >= start)
            excluded.length -= 2;
        excluded.push(start, end);
        return end;
    }
    codeSpan(at) {
        const text = this.text;
        let runEnd = at;
        while (text.charCodeAt(runEnd) === CH_BACKTICK)
            runEnd++;
        const length = runEnd - at;
        // Mostly the next run of backticks closes the span; otherwise ask the index of all runs.
        const next = text.indexOf('`', runEnd);
        if (next === -1)
            return runEnd;
        let nextEnd = next;
        while (text.charCodeAt(nextEnd) === CH_BACKTICK)
            nextEnd++;
        const closer = nextEnd - next === length ? next : (this.runs ??= new BacktickRuns(text)).next(length, runEnd);
        return closer === -1 ? runEnd : this.exclude(at, closer + length);
    }
    open(start) {
        const frame = this.frameCount++;
        this.frameStart[frame] = start;
        this.frameFirstCandidate[frame] = this.count;
        this.frameItemStart[frame] = start + 1;
        this.frameLastCitationEnd[frame] = -1;
        this.framePending[frame] = -1;
        this.frameEnd[frame] = -1;
        this.stack[this.depth++] = frame;
    }
    closeItem(frame, at) {
        const pending = this.framePending[frame];
        if (pending !== -1 && pending < this.count)
            this.locatorEnds[pending] = at;
        this.framePending[frame] = -1;
    }
    /** At `]`: a link (whose text and destination hold no citation) or a plain group. Returns where to go on. */
    close(at) {
        if (this.depth === 0)
            return at + 1;
        const frame = this.stack[--this.depth];
        const text = this.text;
        // As markdown-it: an inline link, else a reference link whose label is defined.
        let linkEnd = text.charCodeAt(at + 1) === CH_OPEN_PAREN ? inlineLinkEnd(text, at + 1, this.quotes) : -1;
        if (linkEnd === -1)
            linkEnd = referenceEnd(text, this.frameStart[frame] + 1, at, this.references);
        if (linkEnd !== -1) {
            this.count = this.frameFirstCandidate[frame];
            return this.exclude(this.frameStart[frame], linkEnd);
        }
        this.closeItem(frame, at);
        this.frameEnd[frame] = at + 1;
        return at + 1;
    }
    /** At `@`: records a candidate citation if one starts here. Returns where to go on. */
    citation(at) {
        const text = this.text;
        const suppressAuthor = text.charCodeAt(at - 1) === CH_MINUS && !isWordCode(text, at - 2);
        // An e-mail address, a handle inside a word or a path is not a citation.
        if (!suppressAuthor && joinsWord(text, at))
            return at + 1;
        const keyEnd = keyEndAt(text, at + 1);
        if (keyEnd === -1)
            return at + 1;
        const braced = text.charCodeAt(at + 1) === 0x7b;
        const end = braced ? keyEnd + 1 : keyEnd;
        const index = this.count++;
        const frame = this.depth ? this.stack[this.depth - 1] : -1;
        const start = suppressAuthor ? at - 1 : at;
        this.starts[index] = start;
        this.keyStarts[index] = braced ? at + 2 : at + 1;
        this.keyEnds[index] = keyEnd;
        this.ends[index] = end;
        this.frames[index] = frame;
        this.suppress[index] = suppressAuthor ? 1 : 0;
        this.locatorEnds[index] = -1;
        this.prefixStarts[index] = -1;
        if (frame !== -1) {
            this.closeItem(frame, start);
            // Text between two citations of one item is the first one's locator, not the second one's prefix.
            this.prefixStarts[index] = this.frameLastCitationEnd[frame] > this.frameItemStart[frame] ? start : this.frameItemStart[frame];
            this.framePending[frame] = index;
            this.frameLastCitationEnd[frame] = end;
        }
        return end;
    }
}
/** How many times `ch` occurs in `text`. */
function occurrences(text, ch) {
    let n = 0;
    for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1))
        n++;
    return n;
}
const NO_REFERENCES = new Set();
/**
 * Scans inline Markdown text once: every citation, and where citations cannot
 * be. `references` are the note's defined link labels (normalized, see
 * `normalizeLabel`): `[text][label]` is a link only when its label is defined.
 */
function scanInline(text, references = NO_REFERENCES) {
    const { list, excluded } = new InlineScanner(text, references).scan();
    return { list, excluded, get citations() { return list.toArray(); } };
}
/** Every citation in inline text, with exact ranges, left to right. */
function findCitations(text, references) {
    return scanInline(text, references).citations;
}
/** The citation whose `@key` covers `offset` (a cursor just after the key counts), or undefined. */
function citationAt(citations, offset) {
    let low = 0;
    let high = citations.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (citations[mid].end < offset)
            low = mid + 1;
        else
            high = mid;
    }
    const citation = citations[low];
    return citation && offset >= citation.start && offset <= citation.end ? citation : undefined;
}
/** The citation group (`[...]` with citations) strictly inside which `offset` lies, or undefined. */
function citationGroupAt(citations, offset) {
    let found;
    for (const citation of citations) {
        const group = citation.group;
        if (group && offset > group.start && offset < group.end && (!found || group.start > found.start))
            found = group;
    }
    if (!found)
        return undefined;
    const group = found;
    return { group, keys: citations.filter((citation) => citation.group?.start === group.start).map((citation) => citation.key) };
}
/** True when `offset` lies in none of the sorted flat ranges (start, end, ...); a cursor at a range's start is outside it. */
function outsideRanges(ranges, offset) {
    let low = 0;
    let high = ranges.length >> 1;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (ranges[2 * mid + 1] <= offset)
            low = mid + 1;
        else
            high = mid;
    }
    return 2 * low >= ranges.length || offset <= ranges[2 * low];
}
