"use strict";
/**
 * Parser for the listing pages the bundled catalogue is built from. Pure: it
 * takes a page's text and name; reading files is the caller's business.
 *
 * One entry on a page:
 *
 *     <title>
 *     <blank>
 *     <abstract, one line>
 *     <blank>
 *       • N authors
 *     ·
 *     <date: "May 16, 2024" or "Jul 11" (no year)> [upvotes]
 *
 * A date without a year belongs to the listing's own year: the pages were
 * captured in 2025, so `LISTING_YEAR` is 2025. A few cards carry only a
 * title and an abstract: they are entries with an unknown date and author
 * count, never dropped.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.PageParseError = exports.LISTING_YEAR = void 0;
exports.parseDateLine = parseDateLine;
exports.parsePage = parsePage;
exports.LISTING_YEAR = 2025;
class PageParseError extends Error {
    page;
    line;
    reason;
    constructor(page, line, reason) {
        super(`${page}:${line}: ${reason}`);
        this.page = page;
        this.line = line;
        this.reason = reason;
        this.name = 'PageParseError';
    }
}
exports.PageParseError = PageParseError;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DATE_LINE = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2})(?:, (\d{4}))?(?: (\d+))?$/;
const AUTHORS_LINE = /^\s*•\s*(\d+) authors?$/;
const SEPARATOR_LINE = '·';
/** The site's header above the first entry, line by line (blank lines between). */
const HEADER = ['new', 'Get trending papers in your email inbox!', 'Subscribe', 'Daily Papers', 'byAK and the research community'];
/** Reads a date line; a missing year is the listing's own year. */
function parseDateLine(text, listingYear = exports.LISTING_YEAR) {
    const match = DATE_LINE.exec(text);
    if (!match)
        return null;
    const month = MONTHS.indexOf(match[1]) + 1;
    const day = Number(match[2]);
    const year = match[3] ? Number(match[3]) : listingYear;
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth)
        return null;
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return { year, date, upvotes: match[4] ? Number(match[4]) : 0 };
}
function describe(line) {
    if (line === undefined)
        return 'the end of the page';
    if (line.trim() === '')
        return 'a blank line';
    const shown = line.length > 60 ? `${line.slice(0, 57)}...` : line;
    return `"${shown}"`;
}
/** Parses one listing page. Malformed entries become errors with their line; the rest still parse. */
function parsePage(text, page, listingYear = exports.LISTING_YEAR) {
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    const entries = [];
    const errors = [];
    let i = skipHeader(lines, page, errors, listingYear);
    while (i < lines.length) {
        if (lines[i].trim() === '') {
            i++;
            continue;
        }
        const start = i;
        const fail = (at, expected) => {
            errors.push(new PageParseError(page, at + 1, `malformed entry starting at line ${start + 1}: expected ${expected}, found ${describe(lines[at])}`));
        };
        const result = readEntry(lines, start, page, listingYear, fail);
        if (result.entry)
            entries.push(result.entry);
        i = result.next;
    }
    return { entries, errors };
}
function skipHeader(lines, page, errors, listingYear) {
    if (lines[0]?.trim() !== HEADER[0])
        return 0;
    let i = 0;
    for (const expected of HEADER) {
        while (i < lines.length && lines[i].trim() === '')
            i++;
        if (lines[i]?.trim() !== expected) {
            errors.push(new PageParseError(page, i + 1, `unexpected page header: expected "${expected}", found ${describe(lines[i])}`));
            return i;
        }
        i++;
    }
    while (i < lines.length && lines[i].trim() === '')
        i++;
    // The header ends with the listing's own date ("Dec 9").
    if (parseDateLine(lines[i]?.trim() ?? '', listingYear))
        i++;
    return i;
}
function isTitleLike(line) {
    const text = line.trim();
    return text !== '' && text !== SEPARATOR_LINE && !AUTHORS_LINE.test(text) && !DATE_LINE.test(text);
}
function readEntry(lines, start, page, listingYear, fail) {
    const resync = () => {
        // Continue after the next date line, so one bad entry costs only itself.
        for (let j = start + 1; j < lines.length; j++) {
            if (lines[j] === SEPARATOR_LINE && j + 1 < lines.length)
                return j + 2;
        }
        return lines.length;
    };
    const title = lines[start].trim();
    if (AUTHORS_LINE.test(title) || title === SEPARATOR_LINE || DATE_LINE.test(title)) {
        fail(start, 'a title');
        return { next: resync() };
    }
    if (lines[start + 1] === undefined || lines[start + 1].trim() !== '') {
        fail(start + 1, 'a blank line after the title');
        return { next: resync() };
    }
    const abstract = lines[start + 2]?.trim() ?? '';
    if (abstract === '' || AUTHORS_LINE.test(abstract) || abstract === SEPARATOR_LINE) {
        fail(start + 2, 'the abstract');
        return { next: resync() };
    }
    if (lines[start + 3] === undefined || lines[start + 3].trim() !== '') {
        fail(start + 3, 'a blank line after the abstract');
        return { next: resync() };
    }
    const afterAbstract = lines[start + 4];
    if (afterAbstract !== undefined && isTitleLike(afterAbstract) && isTitleLike(lines[start + 6] ?? '')) {
        // Title and abstract, then straight on to the next listing: a card with no authors or date.
        return { entry: { page, line: start + 1, title, abstract, authorsCount: null, year: null, date: null, upvotes: 0 }, next: start + 4 };
    }
    const authors = AUTHORS_LINE.exec(afterAbstract ?? '');
    if (!authors) {
        fail(start + 4, 'an authors line ("  • N authors")');
        return { next: resync() };
    }
    if (lines[start + 5]?.trim() !== SEPARATOR_LINE) {
        fail(start + 5, `a "${SEPARATOR_LINE}" line`);
        return { next: resync() };
    }
    const parsed = parseDateLine(lines[start + 6]?.trim() ?? '', listingYear);
    if (!parsed) {
        fail(start + 6, 'a date line ("May 16, 2024" or "Jul 11", optionally followed by upvotes)');
        return { next: start + 7 };
    }
    return {
        entry: {
            page, line: start + 1, title, abstract,
            authorsCount: Number(authors[1]), year: parsed.year, date: parsed.date, upvotes: parsed.upvotes,
        },
        next: start + 7,
    };
}
