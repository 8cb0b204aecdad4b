"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SORT_ORDERS = void 0;
exports.authorParts = authorParts;
exports.sourceMatches = sourceMatches;
exports.paperMatches = paperMatches;
exports.parseQuery = parseQuery;
const summarize_1 = require("./summarize");
exports.SORT_ORDERS = ['relevance', 'newest', 'upvotes'];
const FILTER_NAMES = ['year', 'has', 'kind', 'family', 'modality', 'sort', 'in', 'author'];
const FILTER_HELP = 'filters: year:2023, year:>=2022, year:2021..2023, has:code, kind:, family:, modality:, sort:relevance|newest|upvotes, in:library|catalogue|<file name>, author:<name>';
function yearFilter(value) {
    let match = /^(\d{4})$/.exec(value);
    if (match)
        return { test: (year) => year === Number(match[1]), description: `year ${match[1]}` };
    match = /^(\d{4})\.\.(\d{4})$/.exec(value);
    if (match) {
        const [from, to] = [Number(match[1]), Number(match[2])].sort((a, b) => a - b);
        return { test: (year) => year >= from && year <= to, description: `year ${from}–${to}` };
    }
    match = /^(>=|<=|>|<)(\d{4})$/.exec(value);
    if (match) {
        const bound = Number(match[2]);
        const op = match[1];
        const test = op === '>=' ? (y) => y >= bound : op === '<=' ? (y) => y <= bound : op === '>' ? (y) => y > bound : (y) => y < bound;
        return { test, description: `year ${op.replace('>=', '≥').replace('<=', '≤')} ${bound}` };
    }
    return `year:${value} is not a year; try year:2023, year:>=2022 or year:2021..2023`;
}
function oneOf(name, value, allowed) {
    return allowed.includes(value) ? null : `${name}:${value} is not a ${name}; use one of ${allowed.join(', ')}`;
}
/** A UTF-16 surrogate half without its other half (a CSL-JSON `\ud835` escape keeps one). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/**
 * Lowercase, without accents (`Schölkopf` and `scholkopf` are one name),
 * without NULs, and well-formed (a lone surrogate half reads as U+FFFD, as it
 * does once the index is written as UTF-8 and read back).
 */
function foldName(text) {
    return text.replace(LONE_SURROGATE, '\ufffd').normalize('NFD').replace(/[\u0300-\u036f\0]/g, '').toLowerCase();
}
/** The parts of an author's name that `author:` matches the start of: `van der Maaten, Laurens` is van, der, maaten, laurens. */
function authorParts(author) {
    return foldName(author).split(/[\s,.-]+/);
}
/** `in:library`, `in:catalogue`, or a library file's name (`in:refs.bib`, `in:refs`), for a paper of this file (undefined: the catalogue). */
function sourceMatches(value, file) {
    if (value === 'library')
        return file !== undefined;
    if (value === 'catalogue' || value === 'catalog')
        return file === undefined;
    if (file === undefined)
        return false;
    const name = file.replace(/^.*[\\/]/, '').toLowerCase();
    return name === value || name.replace(/\.[^.]*$/, '') === value;
}
/** Whether a paper passes one filter (the index answers the same from its columns). */
function paperMatches(filter, paper) {
    switch (filter.field) {
        case 'year': return paper.year !== null && filter.test(paper.year);
        case 'code': return paper.codeUrl !== null;
        case 'kind': return paper.summary?.kind === filter.value;
        case 'family': return paper.summary?.family.includes(filter.value) ?? false;
        case 'modality': return paper.summary?.modalities.includes(filter.value) ?? false;
        case 'in': return sourceMatches(filter.value, paper.library?.file);
        case 'author': {
            const wanted = filter.value;
            return (paper.library?.authors ?? []).some((author) => authorParts(author).some((part) => part.startsWith(wanted)));
        }
    }
}
function parseQuery(query) {
    const parsed = { text: '', filters: [], descriptions: [], errors: [] };
    const words = [];
    for (const word of query.trim().split(/\s+/).filter(Boolean)) {
        const match = /^([a-z]+):(.*)$/i.exec(word);
        if (!match || /^https?$/i.test(match[1])) {
            words.push(word);
            continue;
        }
        const name = match[1].toLowerCase();
        const value = match[2].toLowerCase();
        // "components:" in pasted prose is a word and its punctuation; "year:" is a filter being typed.
        if (!value && !FILTER_NAMES.includes(name)) {
            words.push(match[1]);
            continue;
        }
        if (!FILTER_NAMES.includes(name)) {
            parsed.errors.push(`unknown filter '${name}:' (${FILTER_HELP})`);
            continue;
        }
        if (!value) {
            parsed.errors.push(`${name}: needs a value (${FILTER_HELP})`);
            continue;
        }
        switch (name) {
            case 'year': {
                const filter = yearFilter(value);
                if (typeof filter === 'string')
                    parsed.errors.push(filter);
                else {
                    parsed.filters.push({ field: 'year', test: filter.test });
                    parsed.descriptions.push(filter.description);
                }
                break;
            }
            case 'has':
                if (value === 'code') {
                    parsed.filters.push({ field: 'code' });
                    parsed.descriptions.push('has code');
                }
                else
                    parsed.errors.push(`has:${value} is not known; use has:code`);
                break;
            case 'kind':
            case 'family':
            case 'modality': {
                const allowed = name === 'kind' ? summarize_1.KINDS : name === 'family' ? summarize_1.FAMILIES : summarize_1.MODALITIES;
                const error = oneOf(name, value, allowed);
                if (error) {
                    parsed.errors.push(error);
                    break;
                }
                parsed.filters.push({ field: name, value });
                parsed.descriptions.push(`${name} ${value}`);
                break;
            }
            case 'in':
                parsed.filters.push({ field: 'in', value });
                parsed.descriptions.push(value === 'library' ? 'in your libraries' : value === 'catalogue' ? 'in the catalogue' : `in ${value}`);
                break;
            case 'author': {
                parsed.filters.push({ field: 'author', value: foldName(value) });
                parsed.descriptions.push(`author ${value}`);
                break;
            }
            case 'sort': {
                const error = oneOf(name, value, exports.SORT_ORDERS);
                if (error)
                    parsed.errors.push(error);
                else
                    parsed.sort = value;
                break;
            }
        }
    }
    parsed.text = words.join(' ');
    return parsed;
}
