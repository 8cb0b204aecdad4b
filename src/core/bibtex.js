"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FINGERPRINT_FIELD = exports.GENERATED_KEYWORD = void 0;
exports.escapeBibtex = escapeBibtex;
exports.fingerprint = fingerprint;
exports.isUnchangedOwnEntry = isUnchangedOwnEntry;
exports.toBibtex = toBibtex;
exports.bibtexToCopy = bibtexToCopy;
exports.toBibtexFile = toBibtexFile;
const SPECIAL = {
    '\\': '\\textbackslash{}',
    '{': '\\{',
    '}': '\\}',
    $: '\\$',
    '&': '\\&',
    '%': '\\%',
    '#': '\\#',
    _: '\\_',
    '^': '\\^{}',
    '~': '\\textasciitilde{}',
};
/** Escapes LaTeX's special characters; non-ASCII (Δ, ×, é) is kept as UTF-8. */
function escapeBibtex(text) {
    return text.replace(/[\\{}$&%#_^~]/g, (ch) => SPECIAL[ch]);
}
/** A URL inside a BibTeX field: only braces and spaces would break it. */
function bibtexUrl(url) {
    return url.replace(/[{}\s]/g, (ch) => encodeURIComponent(ch));
}
/** A keyword on Paper Notes' entries, so people can find them in a reference manager. */
exports.GENERATED_KEYWORD = 'Paper Notes catalogue';
/** The field that carries an entry's fingerprint; always the last field. */
exports.FINGERPRINT_FIELD = 'papernotes';
/**
 * A 64-bit fingerprint of a text (two 32-bit multiplicative hashes), as 16
 * hex digits. Not for security: it tells whether an entry was edited.
 */
function fingerprint(text) {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ code, 2654435761);
        h2 = Math.imul(h2 ^ code, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
const FINGERPRINTED = new RegExp(`,\\n  ${exports.FINGERPRINT_FIELD} = \\{([0-9a-f]{16})\\}\\n\\}$`);
/** True when an entry's text (from `@` to its closing brace) is still exactly what Paper Notes wrote. */
function isUnchangedOwnEntry(entry) {
    const text = entry.replace(/\r\n?/g, '\n');
    const match = FINGERPRINTED.exec(text);
    return !!match && fingerprint(text.slice(0, match.index) + '\n}') === match[1];
}
/** An entry's text with Paper Notes' fingerprint as its last field (what Update Bibliography owns). */
function withFingerprint(entry) {
    return `${entry.slice(0, -2)},\n  ${exports.FINGERPRINT_FIELD} = {${fingerprint(entry)}}\n}\n`;
}
/** A library entry's own BibTeX text, copied as it stands, with the fingerprint added. */
function libraryBibtex(text) {
    const body = text.replace(/\r\n?/g, '\n').trim().replace(/^(@\s*[\w-]+\s*)\(/, '$1{').slice(0, -1).replace(/[\s,]+$/, '');
    return withFingerprint(`${body}\n}`);
}
function toBibtex(paper) {
    if (paper.library?.bibtex)
        return libraryBibtex(paper.library.bibtex);
    const fields = [
        // Double braces keep the title's capitalisation (ViT, DETR) in every style.
        ['title', `{${escapeBibtex(paper.cleanTitle)}}`],
    ];
    // An undated paper has no year: Pandoc and CSL styles print "n.d.".
    if (paper.year !== null)
        fields.push(['year', String(paper.year)]);
    if (paper.date !== null)
        fields.push(['date', paper.date]);
    if (paper.codeUrl)
        fields.push(['url', bibtexUrl(paper.codeUrl)]);
    if (paper.library?.authors.length)
        fields.push(['author', paper.library.authors.map(escapeBibtex).join(' and ')]);
    else if (paper.authorsCount !== null)
        fields.push(['note', `${paper.authorsCount} author${paper.authorsCount === 1 ? '' : 's'} (names not listed)`]);
    fields.push(['abstract', escapeBibtex(paper.cleanAbstract)]);
    if (paper.library?.doi)
        fields.push(['doi', escapeBibtex(paper.library.doi)]);
    if (!paper.library)
        fields.push(['keywords', exports.GENERATED_KEYWORD]);
    return withFingerprint(`@misc{${paper.key},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}`);
}
/** What Copy BibTeX copies: a library entry's own text as it stands in its file, a catalogue paper's generated entry. */
function bibtexToCopy(papers) {
    return papers.map((paper) => (paper.library?.bibtex ? `${paper.library.bibtex.replace(/\r\n?/g, '\n')}\n` : toBibtex(paper))).join('\n');
}
function toBibtexFile(papers) {
    return papers.map(toBibtex).join('\n');
}
