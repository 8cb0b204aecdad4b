"use strict";
/**
 * Escaping and entity decoding, in one place for every output Paper Notes
 * writes (preview HTML, citeproc-js's HTML as text or Markdown, hovers) and
 * every input it reads (CSL rich text, CSL style attributes). Pure.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.escapeHtml = escapeHtml;
exports.escapeMarkdown = escapeMarkdown;
exports.decodeEntities = decodeEntities;
/** Text as HTML text or a quoted attribute value: nothing in it is markup. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]);
}
/** Escapes Markdown so catalogue and library text cannot inject links, HTML or formatting. */
function escapeMarkdown(text) {
    return text.replace(/[\\`*_{}[\]()#+\-.!|<>~$&]/g, (ch) => `\\${ch}`);
}
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** XML and HTML character references decoded (`&amp;`, `&#38;`, `&#x26;`, `&nbsp;`); an unknown or out-of-range one stays as written. */
function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (whole, name) => {
        if (name[0] !== '#')
            return ENTITIES[name.toLowerCase()] ?? whole;
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}
