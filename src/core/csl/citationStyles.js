"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CitationStyles = void 0;
exports.styleFileAt = styleFileAt;
/**
 * Which CSL style and locale a note prints in, as Pandoc decides: the note's
 * front matter (`csl:`, `lang:`), then the settings, then the default (APA,
 * en-US). A style is a bundled name or a `.csl` file; a file that is missing
 * or is not a style is reported once, and the next choice is used. Pure: the
 * host reads files.
 */
const bundledStyles_1 = require("./bundledStyles");
const cslFormatter_1 = require("./cslFormatter");
/**
 * A style file as a host reads it, with the host's `stat` and `read`: not a
 * device or a pipe (`csl: /dev/zero` would never end), no larger than a style
 * can be, and versioned by path, modification time and size (read only when
 * that version is new). A string says why it cannot be used.
 */
function styleFileAt(file, stat, read) {
    try {
        const found = stat(file);
        if (!found.isFile())
            return `${file} is not a file`;
        if (found.size > cslFormatter_1.MAX_STYLE_LENGTH)
            return `${file} is larger than ${cslFormatter_1.MAX_STYLE_LENGTH / 1_000_000} MB, more than any CSL style`;
        return { version: `${file}\0${found.mtimeMs}\0${found.size}`, read: () => read(file) };
    }
    catch (error) {
        return error.code === 'ENOENT' ? `${file} does not exist` : `${file} cannot be read (${error.message})`;
    }
}
/** Formatters kept, by style version and locale: building one parses the style. */
const KEPT_FORMATTERS = 6;
class CitationStyles {
    host;
    formatters = new Map();
    reported = new Set();
    /** Style versions that could not be used, with why: not read or parsed again on every render. */
    failed = new Map();
    /** Style files' text by version: a render checks the file's version, and reads it only when it changed. */
    texts = new Map();
    constructor(host) {
        this.host = host;
    }
    reportOnce(message) {
        if (this.reported.has(message))
            return;
        this.reported.add(message);
        this.host.report(message);
    }
    reportProblem(reference, from, problem) {
        const where = from === 'frontMatter' ? "the note's front matter (csl:)" : 'the setting paperNotes.citationStyle';
        this.reportOnce(`Citation style '${reference}' from ${where} cannot be used: ${problem}. Citations use ${bundledStyles_1.DEFAULT_STYLE.toUpperCase()} instead.`);
    }
    /** The style's XML and a version for it, or undefined (reported) when it cannot be used. */
    style(reference, from, document) {
        const bundled = (0, bundledStyles_1.bundledStyle)(reference);
        if (bundled)
            return { xml: bundled, version: `bundled:${reference.trim().toLowerCase().replace(/\.csl$/, '')}` };
        const found = this.host.readStyle(reference, from, document);
        if (found === null)
            return undefined;
        const version = typeof found === 'string' ? '' : `file:${found.version}`;
        let problem = typeof found === 'string' ? found : this.failed.get(version);
        let xml = '';
        if (problem === undefined && typeof found !== 'string') {
            const known = this.texts.get(version);
            if (known !== undefined)
                return { xml: known, version };
            try {
                xml = found.read();
                if (this.texts.size >= KEPT_FORMATTERS)
                    this.texts.delete(this.texts.keys().next().value);
                this.texts.set(version, xml);
            }
            catch (error) {
                problem = error instanceof Error ? error.message : String(error);
                this.failed.set(version, problem);
            }
        }
        if (problem !== undefined) {
            this.reportProblem(reference, from, problem);
            return undefined;
        }
        return { xml, version };
    }
    /**
     * The formatter for a note: front matter first, then settings, then the default. `references` (hovers, copied
     * references) gets a formatter of its own: formatting a few entries there must not undo what the preview's
     * formatter has registered for the whole note.
     */
    formatter(options, document, use = 'notes') {
        const settings = this.host.settings();
        let lang = options.lang ?? settings.locale;
        if (lang && !(0, bundledStyles_1.bundledLocale)(lang)) {
            this.reportOnce(`Locale '${lang}' is not bundled with Paper Notes; citations use en-US terms.`);
            lang = 'en-US';
        }
        const choices = [];
        if (options.csl)
            choices.push([options.csl, 'frontMatter']);
        if (settings.style)
            choices.push([settings.style, 'settings']);
        choices.push([bundledStyles_1.DEFAULT_STYLE, 'settings']);
        for (const [reference, from] of choices) {
            const style = this.style(reference, from, document);
            if (!style)
                continue;
            const id = `${style.version}\0${lang ?? ''}\0${use}`;
            let formatter = this.formatters.get(id);
            if (!formatter) {
                try {
                    formatter = new cslFormatter_1.CslFormatter(style.xml, { lang, retrieve: (asked) => (0, bundledStyles_1.bundledLocale)(asked) });
                }
                catch (error) {
                    if (!(error instanceof cslFormatter_1.StyleError))
                        throw error;
                    this.failed.set(style.version, error.message);
                    this.reportProblem(reference, from, error.message);
                    continue;
                }
                if (this.formatters.size >= KEPT_FORMATTERS)
                    this.formatters.delete(this.formatters.keys().next().value);
                this.formatters.set(id, formatter);
            }
            return formatter;
        }
        throw new Error('the bundled default style cannot be read');
    }
}
exports.CitationStyles = CitationStyles;
