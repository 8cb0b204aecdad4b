"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CslNoteRenderer = exports.REFS_TOKEN = exports.CLUSTER_TOKEN = void 0;
exports.cslInlineRule = cslInlineRule;
exports.refsBlockRule = refsBlockRule;
const cslItems_1 = require("../core/csl/cslItems");
const escape_1 = require("../core/escape");
const citationTokens_1 = require("./citationTokens");
exports.CLUSTER_TOKEN = 'paper_notes_csl_citation';
exports.REFS_TOKEN = 'paper_notes_csl_refs';
const CH_OPEN_BRACKET = 0x5b;
const CH_CLOSE_BRACKET = 0x5d;
const CH_AT = 0x40;
const CH_MINUS = 0x2d;
const CH_SEMICOLON = 0x3b;
function item(list, index, text) {
    const start = list.start(index);
    const prefixStart = list.prefixStart(index);
    return {
        key: list.key(index),
        prefix: prefixStart === -1 || prefixStart >= start ? '' : text.slice(prefixStart, start).trim(),
        after: text.slice(list.end(index), list.suffixEnd(index)),
        suppressAuthor: text.charCodeAt(start) === CH_MINUS,
    };
}
/**
 * The citations of the group that opens at `open`, when the whole group is
 * citations (each `;`-separated part holds exactly one key), as Pandoc
 * requires of a bracketed citation; otherwise undefined and its keys are
 * read one by one, as author-in-text citations.
 */
function clusterAt(list, first, open, text) {
    const group = list.group(first);
    if (!group || group.start !== open)
        return undefined;
    const items = [];
    const keyRanges = [];
    let index = first;
    let expectedStart = open + 1;
    for (; index < list.length && list.start(index) < group.end; index++) {
        const prefixStart = list.prefixStart(index);
        // Each item starts right after `[` or `;`: a second key in one item, or a nested group, is not Pandoc's syntax.
        if (prefixStart !== expectedStart || list.group(index)?.start !== open)
            return undefined;
        items.push(item(list, index, text));
        keyRanges.push(list.keyStart(index) - open, list.keyEnd(index) - open);
        const suffixEnd = list.suffixEnd(index);
        if (suffixEnd === group.end - 1) {
            expectedStart = -1;
            index++;
            break;
        }
        if (text.charCodeAt(suffixEnd) !== CH_SEMICOLON)
            return undefined;
        expectedStart = suffixEnd + 1;
    }
    if (expectedStart !== -1 || (index < list.length && list.start(index) < group.end))
        return undefined;
    return { cluster: { items, authorInText: false }, end: group.end, keyRanges };
}
/** `[p. 33]` right after an author-in-text key (one space allowed before it): its end, or -1. */
function suffixBracketEnd(text, from, max) {
    let at = from;
    if (text.charCodeAt(at) === 0x20)
        at++;
    // `[^1]` is a footnote mark, not a suffix (Pandoc's rule too).
    if (text.charCodeAt(at) !== CH_OPEN_BRACKET || text.charCodeAt(at + 1) === 0x5e)
        return -1;
    for (let i = at + 1; i < max && i < at + 1000; i++) {
        const code = text.charCodeAt(i);
        if (code === CH_CLOSE_BRACKET) {
            // A link (`[text](url)` or `[text][label]`) is not a suffix.
            const next = text.charCodeAt(i + 1);
            return next === 0x28 || next === CH_OPEN_BRACKET ? -1 : i + 1;
        }
        if (code === CH_OPEN_BRACKET || code === CH_AT || code === 0x5c || code === 0x60 || code === 0x3c || code === 0x0a)
            return -1;
    }
    return -1;
}
/**
 * The inline rule in `csl` mode, at `[` (a whole cluster) and at `@`/`-@`
 * (an author-in-text citation). `citations` gives the text's citations,
 * found once per text.
 */
