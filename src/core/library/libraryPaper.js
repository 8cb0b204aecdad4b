"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.paperFromEntry = paperFromEntry;
/**
 * A library entry as a Paper, so every feature treats the user's entries and
 * the catalogue's papers alike. An entry with an abstract gets a summary from
 * the same summarizer as the catalogue; one without has none (the card says
 * so). Pure.
 */
const cleanText_1 = require("../cleanText");
const links_1 = require("../links");
const summarize_1 = require("../summarize");
const cslItems_1 = require("../csl/cslItems");
function paperFromEntry(entry) {
    const cleanAbstract = entry.abstract ? (0, cleanText_1.cleanText)(entry.abstract) : '';
    const links = [...new Set([...(entry.url ? [entry.url] : []), ...(0, links_1.extractLinks)(entry.abstract)])];
    const title = entry.title || entry.key;
    return {
        key: entry.key,
        title,
        cleanTitle: title,
        // The raw abstract is the cleaned one for a library entry (its TeX is already converted): kept once.
        abstract: '',
        cleanAbstract,
        year: entry.year,
        date: entry.date,
        authorsCount: entry.authors.length || null,
        upvotes: 0,
        codeUrl: (0, links_1.codeUrlFrom)(links),
        links,
        pages: [],
        summary: cleanAbstract ? (0, summarize_1.summarize)({ title, abstract: cleanAbstract }) : null,
        library: {
            file: entry.file, line: entry.line, column: entry.column, type: entry.type, authors: entry.authors,
            venue: entry.venue, doi: entry.doi, url: entry.url, bibtex: entry.bibtex, csl: (0, cslItems_1.storedCslItem)(entry.cslForStyles ?? entry.csl),
        },
    };
}
