"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.createCitationStyling = createCitationStyling;
/**
 * The CSL style and locale of each note, for the preview, hovers and Copy
 * Formatted References: the note's front matter (`csl:`, `lang:`), then the
 * settings, then APA in en-US. Style files are read (through the platform) when
 * first used and again when they change; a style that cannot be used is reported
 * once. Re-renders open previews when a `.csl` file changes (settings: see preview.ts).
 */
const vscode = __importStar(require("vscode"));
const bundledStyles_1 = require("../core/csl/bundledStyles");
const citationStyles_1 = require("../core/csl/citationStyles");
const cslItems_1 = require("../core/csl/cslItems");
const formattedText_1 = require("../core/csl/formattedText");
const frontMatter_1 = require("../markdown/frontMatter");
const citationContext_1 = require("./citationContext");
const settings_1 = require("./settings");
/** Where a style named in front matter is looked for: the note's folder (a saved note), else the workspace folder. */
function styleBase(platform, from, document) {
    const workspace = vscode.workspace.workspaceFolders?.[0]?.uri;
    const note = document instanceof vscode.Uri && platform.reads(document) ? vscode.Uri.joinPath(document, '..') : undefined;
    return from === 'frontMatter' ? note ?? workspace : workspace;
}
function createCitationStyling(store, platform) {
    let version = 0;
    const styles = new citationStyles_1.CitationStyles({
        readStyle: (reference, from, document) => platform.readStyle(reference, styleBase(platform, from, document)),
        settings: settings_1.citationStyleSettings,
        report: (message) => void vscode.window.showWarningMessage(`Paper Notes: ${message}`),
    });
    // A style file read again by its version needs no new plugin, only a new render.
    const refresh = () => {
        void vscode.commands.executeCommand('markdown.preview.refresh');
    };
    const cslWatcher = vscode.workspace.createFileSystemWatcher('**/*.csl');
    const disposables = [
        store.onDidChange(() => {
            version++;
        }),
        cslWatcher, cslWatcher.onDidChange(refresh), cslWatcher.onDidCreate(refresh), cslWatcher.onDidDelete(refresh),
    ];
    const formatter = (options, document) => styles.formatter(options, document);
    // Library entries' CSL items, fetched from the worker when a note first formats them (kept per host paper object).
    const withItems = new WeakMap();
    const pending = new Set();
    let fetching = false;
    const fetchItems = async () => {
        fetching = true;
        try {
            while (pending.size) {
                const asked = [...pending];
                pending.clear();
                const filled = await store.withText(asked);
                asked.forEach((paper, i) => withItems.set(paper, filled[i]));
                version++;
            }
            refresh();
        }
        finally {
            fetching = false;
        }
    };
    const forFormatting = (paper) => {
        if (!paper.library?.hasCsl || paper.library.csl)
            return paper;
        const filled = withItems.get(paper);
        if (filled)
            return filled;
        pending.add(paper);
        if (!fetching)
            setTimeout(() => void fetchItems(), 0);
        return paper;
    };
    return {
        formatter,
        forFormatting,
        version: () => version,
        async references(keys, note) {
            // The front matter is at the top: a hover does not copy the whole note to find it.
            const options = note ? (0, frontMatter_1.noteCitationOptions)((0, frontMatter_1.frontMatterText)((0, citationContext_1.noteHead)(note))) : {};
            // A command can wait for the style files to be read (the browser reads them asynchronously): it formats in the right style at once.
            const named = [[options.csl, 'frontMatter'], [(0, settings_1.citationStyleSettings)().style, 'settings']];
            await Promise.all(named.map(([reference, from]) => (reference && !(0, bundledStyles_1.bundledStyle)(reference) ? platform.styleRead?.(reference, styleBase(platform, from, note?.uri)) : undefined)));
            const found = keys.flatMap((key) => {
                const paper = store.get(key, note?.uri);
                return paper ? [[key, paper]] : [];
            });
            // Entries whose items the preview fetched already are not asked for again; those fetched now are kept for it.
            const filled = await store.withText(found.map(([, paper]) => withItems.get(paper) ?? paper));
            found.forEach(([, paper], i) => withItems.set(paper, filled[i]));
            const papers = new Map(found.map(([key], i) => [key, filled[i]]));
            if (!papers.size)
                return [];
            const formatted = styles.formatter(options, note?.uri, 'references').format({ clusters: [], nocite: [...papers.keys()] }, (key) => {
                const paper = papers.get(key);
                return paper ? (0, cslItems_1.cslItemFor)(paper) : undefined;
            });
            return formatted.bibliography.map((entry) => ({ key: entry.key, html: entry.html, text: (0, formattedText_1.htmlToText)(entry.html), markdown: (0, formattedText_1.htmlToMarkdown)(entry.html) }));
        },
        dispose: () => disposables.forEach((disposable) => disposable.dispose()),
    };
}
