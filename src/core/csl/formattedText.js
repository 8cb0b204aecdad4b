"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.htmlToText = htmlToText;
exports.htmlToMarkdown = htmlToMarkdown;
exports.safeCslHtml = safeCslHtml;
/**
 * citeproc-js's HTML as plain text (to paste into an e-mail) and as Markdown
 * (for a hover). Its HTML is a small set: `<i>`, `<b>`, `<sup>`, `<sub>`,
 * small-caps spans, margin divs of numbered styles, and entities. Pure.
 */
const escape_1 = require("../escape");
/** Plain text: tags gone, entities decoded, white space single. */
function htmlToText(html) {
    return (0, escape_1.decodeEntities)(html.replace(/<\/div>\s*<div[^>]*>/g, ' ').replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}
/** Markdown: italics and bold kept, everything else as escaped text. */
function htmlToMarkdown(html) {
    const parts = html.replace(/<\/div>\s*<div[^>]*>/g, ' ').split(/(<\/?(?:i|em|b|strong)>)/);
    return parts.map((part) => {
        if (/^<\/?(?:i|em)>$/.test(part))
            return '*';
        if (/^<\/?(?:b|strong)>$/.test(part))
            return '**';
        return (0, escape_1.escapeMarkdown)((0, escape_1.decodeEntities)(part.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' '));
    }).join('').trim();
}
/**
 * The tags citeproc-js writes in HTML: its formatting, the margin and block
 * divs of numbered and indented styles, and the links made for
 * link-citations. Anything else is escaped.
 */
const CSL_TAG = /^<(?:\/?(?:i|b|em|strong|sup|sub)|\/span|\/div|\/a|span class="nocase"|span style="(?:font-variant:\s?small-caps|font-style:\s?normal|font-weight:\s?normal|text-decoration:\s?underline|baseline|vertical-align:\s?baseline);?"|div class="csl-(?:left-margin|right-inline|indent|block)"|a href="#ref-[^"<>&]*(?:&[a-z]+;[^"<>&]*)*" role="doc-biblioref")>$/;
/**
 * citeproc-js escapes what items hold, but writes a style's own terms (its
 * quotation marks, for one) as they are: a hostile `.csl` file could put
 * markup there. Only citeproc-js's own tags are kept; every other `<` and
 * every `&` that starts no entity is escaped. Linear.
 */
function safeCslHtml(html) {
    let out = '';
    let at = 0;
    while (at < html.length) {
        const lt = html.indexOf('<', at);
        const textEnd = lt === -1 ? html.length : lt;
        out += html.slice(at, textEnd).replace(/&(?!(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{1,10});)/gi, '&amp;').replace(/>/g, '&gt;');
        if (lt === -1)
            break;
        const gt = html.indexOf('>', lt);
        const nextLt = html.indexOf('<', lt + 1);
        const tag = gt !== -1 && (nextLt === -1 || gt < nextLt) ? html.slice(lt, gt + 1) : '';
        if (tag && CSL_TAG.test(tag)) {
            out += tag;
            at = gt + 1;
        }
        else {
            out += '&lt;';
            at = lt + 1;
        }
    }
    return out;
}
