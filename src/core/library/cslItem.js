"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.plainText = plainText;
exports.nameText = nameText;
exports.dateOf = dateOf;
exports.entryFromCsl = entryFromCsl;
/**
 * One entry model for every library format: a CSL-JSON item (the exchange
 * form, what a CSL processor formats) plus what the features show (plain
 * title, "Family, Given" authors, year, venue, DOI, URL, abstract) and where
 * the entry stands in its file. Pure.
 */
const escape_1 = require("../escape");
/** CSL's rich text (`<i>`, `<b>`, `<span class="nocase">`) as plain text. */
function plainText(value) {
    if (typeof value !== 'string')
        return typeof value === 'number' ? String(value) : '';
    return value
        .replace(/<\/?(?:i|b|sup|sub|sc|span)(?:\s[^<>]*)?>/gi, '')
        .replace(/&[#a-z0-9]+;/gi, escape_1.decodeEntities)
        // What citation.js writes where an accent lacked its letter.
        .replace(/undefined(?=[\u0300-\u036f])/g, '')
        .replace(/[{}]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
}
function nameText(name) {
    if (typeof name.literal === 'string')
        return plainText(name.literal);
    const family = [name['non-dropping-particle'], name.family].map(plainText).filter(Boolean).join(' ');
    const given = [name.given, name['dropping-particle']].map(plainText).filter(Boolean).join(' ');
    const suffix = plainText(name.suffix);
    return [family, suffix, given].filter(Boolean).join(', ');
}
/** The CSL date's parts as an ISO-like string, and its year. */
function dateOf(value) {
    if (!value || typeof value !== 'object')
        return { date: null, year: null };
    const date = value;
    const parts = Array.isArray(date['date-parts']) ? date['date-parts'][0] : null;
    if (Array.isArray(parts) && parts.length && Number.isFinite(Number(parts[0])) && String(parts[0]).trim() !== '') {
        const numbers = parts.slice(0, 3).map(Number);
        if (numbers.every((n) => Number.isInteger(n))) {
            const [year, month, day] = numbers;
            const pad = (n) => String(n).padStart(2, '0');
            return { year, date: [String(year).padStart(4, '0'), ...(month ? [pad(month)] : []), ...(month && day ? [pad(day)] : [])].join('-') };
        }
    }
    for (const text of [date.raw, date.literal]) {
        const match = typeof text === 'string' ? /(?<!\d)(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(text) : null;
        if (match)
            return { year: Number(match[1]), date: match[0] };
    }
    return { date: null, year: null };
}
const firstString = (...values) => {
    for (const value of values) {
        const text = plainText(Array.isArray(value) ? value[0] : value);
        if (text)
            return text;
    }
    return null;
};
/** A CSL item as a library entry; `key` is the item's id. */
function entryFromCsl(csl, where) {
    const names = Array.isArray(csl.author) ? csl.author : Array.isArray(csl.editor) ? csl.editor : [];
    const { date, year } = dateOf(csl.issued);
    const doi = firstString(csl.DOI);
    return {
        key: String(csl.id),
        type: typeof csl.type === 'string' ? csl.type : 'document',
        title: plainText(csl.title),
        authors: names.filter((name) => !!name && typeof name === 'object').map(nameText).filter(Boolean),
        year,
        date,
        venue: firstString(csl['container-title'], csl['collection-title'], csl['event-title'], csl.publisher),
        doi,
        url: firstString(csl.URL) ?? (doi ? `https://doi.org/${doi}` : null),
        abstract: plainText(csl.abstract),
        ...where,
        csl,
    };
}
