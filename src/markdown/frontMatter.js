"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.frontMatterText = frontMatterText;
exports.noteBibliographies = noteBibliographies;
exports.noteCitationOptions = noteCitationOptions;
/**
 * What a note's YAML front matter says about its citations, as Pandoc reads
 * it: `bibliography:` (one file or a list). Only the front matter block is
 * read, with the maintained `yaml` parser; a front matter that is not valid
 * YAML names no files. Pure.
 */
const yaml_1 = require("yaml");
const noteCitations_1 = require("./noteCitations");
/** The front matter block's text, without its `---` lines, or null when the note has none. */
function frontMatterText(note) {
    if (!note.startsWith('---'))
        return null;
    // Only the first lines can be front matter: split just enough of the note.
    const lines = note.slice(0, 200_000).split(/\r\n|\n|\r/);
    const count = (0, noteCitations_1.frontMatterLines)(lines);
    return count ? lines.slice(1, count - 1).join('\n') : null;
}
/** The library files the note names in `bibliography:`, as written (relative to the note's folder, or absolute). */
function noteBibliographies(note) {
    const text = frontMatterText(note);
    if (text === null || !/^bibliography\s*:/m.test(text))
        return [];
    let data;
    try {
        data = (0, yaml_1.parse)(text, { maxAliasCount: 10 });
    }
    catch {
        return [];
    }
    if (!data || typeof data !== 'object')
        return [];
    const value = data.bibliography;
    const files = Array.isArray(value) ? value : [value];
    return files.filter((file) => typeof file === 'string' && file.trim() !== '').map((file) => file.trim());
}
const CITATION_FIELDS = /^(?:csl|citation-style|lang|nocite|link-citations|reference-section-title|suppress-bibliography)\s*:/m;
/** YAML's idea of true, and Pandoc's (`true`, `yes`, `on`). */
const isTrue = (value) => value === true || (typeof value === 'string' && /^(?:true|yes|on)$/i.test(value.trim()));
const text = (value) => (typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined);
/** The citation options of a front matter block's text (see `frontMatterText`); defaults when it has none or is not YAML. */
function noteCitationOptions(frontMatter) {
    const options = { nocite: [], linkCitations: false, suppressBibliography: false };
    if (frontMatter === null || !CITATION_FIELDS.test(frontMatter))
        return options;
    let data;
    try {
        data = (0, yaml_1.parse)(frontMatter, { maxAliasCount: 10 });
    }
    catch {
        return options;
    }
    if (!data || typeof data !== 'object' || Array.isArray(data))
        return options;
    const fields = data;
    options.csl = text(fields.csl) ?? text(fields['citation-style']);
    options.lang = text(fields.lang);
    const nocite = fields.nocite;
    const nociteText = Array.isArray(nocite) ? nocite.filter((item) => typeof item === 'string').join(' ') : typeof nocite === 'string' ? nocite : '';
    for (const match of nociteText.matchAll(/(?<![\w.])@(\*|\{[^{}\s]+\}|[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)/gu)) {
        options.nocite.push(match[1].replace(/^\{|\}$/g, '').replace(/[:.#$%&+?<>~/-]+$/, ''));
    }
    options.linkCitations = isTrue(fields['link-citations']);
    options.referenceSectionTitle = text(fields['reference-section-title']);
    options.suppressBibliography = isTrue(fields['suppress-bibliography']);
    return options;
}
