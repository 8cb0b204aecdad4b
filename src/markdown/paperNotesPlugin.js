"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.escapeHtml = exports.DEFAULT_SETTINGS = exports.CITATION_LABELS = void 0;
exports.tooltipFor = tooltipFor;
exports.popoverCardsHtml = popoverCardsHtml;
exports.createPaperNotesPlugin = createPaperNotesPlugin;
const citationSyntax_1 = require("../core/citationSyntax");
const escape_1 = require("../core/escape");
Object.defineProperty(exports, "escapeHtml", { enumerable: true, get: function () { return escape_1.escapeHtml; } });
const nearestKeys_1 = require("../core/nearestKeys");
const summaryView_1 = require("../core/summaryView");
const citationTokens_1 = require("./citationTokens");
const cslCitations_1 = require("./cslCitations");
const frontMatter_1 = require("./frontMatter");
exports.CITATION_LABELS = ['csl', 'key', 'number', 'nameYear'];
exports.DEFAULT_SETTINGS = { citationLabel: 'csl', references: true };
const CITATION_TOKEN = 'paper_notes_citation';
function tooltipFor(paper) {
    const name = paper.summary?.name;
    return `${paper.cleanTitle} (${(0, summaryView_1.yearText)(paper)})${name ? ` — ${name}` : ''}`;
}
/** The host with its defaults filled in. */
class Resolver {
    host;
    /** "Did you mean" answers for unknown keys, kept for one parse and render of a note. */
    nearest = new Map();
    /** Suggestions cost a pass over every known key: a note gets them for this many distinct unknown keys. */
    static SUGGESTED_KEYS = 20;
    constructor(host) {
        this.host = host;
    }
    /** The settings of the note being parsed and rendered, read once when it starts. */
    current = exports.DEFAULT_SETTINGS;
    /** A new note is being parsed: known keys and settings may have changed since the last. */
    startNote() {
        this.nearest.clear();
        this.current = this.settings();
    }
    settings() {
        const settings = { ...exports.DEFAULT_SETTINGS, ...this.host.settings?.() };
        if (settings.citationLabel === 'csl' && !this.host.citationStyle)
            settings.citationLabel = 'key';
        return settings;
    }
    /** The paper a key means; with the note, as the note sees it (its own front matter libraries count). */
    lookup(key, document) {
        return document === undefined ? this.host.lookup(key) : this.host.lookup(key, document);
    }
    /** A key that goes into the References list: a paper, or the user's own entry. */
    resolves(key) {
        return !!this.host.lookup(key) || !!this.host.isKnown?.(key);
    }
    suggestions(key) {
        let near = this.nearest.get(key);
        if (!near) {
            if (this.nearest.size >= Resolver.SUGGESTED_KEYS)
                return [];
            near = this.host.keys ? (0, nearestKeys_1.nearestKeys)(key, this.host.keys()) : [];
            this.nearest.set(key, near);
        }
        return near;
    }
}
// ---- Parsing: citations are inline tokens; what the note cites is gathered once parsing is done.
/** Citations of one inline text, found once per text. */
const citationsByState = new WeakMap();
function citationsOf(state) {
    let list = citationsByState.get(state);
    if (!list) {
        list = (0, citationSyntax_1.scanInline)(state.src).list;
        citationsByState.set(state, list);
    }
    return list;
}
/** The index of the citation that starts at the rule's position, or -1. */
function citationStartingAt(state) {
    // No link labels needed here: markdown-it's own link rule runs first and takes
    // reference links whole, and the rule never cites inside a link's text.
    const list = citationsOf(state);
    const index = list.firstFrom(state.pos);
    return index < list.length && list.start(index) === state.pos ? { list, index } : undefined;
}
/** Inline rule at `@` and `-@`: markdown-it's text rule stops at both characters. */
function citationRule(state, silent) {
    const code = state.src.charCodeAt(state.pos);
    if (code !== 0x40 /* @ */ && code !== 0x2d /* - */)
        return false;
    const found = citationStartingAt(state);
    if (!found)
        return false;
    const end = found.list.end(found.index);
    if (end > state.posMax)
        return false;
    if (!silent) {
        const token = state.push(CITATION_TOKEN, '', 0);
        token.meta = { key: found.list.key(found.index), source: state.src.slice(state.pos, end), number: 0, mode: 'key' };
    }
    state.pos = end;
    return true;
}
/**
 * After parsing: a citation that markdown-it put inside a link or an image's
 * alt text becomes plain text again; the others are numbered in order of
 * first citation, counting only keys that resolve (so numbers match the
 * References list).
 */
