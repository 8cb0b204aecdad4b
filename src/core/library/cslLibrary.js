"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cslJsonSteps = cslJsonSteps;
exports.parseCslYaml = parseCslYaml;
/**
 * CSL-JSON and CSL-YAML libraries, item by item. CSL-JSON: a linear scanner
 * finds each element of the top-level array with its line and column, and
 * each is parsed on its own, so one bad item (a missing comma, a stray
 * quote) is an error at its line and the others load. CSL-YAML (`yaml`,
 * the maintained YAML 1.2 parser): `references:` or a top-level list; an
 * item the parser could not read is an error at its line. Pure.
 */
const yaml_1 = require("yaml");
const cslItem_1 = require("./cslItem");
/** An item is usable when it is an object with an id; otherwise the message says why not. */
function checkItem(item) {
    if (!item || typeof item !== 'object' || Array.isArray(item))
        return 'a CSL item must be an object';
    const id = item.id;
    if ((typeof id !== 'string' || !id.trim()) && typeof id !== 'number')
        return 'the CSL item has no id';
    return null;
}
function addItem(item, where, entries, errors, seen) {
    const problem = checkItem(item);
    if (problem) {
        errors.push({ ...where, message: problem });
        return;
    }
    const entry = (0, cslItem_1.entryFromCsl)(item, { ...where, bibtex: null });
    const first = seen.get(entry.key);
    if (first !== undefined) {
        errors.push({ ...where, message: `'${entry.key}' is defined again (first at line ${first}); the first one is used` });
        return;
    }
    seen.set(entry.key, where.line);
    entries.push(entry);
}
/** [start, end) of each element of the top-level JSON array, skipping strings; null when the text is no array. */
function arrayElements(text) {
    let i = 0;
    if (text.charCodeAt(0) === 0xfeff)
        i = 1;
    while (/\s/.test(text[i] ?? ''))
        i++;
    if (text[i] !== '[')
        return null;
    const spans = [];
    let depth = 0;
    let start = -1;
    for (i++; i < text.length; i++) {
        const ch = text[i];
        if (ch === '"') {
            // To the closing quote; a backslash escapes the next character.
            for (i++; i < text.length && text[i] !== '"'; i++)
                if (text[i] === '\\')
                    i++;
            continue;
        }
        if (ch === '{' || ch === '[') {
            if (depth === 0)
                start = i;
            depth++;
        }
        else if (ch === '}' || ch === ']') {
            if (depth === 0)
                break; // the array's own end
            depth--;
            if (depth === 0) {
                spans.push({ start, end: i + 1 });
                start = -1;
            }
        }
        else if (depth === 0 && ch !== ',' && !/\s/.test(ch)) {
            // A scalar at the top level: report it as an item of its own, up to the next comma.
            const comma = text.indexOf(',', i);
            const end = comma === -1 ? text.length : comma;
            spans.push({ start: i, end });
            i = end - 1;
        }
    }
    if (start !== -1)
        spans.push({ start, end: text.length });
    return spans;
}
/** Line and column of increasing offsets, counting line breaks once. */
function positions(text) {
    let line = 1;
    let lineStart = 0;
    let scanned = 0;
    return (offset) => {
        for (; scanned < offset; scanned++) {
            if (text.charCodeAt(scanned) === 0x0a) {
                line++;
                lineStart = scanned + 1;
            }
        }
        return { line, column: offset - lineStart + 1 };
    };
}
/** CSL items read between two pauses of `cslJsonSteps`. */
const STEP_ITEMS = 1000;
/** The same reading, pausing (yield) every STEP_ITEMS items. */
function* cslJsonSteps(text, file) {
    const entries = [];
    const errors = [];
    const spans = arrayElements(text);
    if (!spans)
        return { entries, errors: [{ file, line: 1, column: 1, message: 'a CSL-JSON file must hold an array of items' }] };
    const at = positions(text);
    const seen = new Map();
    for (let i = 0; i < spans.length; i++) {
        if (i % STEP_ITEMS === STEP_ITEMS - 1)
            yield;
        const span = spans[i];
        const where = { file, ...at(span.start) };
        let item;
        try {
            item = JSON.parse(text.slice(span.start, span.end));
        }
        catch (problem) {
            errors.push({ ...where, message: `this CSL-JSON item is not valid JSON: ${problem.message}` });
            continue;
        }
        addItem(item, where, entries, errors, seen);
    }
    return { entries, errors };
}
function parseCslYaml(text, file) {
    const entries = [];
    const errors = [];
    const lineCounter = new yaml_1.LineCounter();
    // A file may hold more than one YAML document: a Markdown file's front matter ends with `---`, which starts another.
    const parsed = (0, yaml_1.parseAllDocuments)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    const documents = Array.isArray(parsed) ? parsed : [];
    if (!Array.isArray(parsed))
        errors.push({ file, line: 1, column: 1, message: 'the file is not YAML' });
    const errorOffsets = [];
    for (const document of documents) {
        for (const problem of document.errors) {
            const { line, col } = lineCounter.linePos(problem.pos[0]);
            errors.push({ file, line, column: col, message: problem.message.split('\n')[0] });
            errorOffsets.push(problem.pos[0]);
        }
    }
    const seen = new Map();
    let lists = 0;
    for (const document of documents) {
        let list = document.contents;
        if ((0, yaml_1.isMap)(list))
            list = list.get('references', true);
        if (!(0, yaml_1.isSeq)(list))
            continue;
        lists++;
        for (const node of list.items) {
            const range = node?.range;
            const start = range?.[0] ?? 0;
            const { line, col } = lineCounter.linePos(start);
            // An item the parser stumbled in is reported above; the others load.
            if (range && errorOffsets.some((offset) => offset >= range[0] && offset <= range[2]))
                continue;
            let item;
            try {
                item = node?.toJS(document, { maxAliasCount: 100 });
            }
            catch (problem) {
                errors.push({ file, line, column: col, message: problem.message });
                continue;
            }
            addItem(normalizeYamlItem(item), { file, line, column: col }, entries, errors, seen);
        }
    }
    if (!lists && !errors.length)
        errors.push({ file, line: 1, column: 1, message: "a CSL-YAML file must hold a list of items, or a 'references:' list" });
    return { entries, errors };
}
/** YAML reads `2017-06-12` as a date and `issued: [{year: 2017}]` in Pandoc's shape: make both CSL-JSON. */
function normalizeYamlItem(item) {
    if (!item || typeof item !== 'object' || Array.isArray(item))
        return item;
    const out = {};
    for (const [name, value] of Object.entries(item))
        out[name] = isDateField(name) ? cslDate(value) : value instanceof Date ? value.toISOString().slice(0, 10) : value;
    if (typeof out.id === 'number')
        out.id = String(out.id);
    return out;
}
const isDateField = (name) => ['issued', 'accessed', 'original-date', 'submitted', 'event-date'].includes(name);
function cslDate(value) {
    const parts = (one) => {
        if (one instanceof Date)
            return [one.getUTCFullYear(), one.getUTCMonth() + 1, one.getUTCDate()];
        if (typeof one === 'number')
            return [one];
        if (typeof one === 'string') {
            const match = /^(-?\d{1,4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(one.trim());
            return match ? match.slice(1).filter(Boolean).map(Number) : null;
        }
        if (one && typeof one === 'object' && 'year' in one) {
            const date = one;
            return [date.year, date.month, date.day].filter((n) => n !== undefined && n !== null).map(Number);
        }
        return null;
    };
    if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) && ('date-parts' in value || 'raw' in value || 'literal' in value))
        return value;
    const list = Array.isArray(value) ? value : [value];
    const dateParts = list.map(parts).filter((p) => p !== null);
    if (dateParts.length)
        return { 'date-parts': dateParts };
    return typeof value === 'string' ? { raw: value } : value;
}
