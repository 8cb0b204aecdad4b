"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cslItemFor = cslItemFor;
exports.storedCslItem = storedCslItem;
const made = new WeakMap();
function dateParts(paper) {
    if (paper.date) {
        const parts = paper.date.split('-').map(Number).filter((n) => Number.isInteger(n));
        if (parts.length)
            return { 'date-parts': [parts] };
    }
    return paper.year !== null ? { 'date-parts': [[paper.year]] } : undefined;
}
function catalogueItem(paper) {
    // citeproc-js escapes the text itself (entities would be printed as written); only its own tags are markup.
    const item = { id: paper.key, type: 'article', title: `<span class="nocase">${paper.cleanTitle}</span>` };
    const issued = dateParts(paper);
    if (issued)
        item.issued = issued;
    if (paper.codeUrl)
        item.URL = paper.codeUrl;
    if (paper.authorsCount !== null)
        item.note = `${paper.authorsCount} author${paper.authorsCount === 1 ? '' : 's'} (names not listed)`;
    return item;
}
/** Types whose venue is the container they appear in; for the others it is their publisher. */
const IN_CONTAINER = new Set(['article-journal', 'article-magazine', 'article-newspaper', 'paper-conference', 'chapter', 'entry-encyclopedia', 'entry-dictionary']);
/** A CSL name from "Family, Given" (or "Family, Suffix, Given"), or a literal name. */
function cslName(name) {
    const parts = name.split(', ');
    if (parts.length === 1)
        return { literal: name };
    if (parts.length === 3)
        return { family: parts[0], suffix: parts[1], given: parts[2] };
    return { family: parts[0], given: parts.slice(1).join(', ') };
}
/**
 * A library entry's item from what the extension host holds of it (its own
 * item is fetched from the library worker when first formatted): names,
 * type, title, date, venue, DOI and URL.
 */
function libraryItem(paper) {
    const library = paper.library;
    const item = { id: paper.key, type: library.type, title: paper.cleanTitle };
    if (library.authors.length)
        item.author = library.authors.map(cslName);
    const issued = dateParts(paper);
    if (issued)
        item.issued = issued;
    if (library.venue)
        item[IN_CONTAINER.has(library.type) ? 'container-title' : 'publisher'] = library.venue;
    if (library.doi)
        item.DOI = library.doi;
    if (library.url)
        item.URL = library.url;
    return item;
}
/** The CSL item of a paper, with the paper's key as its id; made once per paper. */
function cslItemFor(paper) {
    let item = made.get(paper);
    if (!item) {
        const own = paper.library?.csl;
        let parsed;
        if (own) {
            try {
                parsed = JSON.parse(own);
            }
            catch {
                parsed = undefined;
            }
        }
        item = parsed && typeof parsed === 'object' && !Array.isArray(parsed)
            ? { ...parsed, id: paper.key }
            : paper.library ? libraryItem(paper) : catalogueItem(paper);
        made.set(paper, item);
    }
    return item;
}
/** A library entry's CSL item as the host keeps it: JSON text, without the abstract (no style in use prints it; it is most of the weight). */
function storedCslItem(csl) {
    const { abstract: _abstract, ...rest } = csl;
    return JSON.stringify(rest);
}