function cslInlineRule(citations) {
    return (state, silent) => {
        const code = state.src.charCodeAt(state.pos);
        if (code !== CH_OPEN_BRACKET && code !== CH_AT && code !== CH_MINUS)
            return false;
        const list = citations(state);
        const index = list.firstFrom(state.pos);
        if (index >= list.length)
            return false;
        const text = state.src;
        let found;
        if (code === CH_OPEN_BRACKET) {
            found = clusterAt(list, index, state.pos, text);
        }
        else if (list.start(index) === state.pos) {
            const own = item(list, index, text);
            const keyEnd = list.end(index);
            const bracketEnd = suffixBracketEnd(text, keyEnd, state.posMax);
            own.after = bracketEnd === -1 ? '' : text.slice(text.indexOf('[', keyEnd) + 1, bracketEnd - 1);
            own.prefix = '';
            found = {
                cluster: { items: [own], authorInText: !own.suppressAuthor },
                end: bracketEnd === -1 ? keyEnd : bracketEnd,
                keyRanges: [list.keyStart(index) - state.pos, list.keyEnd(index) - state.pos],
            };
        }
        if (!found || found.end > state.posMax)
            return false;
        if (!silent) {
            const token = state.push(exports.CLUSTER_TOKEN, '', 0);
            token.meta = { cluster: found.cluster, source: text.slice(state.pos, found.end), keyRanges: found.keyRanges };
        }
        state.pos = found.end;
        return true;
    };
}
/** `::: {#refs}` followed by its closing `:::` (nothing between, so no text is hidden): where the bibliography goes. */
function refsBlockRule(state, startLine, endLine, silent) {
    const line = (n) => state.src.slice(state.bMarks[n] + state.tShift[n], state.eMarks[n]);
    if (state.sCount[startLine] - state.blkIndent >= 4)
        return false;
    if (!/^:{3,}\s*\{\s*#refs(?:\s+[^}]*)?\}\s*$/.test(line(startLine)) && !/^:{3,}\s*refs\s*$/.test(line(startLine)))
        return false;
    let next = startLine + 1;
    while (next < endLine && state.isEmpty(next))
        next++;
    if (next >= endLine || !/^:{3,}\s*$/.test(line(next)))
        return false;
    if (silent)
        return true;
    const token = state.push(exports.REFS_TOKEN, 'div', 0);
    token.map = [startLine, next + 1];
    token.block = true;
    state.line = next + 1;
    return true;
}
/** Formatted notes, newest last; a few are kept (the preview renders one note at a time, sometimes two). */
const KEPT_NOTES = 8;
/** Formats a note's citations once its tokens are parsed, and places the bibliography and footnotes. */
class CslNoteRenderer {
    host;
    kept = new Map();
    formatterIds = new WeakMap();
    nextFormatterId = 1;
    constructor(host) {
        this.host = host;
    }
    formatted(formatter, clusters, options, document) {
        let id = this.formatterIds.get(formatter);
        if (id === undefined)
            this.formatterIds.set(formatter, (id = this.nextFormatterId++));
        // The note counts too: what a key means depends on the libraries its front matter names.
        const key = JSON.stringify([id, this.host.version?.() ?? 0, String(document ?? ''), options.nocite, options.linkCitations, clusters]);
        let note = this.kept.get(key);
        if (note) {
            this.kept.delete(key);
        }
        else {
            note = formatter.format({ clusters, nocite: options.nocite, linkCitations: options.linkCitations, maxUncited: this.host.maxUncited }, (citeKey) => {
                const paper = this.host.lookup(citeKey, document);
                return paper ? (0, cslItems_1.cslItemFor)(this.host.forFormatting(paper)) : undefined;
            }, this.host.keys);
            if (this.kept.size >= KEPT_NOTES)
                this.kept.delete(this.kept.keys().next().value);
        }
        this.kept.set(key, note);
        return note;
    }
    /** The core rule: runs after parsing. Returns the cited keys in order of first citation. */
    run(state, options, showBibliography) {
        const metas = [];
        const noteTokens = [];
        (0, citationTokens_1.forEachCitationToken)(state.tokens, exports.CLUSTER_TOKEN, (token, children, index) => {
            metas.push(token.meta);
            noteTokens.push({ children, index });
        });
        const refs = state.tokens.find((token) => token.type === exports.REFS_TOKEN);
        const cited = [...new Set(metas.flatMap((meta) => meta.cluster.items.map((citeItem) => citeItem.key)))];
        if (!metas.length && !options.nocite.length)
            return cited;
        const document = state.env?.currentDocument;
        let formatter;
        let note;
        try {
            formatter = this.host.formatter(options, document);
            note = this.formatted(formatter, metas.map((meta) => meta.cluster), options, document);
        }
        catch (error) {
            // One entry citeproc-js cannot take must not take the note down: its citations stay as written.
            for (const meta of metas)
                meta.html = `<span class="citation" data-cites="${(0, escape_1.escapeHtml)(meta.cluster.items.map((citeItem) => citeItem.key).join(' '))}">${(0, escape_1.escapeHtml)(meta.source)}</span>`;
            const token = new state.Token('html_block', '', 0);
            token.content = `<p class="paper-notes-unknown">Paper Notes could not format this note's citations: ${(0, escape_1.escapeHtml)(String(error?.message ?? error))}</p>\n`;
            state.tokens.push(token);
            return cited;
        }
        const isNoteStyle = formatter.info.kind === 'note';
        const footnotes = [];
        metas.forEach((meta, n) => {
            const formatted = note.citations[n];
            const known = new Set(formatted.keys);
            const unknown = meta.cluster.items.filter((citeItem) => !known.has(citeItem.key));
            const cites = (0, escape_1.escapeHtml)(meta.cluster.items.map((citeItem) => citeItem.key).join(' '));
            if (!known.size) {
                // Nothing to format: the citation as written, its keys marked unknown.
                let html = '';
                let at = 0;
                for (let k = 0; k < meta.keyRanges.length; k += 2) {
                    const keyStart = meta.keyRanges[k];
                    const keyEnd = meta.keyRanges[k + 1];
                    const atSign = meta.source.lastIndexOf('@', keyStart);
                    html += (0, escape_1.escapeHtml)(meta.source.slice(at, atSign)) + this.host.unknownHtml(meta.source.slice(keyStart, keyEnd), meta.source.slice(atSign, keyEnd + (meta.source[keyEnd] === '}' ? 1 : 0)));
                    at = keyEnd + (meta.source[keyEnd] === '}' ? 1 : 0);
                }
                meta.html = `<span class="citation" data-cites="${cites}">${html}${(0, escape_1.escapeHtml)(meta.source.slice(at))}</span>`;
                return;
            }
            let html = formatted.html;
            if (isNoteStyle && formatted.note !== null) {
                const number = footnotes.length + 1;
                footnotes.push(`<li id="fn${number}" role="doc-endnote"><p>${formatted.note}<a href="#fnref${number}" class="footnote-back" role="doc-backlink">↩︎</a></p></li>`);
                html += `<a href="#fn${number}" class="footnote-ref" id="fnref${number}" role="doc-noteref"><sup>${number}</sup></a>`;
                if (!meta.cluster.authorInText)
                    movePunctuation(noteTokens[n].children, noteTokens[n].index);
            }
            // An unknown item shows as written, its prefix and suffix too: nothing the note says is dropped.
            const unknownHtml = unknown.map((citeItem) => `${citeItem.prefix ? `${(0, escape_1.escapeHtml)(citeItem.prefix)} ` : ''}${this.host.unknownHtml(citeItem.key, `${citeItem.suppressAuthor ? '-' : ''}@${citeItem.key}`)}${(0, escape_1.escapeHtml)(citeItem.after.replace(/\s+$/, ''))}`).join('; ');
            // Not in Pandoc's HTML, and harmless to stylesheets written for it: what each cited paper is, on hover.
            const tooltip = [...known].map((key) => this.host.lookup(key, document)).filter((paper) => !!paper).map((paper) => this.host.tooltip(paper)).join('; ');
            meta.html = `<span class="citation" data-cites="${cites}"${tooltip ? ` title="${(0, escape_1.escapeHtml)(tooltip)}"` : ''}>${html}</span>${unknownHtml ? ` ${unknownHtml}` : ''}`;
        });
        const tail = [];
        if (showBibliography && !options.suppressBibliography && note.bibliography.length) {
            const title = options.referenceSectionTitle ? `<h1 class="unnumbered" id="bibliography">${(0, escape_1.escapeHtml)(options.referenceSectionTitle)}</h1>\n` : '';
            const omitted = note.omitted ? `<p class="paper-notes-omitted">${note.omitted} more entries of <code>nocite</code> are left out of the preview (<code>paper-notes render</code> prints them all).</p>\n` : '';
            const html = `${title}<div id="refs" class="${['references', 'csl-bib-body', ...note.bibliographyClasses].join(' ')}" role="doc-bibliography">\n${note.bibliography.map((entry) => `<div id="ref-${(0, escape_1.escapeHtml)(entry.key)}" class="csl-entry" role="doc-biblioentry">${entry.html}</div>\n`).join('')}</div>\n${omitted}`;
            if (refs) {
                refs.type = 'html_block';
                refs.content = html;
            }
            else {
                const token = new state.Token('html_block', '', 0);
                token.content = html;
                tail.push(token);
            }
        }
        if (footnotes.length) {
            const token = new state.Token('html_block', '', 0);
            token.content = `<section class="footnotes footnotes-end-of-document" role="doc-endnotes">\n<hr />\n<ol>\n${footnotes.join('\n')}\n</ol>\n</section>\n`;
            tail.push(token);
        }
        state.tokens.push(...tail);
        return cited;
    }
}
exports.CslNoteRenderer = CslNoteRenderer;
/**
 * As Pandoc does for a note style: the space before a citation goes, and
 * punctuation right after it moves before the note mark (`text [@a].` reads
 * `text.¹`).
 */
function movePunctuation(children, index) {
    const before = children[index - 1];
    const after = children[index + 1];
    if (before?.type === 'text')
        before.content = before.content.replace(/[ \t]+$/, '');
    if (after?.type === 'text' && before?.type === 'text') {
        const punctuation = /^[.,;:!?]+/.exec(after.content);
        if (punctuation && !/[.,;:!?]$/.test(before.content)) {
            before.content += punctuation[0];
            after.content = after.content.slice(punctuation[0].length);
        }
    }
}
