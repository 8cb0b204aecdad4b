"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CslFormatter = exports.MAX_STYLE_LENGTH = exports.StyleError = void 0;
exports.styleInfo = styleInfo;
exports.affixMarkup = affixMarkup;
const escape_1 = require("../escape");
const formattedText_1 = require("./formattedText");
const locator_1 = require("./locator");
/** Thrown for a style citeproc-js cannot read: the message says why, for the user. */
class StyleError extends Error {
}
exports.StyleError = StyleError;
const NO_PRINTED_FORM = '[NO_PRINTED_FORM]';
let loaded;
/** citeproc-js, loaded when the first style is (about 15 ms of module set-up kept out of the extension's activation). */
function citeproc() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (loaded ??= require('citeproc'));
}
/** The style's title and class, read from its XML without building an engine. */
function styleInfo(xml) {
    if (xml.length > exports.MAX_STYLE_LENGTH)
        throw new StyleError(`it is larger than ${exports.MAX_STYLE_LENGTH / 1_000_000} MB, more than any CSL style`);
    // The <style> element's own tag, found with indexOf (no pattern that could backtrack over a hostile file).
    const open = xml.indexOf('<style');
    const close = open === -1 ? -1 : xml.indexOf('>', open);
    const tag = close === -1 ? '' : xml.slice(open, close);
    if (!/\sxmlns\s*=\s*["']http:\/\/purl\.org\/net\/xbiblio\/csl["']/.test(tag)) {
        throw new StyleError('it is not a CSL style (no <style xmlns="http://purl.org/net/xbiblio/csl"> element)');
    }
    const kind = /\sclass\s*=\s*["']note["']/.test(tag) ? 'note' : 'in-text';
    const info = xml.indexOf('<info>');
    const titleStart = info === -1 ? -1 : xml.indexOf('<title>', info);
    const titleEnd = titleStart === -1 ? -1 : xml.indexOf('</title>', titleStart);
    const title = titleEnd === -1 ? 'CSL style' : (0, escape_1.decodeEntities)(xml.slice(titleStart + 7, titleEnd)).trim() || 'CSL style';
    return { kind, title };
}
/** Real styles are tens of kilobytes (the largest in the CSL repository is under 300 KB). */
exports.MAX_STYLE_LENGTH = 2_000_000;
/**
 * What citeproc-js works out for each cite of a note style, in one pass
 * (CSL 1.0.2's rules): its position (first, subsequent, ibid, ibid with
 * locator), whether it is near the item's previous note, and the note that
 * first cited the item.
 */
function setPositions(citations, nearNoteDistance) {
    const firstNote = new Map();
    const lastNote = new Map();
    let previous;
    citations.forEach((citation, index) => {
        const noteIndex = citation.properties.noteIndex;
        citation.citationItems.forEach((item, i) => {
            const id = item.id;
            const first = firstNote.get(id);
            if (first === undefined) {
                item.position = 0;
            }
            else {
                const preceding = previous && previous.item.id === id
                    && (i > 0 || (previous.citation === index - 1 && citations[index - 1].citationItems.length === 1));
                if (!preceding)
                    item.position = 1;
                else if (!item.locator && !previous.item.locator)
                    item.position = 2;
                else if (item.locator && (item.locator !== previous.item.locator || item.label !== previous.item.label))
                    item.position = 3;
                else if (!item.locator)
                    item.position = 1;
                else
                    item.position = 2;
                item['first-reference-note-number'] = first;
                const last = lastNote.get(id);
                if (noteIndex - last <= nearNoteDistance)
                    item['near-note'] = true;
            }
            if (first === undefined)
                firstNote.set(id, noteIndex);
            lastNote.set(id, noteIndex);
            previous = { citation: index, item };
        });
    });
}
/** What citeproc-js made, as it goes into the HTML: its own tags only, and nothing for "no printed form". Kept made so. */
const printed = (html) => (html === NO_PRINTED_FORM ? '' : (0, formattedText_1.safeCslHtml)(html));
const sameList = (a, b) => a.length === b.length && a.every((value, i) => value === b[i]);
/**
 * A prefix's or suffix's Markdown emphasis as citeproc-js's rich text, as
 * Pandoc renders Markdown there (`[*cf.* @a]` prints "cf." in italics):
 * `**bold**`, `*italic*`, `_italic_`; citeproc-js escapes the rest. Linear.
 */
function affixMarkup(text) {
    return text
        .replace(/\*\*(?=\S)([^*\n]{1,500}?)\*\*/g, '<b>$1</b>')
        .replace(/\*(?=\S)([^*\n]{1,500}?)\*/g, '<i>$1</i>')
        .replace(/(?<![\p{L}\p{N}])_(?=\S)([^_\n]{1,500}?)_(?![\p{L}\p{N}])/gu, '<i>$1</i>');
}
/** What citeproc-js gets for one item of a cluster. */
function citationItem(item, suppressAuthor, terms) {
    const out = { id: item.key };
    if (item.prefix)
        out.prefix = `${affixMarkup(item.prefix)} `;
    const locator = (0, locator_1.parseLocator)(item.after, terms);
    const suffix = (locator ? locator.suffix : item.after).replace(/\s+/g, ' ').replace(/\s+$/, '');
    if (locator) {
        out.locator = locator.locator;
        out.label = locator.label;
    }
    if (suffix)
        out.suffix = affixMarkup(suffix);
    if (suppressAuthor)
        out['suppress-author'] = true;
    return out;
}
/** A footnote's first letter in upper case, as Pandoc writes notes (tags and entities skipped). */
function capitalizeNote(html) {
    return html.replace(/^((?:<[^>]*>|\s)*)(\p{Ll})/u, (_, lead, letter) => lead + letter.toUpperCase());
}
const escapeText = (text) => text.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;');
/**
 * One style and locale, ready to format notes. Building one parses the style
 * (tens of milliseconds): keep it while the style is in use.
 */
class CslFormatter {
    options;
    info;
    engine;
    terms;
    /** The style prints a cite by its position (ibid., subsequent short forms): citations are processed in order. */
    positional;
    nearNoteDistance;
    items = new Map();
    linkCitations = false;
    copies = new WeakMap();
    /**
     * The items registered last (in order of first citation, then uncited),
     * with what was made from them: while they stay the same (a locator or
     * the prose changed), the bibliography and each distinct citation are not
     * made again.
     */
    registered;
    /** The items of the registration being replaced, while citeproc-js lets them go. */
    letGo = new Map();
    /** The citation layout's affixes and delimiter (HTML), to find each cite in a citation for link-citations. */
    layout = { prefix: '', suffix: '', delimiter: '' };
    /** `locales.lang` forces a locale (front matter `lang:`, a setting); without it the style's default locale is used. */
    /**
     * `options.inOrder` formats as citeproc-js's rebuildProcessorState does,
     * each citation after all before it (quadratic): the reference the
     * one-pass positions are tested against.
     */
    constructor(styleXml, locales, options = {}) {
        this.options = options;
        this.info = styleInfo(styleXml);
        this.positional = this.info.kind === 'note' || /\bposition\s*=/.test(styleXml);
        const citationTag = styleXml.slice(Math.max(0, styleXml.indexOf('<citation')), Math.max(0, styleXml.indexOf('>', styleXml.indexOf('<citation'))));
        this.nearNoteDistance = Number(/\snear-note-distance\s*=\s*"(\d{1,4})"/.exec(citationTag)?.[1] ?? 5);
        this.terms = (0, locator_1.styleLocatorTerms)(styleXml);
        const sys = {
            retrieveLocale: (lang) => locales.retrieve(lang) ?? locales.retrieve('en-US'),
            // The items of the note before too: citeproc-js looks at them while it lets them go.
            retrieveItem: (id) => this.items.get(id) ?? this.letGo.get(id),
        };
        try {
            this.engine = new (citeproc().Engine)(sys, styleXml, locales.lang ?? 'en-US', !!locales.lang);
            const citationAt = styleXml.indexOf('<citation');
            const layoutAt = citationAt === -1 ? -1 : styleXml.indexOf('<layout', citationAt);
            const layoutEnd = layoutAt === -1 ? -1 : styleXml.indexOf('>', layoutAt);
            const layout = layoutEnd === -1 ? '' : styleXml.slice(layoutAt, layoutEnd);
            const attribute = (name) => escapeText((0, escape_1.decodeEntities)(new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(layout)?.[1] ?? ''));
            this.layout = { prefix: attribute('prefix'), suffix: attribute('suffix'), delimiter: attribute('delimiter') };
        }
        catch (error) {
            throw new StyleError(`citeproc-js cannot read it: ${error.message ?? error}`);
        }
    }
    /**
     * Formats every citation of a note in order (numbers, "ibid." and
     * disambiguation depend on all of them) and its bibliography. `lookup`
     * gives the CSL item of a key, or undefined for an unknown key.
     */
    format(request, lookup, allKeys) {
        this.items = new Map();
        this.linkCitations = !!request.linkCitations;
        const known = (key) => {
            if (this.items.has(key))
                return true;
            const item = lookup(key);
            if (!item)
                return false;
            // The same object for the same item, so an unchanged registration is seen as one.
            this.items.set(key, item.id === key ? item : (this.copies.get(item) ?? this.copies.set(item, { ...item, id: key }).get(item)));
            return true;
        };
        const note = this.info.kind === 'note';
        // An author in text is its author alone (formatted apart, so it does not count as a citation for
        // "ibid." and short forms), then the rest of the citation with the author suppressed.
        const parts = [];
        const authors = [];
        const seen = new Set();
        const citations = [];
        const knownKeys = [];
        let noteNumber = 0;
        request.clusters.forEach((cluster, index) => {
            const items = cluster.items.filter((item) => known(item.key));
            knownKeys.push(items.map((item) => item.key));
            if (!items.length)
                return;
            const noteIndex = note ? ++noteNumber : 0;
            if (cluster.authorInText)
                authors.push({ cluster: index, key: items[0].key, subsequent: seen.has(items[0].key) });
            for (const item of items)
                seen.add(item.key);
            parts.push(index);
            citations.push({
                citationID: `c${citations.length}`,
                citationItems: items.map((item, i) => citationItem(item, item.suppressAuthor || (cluster.authorInText && i === 0), this.terms)),
                // As Pandoc: a citation whose items have prefixes keeps the order they were written in.
                properties: { noteIndex, ...(items.some((item) => item.prefix) ? { unsorted: true } : {}) },
            });
        });
        const nocite = request.nocite ?? [];
        const cited = [...new Set(citations.flatMap((citation) => citation.citationItems.map((item) => item.id)))];
        const citedSet = new Set(cited);
        const limit = request.maxUncited ?? Infinity;
        const uncitedOnly = [];
        const taken = new Set();
        let omitted = 0;
        // Looked up one by one, and only up to the limit (a key past it is counted, not looked up).
        for (const key of nocite.includes('*') && allKeys ? allKeys() : nocite.filter((key) => key !== '*')) {
            if (citedSet.has(key) || taken.has(key))
                continue;
            taken.add(key);
            if (uncitedOnly.length >= limit)
                omitted++;
            else if (known(key))
                uncitedOnly.push(key);
        }
        const previous = this.registered;
        const unchanged = !!previous && sameList(previous.cited, cited) && sameList(previous.uncited, uncitedOnly)
            && [...this.items].every(([key, item]) => previous.items.get(key) === item);
        const registered = unchanged ? previous : (this.registered = { cited, uncited: uncitedOnly, items: new Map(this.items), cites: new Map() });
        let rendered;
        if (!unchanged) {
            this.letGo = previous?.items ?? new Map();
            // Uncited first, even when empty: citeproc-js keeps an earlier format's uncited items otherwise.
            this.engine.updateUncitedItems(uncitedOnly);
            this.engine.updateItems(cited);
            this.letGo = new Map();
        }
        if (this.options.inOrder) {
            rendered = citations.length ? this.engine.rebuildProcessorState(citations, 'html', uncitedOnly).map(([id, note, html]) => [id, note, printed(html)]) : [];
        }
        else {
            // citeproc-js's own way (rebuildProcessorState) looks at every earlier citation for each one: quadratic.
            // Positions are simple to know in one pass, so each citation is made on its own, once per distinct form.
            if (this.positional)
                setPositions(citations, this.nearNoteDistance);
            rendered = this.renderDistinct(citations, registered.cites);
        }
        const out = request.clusters.map((_, index) => ({ html: '', note: null, keys: knownKeys[index] }));
        const byId = new Map(rendered.map(([id, , html]) => [id, html]));
        citations.forEach((citation, n) => {
            const html = byId.get(citation.citationID) ?? '';
            const text = this.linkCitations ? this.linked(html, citation.citationItems, registered.cites) : html;
            const target = out[parts[n]];
            if (note)
                target.note = capitalizeNote(text);
            else
                target.html = text;
        });
        for (const { cluster, key, subsequent } of authors) {
            // Where the key was cited before, the style's subsequent form (a short name in a note style).
            const cacheKey = `\0author\0${key}\0${subsequent}`;
            let text = registered.cites.get(cacheKey);
            if (text === undefined)
                registered.cites.set(cacheKey, (text = printed(this.engine.makeCitationCluster([{ id: key, 'author-only': true, ...(subsequent ? { position: 1 } : {}) }]))));
            const target = out[cluster];
            target.html = note ? text : text && target.html ? `${text} ${target.html}` : text || target.html;
        }
        registered.bibliography ??= this.bibliography();
        return { citations: out, ...registered.bibliography, ...(omitted ? { omitted } : {}) };
    }
    /**
     * Citations of a style that never asks for a cite's position (APA, IEEE,
     * Vancouver, Chicago author-date, ...): a cite prints the same wherever it
     * stands, once the items are registered in order of first citation
     * (numbers, disambiguation). So each distinct citation is formatted once,
     * and the time grows with the note, not with its square.
     */
    renderDistinct(citations, made) {
        return citations.map((citation) => {
            const key = JSON.stringify([citation.citationItems, citation.properties.unsorted]);
            let html = made.get(key);
            if (html === undefined) {
                // A citation whose items have prefixes keeps its written order: the style's citation sort is set aside for it.
                const sort = this.engine.citation_sort;
                const tokens = sort.tokens;
                if (citation.properties.unsorted)
                    sort.tokens = [];
                try {
                    html = printed(this.engine.makeCitationCluster(citation.citationItems));
                }
                finally {
                    sort.tokens = tokens;
                }
                made.set(key, html);
            }
            return [citation.citationID, 0, html];
        });
    }
    /**
     * A citation with each cite linked to its bibliography entry, as Pandoc's
     * link-citations does: the text inside the layout's affixes, split at its
     * delimiter when that gives one part per cite. The style may have sorted
     * the cites, so each part goes to the cite that prints it alone; when that
     * is not clear, the whole citation links to the first cite's entry.
     */
    linked(html, items, made) {
        if (!html || !items.length)
            return html;
        const ids = items.map((item) => item.id);
        const inner = (text) => {
            const { prefix, suffix } = this.layout;
            const start = prefix && text.startsWith(prefix) ? prefix.length : 0;
            const end = suffix && text.endsWith(suffix) && text.length - suffix.length >= start ? text.length - suffix.length : text.length;
            return [start, end];
        };
        const [start, end] = inner(html);
        const body = html.slice(start, end);
        const link = (text, id) => `<a href="#ref-${(0, escape_1.escapeHtml)(id)}" role="doc-biblioref">${text}</a>`;
        const delimiter = this.layout.delimiter;
        const parts = ids.length > 1 && delimiter ? body.split(delimiter) : [body];
        let linkedBody = link(body, ids[0]);
        if (parts.length === ids.length && ids.length > 1) {
            const alone = items.map((item) => {
                const key = `\0alone\0${JSON.stringify(item)}`;
                let text = made.get(key);
                if (text === undefined)
                    made.set(key, (text = printed(this.engine.makeCitationCluster([item]))));
                const [from, to] = inner(text);
                return text.slice(from, to);
            });
            const owners = parts.map((part) => alone.indexOf(part));
            if (owners.every((owner, i) => owner !== -1 && owners.indexOf(owner) === i))
                linkedBody = parts.map((part, i) => link(part, ids[owners[i]])).join(delimiter);
            else if (parts.every((part, i) => part === alone[i]))
                linkedBody = parts.map((part, i) => link(part, ids[i])).join(delimiter);
        }
        return html.slice(0, start) + linkedBody + html.slice(end);
    }
    bibliography() {
        const made = this.engine.makeBibliography();
        if (!made)
            return { bibliography: [], bibliographyClasses: [] };
        const [params, entries] = made;
        const bibliography = entries.map((entry, i) => ({
            key: String(params.entry_ids[i][0]),
            // Pandoc ends the number's margin with a space, so the entry reads `[1] A. Author` as text too.
            html: (0, formattedText_1.safeCslHtml)(entry.trim().replace(/^<div class="csl-entry">/, '').replace(/<\/div>$/, '').trim()).replace(/^(<div class="csl-left-margin">[^<]*?)\s*<\/div>/, '$1 </div>'),
        }));
        const classes = params.hangingindent ? ['hanging-indent'] : [];
        return { bibliography, bibliographyClasses: classes };
    }
}
exports.CslFormatter = CslFormatter;