function gatherCitations(state, resolver, mode) {
    const cited = new Set();
    const numbers = new Map();
    (0, citationTokens_1.forEachCitationToken)(state.tokens, CITATION_TOKEN, (token) => {
        const meta = token.meta;
        if (!cited.has(meta.key)) {
            cited.add(meta.key);
            if (resolver.resolves(meta.key))
                numbers.set(meta.key, numbers.size + 1);
        }
        meta.number = numbers.get(meta.key) ?? 0;
        meta.mode = mode;
    });
    return [...cited];
}
/** The note's front matter text: VS Code's preview has a token for it, `render` passes it in `env`. */
function noteFrontMatter(state) {
    const env = state.env;
    if (typeof env?.paperNotesFrontMatter === 'string')
        return env.paperNotesFrontMatter;
    const token = state.tokens.find((candidate) => candidate.type === 'front_matter');
    if (token && typeof token.meta === 'string')
        return token.meta;
    return (0, frontMatter_1.frontMatterText)(state.src);
}
function citationsCoreRule(resolver, csl) {
    return (state) => {
        const settings = resolver.current;
        const isCsl = settings.citationLabel === 'csl';
        const cited = isCsl ? csl.run(state, (0, frontMatter_1.noteCitationOptions)(noteFrontMatter(state)), settings.references) : gatherCitations(state, resolver, settings.citationLabel);
        const resolved = cited.filter((key) => resolver.resolves(key));
        for (const token of state.tokens) {
            if (token.type === 'fence' && fenceInfo(token) === 'papers cited') {
                token.meta = { ...token.meta, paperNotesCited: resolved.filter((key) => resolver.lookup(key)) };
            }
        }
        // The cards are what the note's citations mean: looked up as the note sees them (as the CSL label formats them).
        const document = state.env?.currentDocument;
        const papers = resolved.flatMap((key) => {
            const paper = resolver.lookup(key, document);
            return paper ? [paper] : [];
        });
        if (!isCsl && settings.references && resolved.length > 0) {
            const token = new state.Token('html_block', '', 0);
            token.content = referencesHtml(resolved, resolver, settings.citationLabel === 'number');
            state.tokens.push(token);
        }
        // The summary card each citation opens on hover or focus (media/previewPopover.js), in the page itself: nothing is fetched.
        if (papers.length) {
            const token = new state.Token('html_block', '', 0);
            token.content = popoverCardsHtml(papers);
            state.tokens.push(token);
        }
    };
}
/**
 * Hidden cards, one per cited paper, that the preview's script shows beside a
 * citation on hover or keyboard focus. Without the script (a page from
 * `paper-notes render` under a CSP that allows no script) they stay hidden
 * and each citation's `title` still says what the paper is.
 */
