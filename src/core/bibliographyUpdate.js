"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.planBibliography = planBibliography;
exports.planBibliographyBytes = planBibliographyBytes;
exports.bibliographyMessage = bibliographyMessage;
/**
 * Update Bibliography's one merge core, shared by the extension and
 * `paper-notes bibliography`: what to write into the user's .bib file so that
 * every cited paper has an entry, without losing a byte of theirs. Pure.
 *
 * - The file's bytes decide: it must be valid UTF-8 (a BOM is kept); otherwise
 *   nothing is written and the message names the line of the first bad byte.
 * - The file must scan as BibTeX; otherwise nothing is written and the message
 *   names the line and column.
 * - An entry is Paper Notes' own only while it is exactly what Paper Notes
 *   wrote (its fingerprint matches): such entries are refreshed in place.
 *   Entries the user wrote or edited are never touched; nothing is removed or
 *   reordered. New entries are appended with the file's own line endings.
 * - The result is a list of edits to the text, so a host can apply them to an
 *   open editor as one undoable edit, or write the new bytes.
 */
const bibtex_1 = require("./bibtex");
const textEdit_1 = require("./textEdit");
const bibScanner_1 = require("./library/bibScanner");
const textEncoding_1 = require("./textEncoding");
/** Plans the update of a .bib file's text for the cited papers. */
function planBibliography(existing, papers) {
    const scan = (0, bibScanner_1.scanBibText)(existing);
    if (scan.errors.length) {
        const [first] = scan.errors;
        const more = scan.errors.length - 1;
        return { refused: true, reason: `line ${first.line}, column ${first.column}: ${first.message}${more ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''}` };
    }
    const eol = (0, textEncoding_1.lineEndingOf)(existing);
    const withEol = (text) => (eol === '\n' ? text : text.replace(/\n/g, eol));
    const byKey = new Map();
    for (const entry of scan.entries) {
        const list = byKey.get(entry.key) ?? [];
        list.push({ start: entry.start, end: entry.end, own: (0, bibtex_1.isUnchangedOwnEntry)(existing.slice(entry.start, entry.end)) });
        byKey.set(entry.key, list);
    }
    const plan = { refused: false, text: existing, edits: [], added: [], updated: [], keptEdited: [], keptUsers: [], unchanged: true };
    const appended = [];
    for (const paper of papers) {
        const entries = byKey.get(paper.key);
        const fresh = withEol((0, bibtex_1.toBibtex)(paper).trimEnd());
        if (!entries) {
            appended.push(fresh);
            plan.added.push(paper.key);
        }
        else if (entries.some((entry) => !entry.own)) {
            // An entry that carries Paper Notes' fingerprint but no longer matches it was edited by the user.
            const edited = entries.some((entry) => !entry.own && /\bpapernotes\s*=/.test(existing.slice(entry.start, entry.end)));
            (edited ? plan.keptEdited : plan.keptUsers).push(paper.key);
        }
        else {
            const stale = entries.filter((entry) => existing.slice(entry.start, entry.end) !== fresh);
            for (const entry of stale)
                plan.edits.push({ start: entry.start, end: entry.end, text: fresh });
            if (stale.length)
                plan.updated.push(paper.key);
        }
    }
    plan.edits.sort((a, b) => a.start - b.start);
    if (appended.length) {
        const separator = existing.length === 0 ? '' : existing.endsWith(eol + eol) ? '' : existing.endsWith(eol) ? eol : eol + eol;
        plan.edits.push({ start: existing.length, end: existing.length, text: `${separator}${appended.join(eol + eol)}${eol}` });
    }
    plan.text = (0, textEdit_1.applyEdits)(existing, plan.edits);
    plan.unchanged = plan.edits.length === 0;
    return plan;
}
/** The same plan from the file's bytes (null: no file yet), with the bytes to write. */
function planBibliographyBytes(bytes, papers) {
    const decoded = bytes ? (0, textEncoding_1.decodeUtf8)(bytes) : { ok: true, text: '', bom: false };
    if (!decoded.ok)
        return { refused: true, reason: decoded.message };
    const plan = planBibliography(decoded.text, papers);
    if (plan.refused)
        return plan;
    return { ...plan, source: decoded.text, bytes: (0, textEncoding_1.encodeUtf8)(plan.text, decoded.bom) };
}
const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;
/** The one message both the extension and the command line give, without a prefix. */
function bibliographyMessage(file, outcome, citedCount) {
    if (outcome.refused)
        return `cannot update ${file}: ${outcome.reason}. Nothing was written.`;
    const parts = [
        outcome.added.length ? `${outcome.added.length} added` : '',
        outcome.updated.length ? `${outcome.updated.length} updated` : '',
        outcome.keptUsers.length ? `${outcome.keptUsers.length} kept as you wrote ${outcome.keptUsers.length === 1 ? 'it' : 'them'}` : '',
        outcome.keptEdited.length ? `${outcome.keptEdited.length} you edited, kept as yours (${outcome.keptEdited.join(', ')})` : '',
    ].filter(Boolean);
    return `${file} ${outcome.unchanged ? 'is up to date' : 'updated'} (${count(citedCount, 'cited paper')}${parts.length ? `: ${parts.join(', ')}` : ''}).`;
}
