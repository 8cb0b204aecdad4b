"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Catalogue = void 0;
exports.buildCatalogue = buildCatalogue;
exports.newestFirst = newestFirst;
exports.catalogueFromJson = catalogueFromJson;
/** Building the catalogue from listing pages, and looking papers up. Pure. */
const citationKey_1 = require("./citationKey");
const cleanText_1 = require("./cleanText");
const links_1 = require("./links");
const summarize_1 = require("./summarize");
const parsePages_1 = require("./parsePages");
/**
 * The same paper listed again (on another page, or twice): same title,
 * abstract and date. Papers that only share a title stay apart.
 */
function listingIdentity(entry) {
    return JSON.stringify([entry.title, entry.abstract, entry.date]);
}
/** Parses every page, merges repeats of the same paper and assigns keys. Papers are newest first. */
function buildCatalogue(pages) {
    const errors = [];
    const repeats = new Map();
    let entryCount = 0;
    for (const page of pages) {
        const result = (0, parsePages_1.parsePage)(page.text, page.name);
        errors.push(...result.errors);
        for (const entry of result.entries) {
            entryCount++;
            const identity = listingIdentity(entry);
            const group = repeats.get(identity);
            if (group)
                group.push(entry);
            else
                repeats.set(identity, [entry]);
        }
    }
    const merged = [...repeats.values()].map(mergeEntries);
    const keys = (0, citationKey_1.assignKeys)(merged);
    const papers = merged.map((paper) => ({ ...paper, key: keys.get(paper) }));
    papers.sort(newestFirst);
    return { papers, entryCount, errors };
}
/** What `localeCompare` does, made once: a sort of 100,000 papers compares about two million times. */
const collator = new Intl.Collator();
/** Default order of lists: newest first (undated last), then by title. */
function newestFirst(a, b) {
    return collator.compare(b.date ?? '', a.date ?? '') || collator.compare(a.title, b.title);
}
function mergeEntries(entries) {
    const first = entries[0];
    const links = (0, links_1.extractLinks)(first.abstract);
    const cleanAbstract = (0, cleanText_1.cleanText)(first.abstract);
    const codeUrl = (0, links_1.codeUrlFrom)(links);
    // Repeats agree on title, abstract and date; counts take the highest any page gives.
    return {
        key: '',
        title: first.title,
        cleanTitle: (0, cleanText_1.cleanText)(first.title),
        abstract: first.abstract,
        cleanAbstract,
        year: first.year,
        date: first.date,
        authorsCount: first.authorsCount === null ? null : Math.max(...entries.map((entry) => entry.authorsCount ?? 0)),
        upvotes: Math.max(...entries.map((entry) => entry.upvotes)),
        codeUrl,
        links,
        pages: [...new Set(entries.map((entry) => entry.page))].sort(),
        // Summaries are read out of the abstract once, at build time.
        summary: (0, summarize_1.summarize)({ title: first.title, abstract: cleanAbstract }),
    };
}
/** Read access to the papers by key. */
class Catalogue {
    papers;
    byKey;
    constructor(papers) {
        this.papers = papers;
        this.byKey = new Map(papers.map((paper) => [paper.key, paper]));
    }
    get(key) {
        return this.byKey.get(key);
    }
    has(key) {
        return this.byKey.has(key);
    }
    get keys() {
        return [...this.byKey.keys()];
    }
}
exports.Catalogue = Catalogue;
/** Reads the generated catalogue file's text. */
function catalogueFromJson(text) {
    const file = JSON.parse(text);
    if (!Array.isArray(file.papers))
        throw new Error('catalogue file has no papers array');
    return new Catalogue(file.papers);
}