function popoverCardsHtml(papers) {
    const cards = papers.map((paper) => {
        const rows = (0, summaryView_1.summaryRows)(paper, { kind: false, maxResults: 2 }).filter((row) => POPOVER_ROWS.has(row.label))
            .map((row) => `<dt>${(0, escape_1.escapeHtml)(row.label)}</dt><dd>${(0, escape_1.escapeHtml)(row.value)}</dd>`).join('');
        const code = paper.codeUrl ? `<dt>Code</dt><dd>${codeLinkHtml(paper.codeUrl, paper.codeUrl.replace(/^https?:\/\//, ''))}</dd>` : '';
        return `<div class="paper-notes-popover-card" data-key="${(0, escape_1.escapeHtml)(paper.key)}">`
            + `<div class="paper-notes-card-head"><span class="paper-notes-name">${(0, escape_1.escapeHtml)((0, summaryView_1.displayName)(paper))}</span>`
            + `<span class="paper-notes-year">${(0, escape_1.escapeHtml)((0, summaryView_1.yearText)(paper))}</span>`
            + `${paper.summary ? `<span class="paper-notes-kind">${(0, escape_1.escapeHtml)(paper.summary.kind)}</span>` : ''}</div>`
            + `<div class="paper-notes-title">${(0, escape_1.escapeHtml)(paper.cleanTitle)}</div>`
            + `${rows || code ? `<dl class="paper-notes-fields">${rows}${code}</dl>` : ''}</div>`;
    });
    return `<div class="paper-notes-popovers" hidden>${cards.join('')}</div>\n`;
}
/** What a popover shows: what the paper is, not everything the card in a note shows. */
const POPOVER_ROWS = new Set(['Venue', 'Family', 'Modalities', 'Results', 'Summary']);
// ---- Rendering.
function citationLabel(paper, meta, mode) {
    if (mode === 'number')
        return String(meta.number);
    if (mode === 'nameYear')
        return meta.source.startsWith('-') ? (0, summaryView_1.yearText)(paper) : `${(0, summaryView_1.displayName)(paper)} ${(0, summaryView_1.yearText)(paper)}`;
    return meta.source;
}
function citationHtml(meta, resolver) {
    const paper = resolver.lookup(meta.key);
    const mode = meta.mode;
    const key = (0, escape_1.escapeHtml)(meta.key);
    if (paper) {
        const label = citationLabel(paper, meta, mode);
        return `<a class="paper-notes-cite" href="#paper-notes-ref-${key}" title="${(0, escape_1.escapeHtml)(tooltipFor(paper))}" data-key="${key}">${(0, escape_1.escapeHtml)(label)}</a>`;
    }
    if (meta.number > 0) {
        const label = mode === 'number' ? String(meta.number) : meta.source;
        return `<a class="paper-notes-cite paper-notes-own" href="#paper-notes-ref-${key}" title="${(0, escape_1.escapeHtml)(`@${meta.key} — an entry of your bibliography`)}" data-key="${key}">${(0, escape_1.escapeHtml)(label)}</a>`;
    }
    const near = resolver.suggestions(meta.key);
    const hint = `Unknown citation key '${meta.key}'${near.length ? ` — did you mean ${near.join(', ')}?` : ''}`;
    return `<span class="paper-notes-cite paper-notes-unknown" title="${(0, escape_1.escapeHtml)(hint)}">${(0, escape_1.escapeHtml)(meta.source)}</span>`;
}
function unknownHtml(key, resolver) {
    const near = resolver.suggestions(key);
    return `<div class="paper-notes-card paper-notes-unknown-card"><span class="paper-notes-unknown">Unknown citation key '${(0, escape_1.escapeHtml)(key)}'</span>${near.length ? ` — did you mean ${near.map((k) => `<code>${(0, escape_1.escapeHtml)(k)}</code>`).join(', ')}?` : ''}</div>`;
}
function codeLinkHtml(url, text) {
    return `<a href="${(0, escape_1.escapeHtml)(url)}">${(0, escape_1.escapeHtml)(text)}</a>`;
}
function cardHtml(paper) {
    const rows = (0, summaryView_1.summaryRows)(paper, { kind: false }).map((row) => `<dt>${(0, escape_1.escapeHtml)(row.label)}</dt><dd>${(0, escape_1.escapeHtml)(row.value)}</dd>`).join('');
    const code = paper.codeUrl ? `<dt>Code</dt><dd>${codeLinkHtml(paper.codeUrl, paper.codeUrl.replace(/^https?:\/\//, ''))}</dd>` : '';
    return `<div class="paper-notes-card" id="paper-notes-card-${(0, escape_1.escapeHtml)(paper.key)}">`
        + `<div class="paper-notes-card-head"><span class="paper-notes-name">${(0, escape_1.escapeHtml)((0, summaryView_1.displayName)(paper))}</span>`
        + `<span class="paper-notes-year">${(0, escape_1.escapeHtml)((0, summaryView_1.yearText)(paper))}</span>`
        + `${paper.summary ? `<span class="paper-notes-kind">${(0, escape_1.escapeHtml)(paper.summary.kind)}</span>` : ''}</div>`
        + `<div class="paper-notes-title">${(0, escape_1.escapeHtml)(paper.cleanTitle)} <code class="paper-notes-key">@${(0, escape_1.escapeHtml)(paper.key)}</code></div>`
        + `<dl class="paper-notes-fields">${rows}${code}</dl></div>`;
}
const TABLE_HEAD = ['Name', 'Year', 'Family', 'Modality', 'Complexity', 'Headline result', 'Code'];
function tableRowHtml(key, resolver) {
    const paper = resolver.lookup(key);
    if (!paper)
        return `<tr><td colspan="${TABLE_HEAD.length}">${unknownHtml(key, resolver)}</td></tr>`;
    const summary = paper.summary;
    const cells = [
        `<a href="#paper-notes-ref-${(0, escape_1.escapeHtml)(paper.key)}" title="${(0, escape_1.escapeHtml)(tooltipFor(paper))}">${(0, escape_1.escapeHtml)((0, summaryView_1.displayName)(paper))}</a>`,
        (0, escape_1.escapeHtml)((0, summaryView_1.yearText)(paper)),
        (0, escape_1.escapeHtml)(summary?.family.map(summaryView_1.familyName).join(', ') ?? ''),
        (0, escape_1.escapeHtml)(summary?.modalities.join(', ') ?? ''),
        (0, escape_1.escapeHtml)(summary?.complexity ?? ''),
        (0, escape_1.escapeHtml)((0, summaryView_1.headlineResult)(paper)),
        paper.codeUrl ? codeLinkHtml(paper.codeUrl, 'code') : '',
    ];
    return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
}
function tableHtml(keys, resolver) {
    return `<table class="paper-notes-table"><thead><tr>${TABLE_HEAD.map((cell) => `<th>${cell}</th>`).join('')}</tr></thead>`
        + `<tbody>${keys.map((key) => tableRowHtml(key, resolver)).join('')}</tbody></table>`;
}
function referenceItemHtml(key, resolver, numbered) {
    const paper = resolver.lookup(key);
    const label = numbered ? '' : `<code>@${(0, escape_1.escapeHtml)(key)}</code> `;
    if (!paper)
        return `<li id="paper-notes-ref-${(0, escape_1.escapeHtml)(key)}">${label}${numbered ? `<code>@${(0, escape_1.escapeHtml)(key)}</code> ` : ''}(an entry of your bibliography)</li>`;
    return `<li id="paper-notes-ref-${(0, escape_1.escapeHtml)(key)}">${label}${(0, escape_1.escapeHtml)(paper.cleanTitle)} (${(0, escape_1.escapeHtml)((0, summaryView_1.yearText)(paper))})`
        + `${paper.codeUrl ? ` — ${codeLinkHtml(paper.codeUrl, 'code')}` : ''}</li>`;
}
function referencesHtml(keys, resolver, numbered) {
    const list = numbered ? 'ol' : 'ul';
    return `<section class="paper-notes-references"><h2>References</h2><${list}>${keys.map((key) => referenceItemHtml(key, resolver, numbered)).join('')}</${list}></section>\n`;
}
function fenceInfo(token) {
    return token.info.trim().replace(/\s+/g, ' ');
}
const keysIn = (content) => content.split(/[\s,;]+/).map((key) => key.replace(/^@/, '')).filter(Boolean);
/** The ```paper and ```papers blocks; any other fence renders as before. */
function fenceHtml(token, resolver) {
    const info = fenceInfo(token);
    if (info === 'paper') {
        return `<div class="paper-notes-cards">${keysIn(token.content).map((key) => {
            const paper = resolver.lookup(key);
            return paper ? cardHtml(paper) : unknownHtml(key, resolver);
        }).join('')}</div>\n`;
    }
    if (info !== 'papers' && info !== 'papers cited')
        return null;
    const keys = info === 'papers cited' ? token.meta?.paperNotesCited ?? [] : keysIn(token.content);
    return keys.length ? `${tableHtml(keys, resolver)}\n` : '<p class="paper-notes-empty">No cited papers to compare yet.</p>\n';
}
function createPaperNotesPlugin(host) {
    const resolver = new Resolver(host);
    const csl = new cslCitations_1.CslNoteRenderer({
        lookup: (key, document) => host.lookup(key, document),
        forFormatting: (paper) => host.forFormatting?.(paper) ?? paper,
        formatter: (options, document) => host.citationStyle(options, document),
        keys: host.keys ? () => host.keys() : undefined,
        version: host.version ? () => host.version() : undefined,
        maxUncited: host.maxUncited,
        unknownHtml: (key, source) => citationHtml({ key, source, number: 0, mode: 'key' }, resolver),
        tooltip: tooltipFor,
    });
    const cslRule = (0, cslCitations_1.cslInlineRule)(citationsOf);
    return (md) => {
        // The label decides how citations are parsed: settings are read once, as a note's parse starts.
        md.core.ruler.before('block', 'paper_notes_label', () => resolver.startNote());
        const isCsl = () => resolver.current.citationLabel === 'csl';
        md.block.ruler.before('paragraph', cslCitations_1.REFS_TOKEN, (state, startLine, endLine, silent) => isCsl() && (0, cslCitations_1.refsBlockRule)(state, startLine, endLine, silent));
        md.inline.ruler.push(cslCitations_1.CLUSTER_TOKEN, (state, silent) => isCsl() && cslRule(state, silent));
        md.inline.ruler.push(CITATION_TOKEN, (state, silent) => !isCsl() && citationRule(state, silent));
        md.core.ruler.push('paper_notes_citations', citationsCoreRule(resolver, csl));
        md.renderer.rules[CITATION_TOKEN] = (tokens, index) => citationHtml(tokens[index].meta, resolver);
        md.renderer.rules[cslCitations_1.CLUSTER_TOKEN] = (tokens, index) => tokens[index].meta.html ?? (0, escape_1.escapeHtml)(tokens[index].meta.source);
        md.renderer.rules[cslCitations_1.REFS_TOKEN] = () => '';
        const fence = md.renderer.rules.fence;
        md.renderer.rules.fence = (tokens, index, options, env, self) => fenceHtml(tokens[index], resolver) ?? (fence ? fence(tokens, index, options, env, self) : self.renderToken(tokens, index, options));
    };
}
