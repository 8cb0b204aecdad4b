"use strict";
/**
 * Pandoc's reading of what follows a key inside a citation: a locator
 * (`p. 33`, `ch. 2`, `pp. 33-35`, a bare `33` for a page, `{iv, vi-xi}` as
 * written) and the rest as the suffix. Pure.
 *
 *   [@a, p. 33]                  locator page 33, no suffix
 *   [@a, pp. 33-35, and passim]  locator page 33-35, suffix ", and passim"
 *   [@a and elsewhere]           no locator, suffix " and elsewhere"
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.styleLocatorTerms = styleLocatorTerms;
exports.parseLocator = parseLocator;
/** Locator terms (en-US, as Pandoc's default locale has them) and the CSL label each stands for. */
const LABEL_TERMS = {
    act: ['act', 'acts'],
    appendix: ['appendix', 'appendices', 'app.', 'apps.'],
    'article-locator': ['article', 'articles', 'art.', 'arts.'],
    book: ['book', 'books', 'bk.', 'bks.'],
    canon: ['canon', 'canons', 'c.', 'cc.'],
    // Not `ch.`: Pandoc's en-US terms do not have it, and it prints `ch. 2` as a suffix.
    chapter: ['chapter', 'chapters', 'chap.', 'chaps.'],
    column: ['column', 'columns', 'col.', 'cols.'],
    elocation: ['location', 'locations', 'loc.', 'locs.'],
    equation: ['equation', 'equations', 'eq.', 'eqs.'],
    figure: ['figure', 'figures', 'fig.', 'figs.'],
    folio: ['folio', 'folios', 'fol.', 'fols.'],
    issue: ['issue', 'issues', 'iss.'],
    line: ['line', 'lines', 'l.', 'll.'],
    note: ['note', 'notes', 'n.', 'nn.'],
    opus: ['opus', 'opera', 'op.', 'opp.'],
    page: ['page', 'pages', 'p.', 'pp.'],
    paragraph: ['paragraph', 'paragraphs', 'para.', 'paras.', '¶', '¶¶'],
    part: ['part', 'parts', 'pt.', 'pts.'],
    rule: ['rule', 'rules', 'r.', 'rr.'],
    scene: ['scene', 'scenes', 'sc.', 'scs.'],
    section: ['section', 'sections', 'sec.', 'secs.', '§', '§§'],
    'sub-verbo': ['sub verbo', 'sub verbis', 's.v.', 's.vv.'],
    table: ['table', 'tables', 'tbl.', 'tbls.'],
    timestamp: ['timestamp', 'timestamps'],
    title: ['title', 'titles', 'tit.', 'tits.'],
    verse: ['verse', 'verses', 'v.', 'vv.'],
    volume: ['volume', 'volumes', 'vol.', 'vols.'],
};
const LABEL_OF = new Map();
for (const [label, terms] of Object.entries(LABEL_TERMS))
    for (const term of terms)
        LABEL_OF.set(term, label);
/** Longest first, so `pp.` wins over `p.` and `sub verbo` over `s.v.`. */
const TERMS = [...LABEL_OF.keys()].sort((a, b) => b.length - a.length);
/** One locator value: digits (`2.1` too) or a roman numeral, maybe a letter after, maybe a range. */
const VALUE = String.raw `(?:[0-9]+(?:\.[0-9]+)*[a-z]?|[ivxlcdm]+|[IVXLCDM]+)(?:\s*[-–—]+\s*(?:[0-9]+(?:\.[0-9]+)*[a-z]?|[ivxlcdm]+|[IVXLCDM]+))?`;
/** Values joined by commas or `&` or `and`: `33, 35-37 & 40`. */
const VALUES = new RegExp(String.raw `^${VALUE}(?:\s*(?:,|&|\band\b)\s*${VALUE})*`);
/** Without a label, Pandoc takes a locator only when it starts with a digit (`[@a, iv]` is a suffix). */
const STARTS_WITH_DIGIT = /^[0-9]/;
/** A value that only looks like one: `1st`, `33rd`, `12x`. */
const GLUED = /^[^\s,;.:!?)\]]/;
/** The locator terms a style's XML adds to the locale's, as Pandoc reads them. */
function styleLocatorTerms(xml) {
    const labelOf = new Map();
    // indexOf, not a lazy regular expression: a style with many unclosed <locale> stays linear.
    for (let start = xml.indexOf('<locale'); start !== -1; start = xml.indexOf('<locale', start + 1)) {
        const end = xml.indexOf('</locale>', start);
        if (end === -1)
            break;
        const locale = xml.slice(start, end);
        start = end;
        for (const term of locale.matchAll(/<term\s+name="([^"<>]{1,64})"[^<>]{0,200}>([^<]{0,200}|(?:<(?:single|multiple)>[^<]{0,200}<\/(?:single|multiple)>\s{0,50}){1,2})<\/term>/g)) {
            const label = term[1] === 'article' ? 'article-locator' : term[1];
            if (!Object.hasOwn(LABEL_TERMS, label))
                continue;
            const forms = term[2].includes('<single>') ? [...term[2].matchAll(/<(?:single|multiple)>([^<]*)<\/(?:single|multiple)>/g)].map((form) => form[1]) : [term[2]];
            for (const form of forms)
                if (form.trim())
                    labelOf.set(form.trim().toLowerCase(), label);
        }
    }
    if (!labelOf.size)
        return undefined;
    for (const [term, label] of LABEL_OF)
        if (!labelOf.has(term))
            labelOf.set(term, label);
    return { labelOf, terms: [...labelOf.keys()].sort((a, b) => b.length - a.length) };
}
/** Splits the text after a key into locator and suffix, as Pandoc does; `null` when it holds no locator. */
function parseLocator(after, style) {
    const lead = /^\s*,?\s*/.exec(after)[0];
    let rest = after.slice(lead.length);
    if (!rest)
        return null;
    if (rest[0] === '{') {
        // `{...}`: the locator exactly as written, braces removed.
        const close = rest.indexOf('}');
        if (close === -1)
            return null;
        const inner = rest.slice(1, close).trim();
        const labelled = labelAt(inner, style);
        return { label: labelled?.label ?? 'page', locator: labelled ? inner.slice(labelled.length).trim() : inner, suffix: rest.slice(close + 1) };
    }
    let label = 'page';
    const labelled = labelAt(rest, style);
    if (labelled) {
        label = labelled.label;
        const after = rest.slice(labelled.length);
        const space = /^\s*/.exec(after)[0];
        rest = after.slice(space.length);
    }
    const value = VALUES.exec(rest);
    if (!value || (!labelled && !STARTS_WITH_DIGIT.test(rest)))
        return null;
    const tail = rest.slice(value[0].length);
    if (GLUED.test(tail))
        return null;
    return { label, locator: value[0], suffix: tail };
}
/** A locator term at the start of `text`, whole (followed by a space, a digit or the end). */
function labelAt(text, style) {
    const lower = text.toLowerCase();
    const labelOf = style?.labelOf ?? LABEL_OF;
    for (const term of style?.terms ?? TERMS) {
        if (!lower.startsWith(term))
            continue;
        const next = text.charAt(term.length);
        // A term that ends in a letter must end the word (`page` but not `pages` as `page` + `s`).
        if (/[a-z]$/i.test(term) && /[a-z]/i.test(next))
            continue;
        if (next !== '' && !/[\s0-9{ivxlcdmIVXLCDM]/.test(next))
            continue;
        return { label: labelOf.get(term), length: term.length };
    }
    return null;
}
