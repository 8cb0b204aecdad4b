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
exports.createPaperStore = createPaperStore;
/**
 * The one store every feature asks for papers: the bundled catalogue and the
 * user's libraries behind one interface (look up by key, search, keys), so no
 * feature asks where a paper came from.
 *
 * Libraries come from `paperNotes.libraries` (files and globs; absolute paths
 * only from the user's own settings), from `paperNotes.bibliographyFile`, and
 * from the `bibliography:` front matter of open notes (relative to the
 * note's folder). A note sees the configured libraries plus its own. They are
 * read, summarised and indexed in a worker thread; each file's entries arrive as one table of bytes (decoded when asked for),
 * and a file's new entries replace its old ones only once all have arrived.
 * A changed file is read again once it stopped changing; the others are not.
 */
const vscode = __importStar(require("vscode"));
const catalogue_1 = require("../core/catalogue");
const paperTable_1 = require("../core/library/paperTable");
const search_1 = require("../core/search");
const workspacePath_1 = require("../core/workspacePath");
const frontMatter_1 = require("../markdown/frontMatter");
const bibliography_1 = require("./bibliography");
const citationContext_1 = require("./citationContext");
const settings_1 = require("./settings");
const LIBRARY_EXTENSIONS = '{bib,bibtex,biblatex,json,yaml,yml}';
/** A watched file is read again after this much quiet (an auto-export writes in pieces). */
const RELOAD_DELAY_MS = 400;
const warned = new Set();
/** Libraries are resolved again on every change: say a problem once, not each time. */
function warnOnce(message) {
    if (warned.has(message))
        return;
    warned.add(message);
    void vscode.window.showWarningMessage(message);
}
const isAbsolute = (file) => (0, workspacePath_1.isAbsolutePath)(file) || file.startsWith('~');
const isGlob = (file) => /[*?[{]/.test(file);
function createPaperStore(platform, storageUri) {
    const { catalogueFile } = platform;
    let catalogue;
    let catalogueIndex;
    const loadCatalogue = () => {
        if (!catalogue)
            catalogue = (0, catalogue_1.catalogueFromJson)(platform.catalogueText());
        return catalogue;
    };
    const changed = new vscode.EventEmitter();
    const disposables = [changed];
    /**
     * Complete entries of each library file, as the worker's table of bytes:
     * entries are decoded when asked for (and the last few thousand kept), so
     * a library of 100,000 entries is not 100,000 objects on the editor's heap.
     */
    const complete = new Map();
    /** Tables of files whose report has not come yet. */
    const pending = new Map();
    /** Every key a note may cite, by the files it sees, until the entries change: diagnostics and hovers ask on every change, 100,000 keys at a time. */
    const keyLists = new Map();
    const emptyTable = (file) => paperTable_1.PaperTable.from((0, paperTable_1.encodePaperTable)(file, []));
    let duplicates = [];
    let configured = [];
    /** Front matter libraries of each open note (absolute paths). */
    const noteLibraries = new Map();
    let generation = 0;
    let readyGeneration = 0;
    let indexReady = false;
    let waiters = [];
    let searchId = 0;
    const searches = new Map();
    const textRequests = new Map();
    let worker;
    /** Ends the worker once it said it stopped (set while the store is being disposed). */
    let stopped;
    const startWorker = () => {
        worker ??= platform.startLibraryService(onMessage, (error) => {
            void vscode.window.showErrorMessage(`Paper Notes: the library worker stopped: ${error.message}`);
            worker = undefined;
        });
        return worker;
    };
    const post = (message) => startWorker().post(message);
    function onMessage(message) {
        switch (message.type) {
            case 'table': {
                if (message.generation !== generation)
                    return;
                const table = paperTable_1.PaperTable.from(message.bytes);
                if (table)
                    pending.set(message.file, table);
                else
                    void vscode.window.showErrorMessage(`Paper Notes: the entries of ${message.file} came from the library worker damaged; they are not shown.`);
                return;
            }
            case 'file': {
                if (message.generation !== generation)
                    return;
                const file = message.report.file;
                if (message.unchanged && complete.has(file))
                    complete.get(file).report = message.report;
                else
                    complete.set(file, { table: pending.get(file) ?? emptyTable(file), report: message.report });
                keyLists.clear();
                pending.delete(file);
                changed.fire();
                return;
            }
            case 'ready': {
                if (message.generation !== generation)
                    return;
                const files = new Set(allFiles());
                for (const file of complete.keys())
                    if (!files.has(file))
                        complete.delete(file);
                keyLists.clear();
                duplicates = message.duplicates;
                readyGeneration = message.generation;
                indexReady = true;
                waiters.forEach((resolve) => resolve());
                waiters = [];
                changed.fire();
                return;
            }
            case 'hits':
                searches.get(message.id)?.(message);
                searches.delete(message.id);
                return;
            case 'texts':
                textRequests.get(message.id)?.(message.texts);
                textRequests.delete(message.id);
                return;
            case 'stopped':
                stopped?.();
                return;
            case 'failed':
                void vscode.window.showErrorMessage(`Paper Notes could not load the libraries: ${message.message.split('\n')[0]}`);
                readyGeneration = generation;
                waiters.forEach((resolve) => resolve());
                waiters = [];
                changed.fire();
                return;
        }
    }
    /** Every library file in priority order: settings, the bibliography file, then notes' front matter. */
    function allFiles() {
        const files = configured.map((state) => state.file);
        for (const list of noteLibraries.values())
            for (const file of list)
                if (!files.includes(file))
                    files.push(file);
        return files;
    }
    async function resolveConfigured() {
        const folder = vscode.workspace.workspaceFolders?.[0];
        const states = [];
        const add = (file, origin) => {
            if (!states.some((state) => state.file === file))
                states.push({ file, origin, report: null });
        };
        for (const { file, scope } of (0, settings_1.librariesSetting)()) {
            if (isAbsolute(file)) {
                const absolute = platform.absolute(file);
                if (absolute === undefined) {
                    warnOnce(`Paper Notes: the library '${file}' is named by an absolute path, which the browser cannot read; name it relative to the workspace folder. It is not read.`);
                    continue;
                }
                if (scope === 'workspace' && (!folder || !platform.isInside(folder.uri, absolute))) {
                    warnOnce(`Paper Notes: the workspace's settings name the library '${file}', outside the workspace folder; only your user settings may name files elsewhere. It is not read.`);
                    continue;
                }
                add(absolute, 'settings');
            }
            else if (folder && isGlob(file)) {
                const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, file), '**/node_modules/**');
                found.map((uri) => platform.fileId(uri)).sort().forEach((found) => add(found, 'settings'));
            }
            else if (folder) {
                const absolute = platform.resolve(folder.uri, file);
                if (platform.isInside(folder.uri, absolute) || scope === 'user')
                    add(absolute, 'settings');
            }
        }
        // The same path Update Bibliography writes to, under the same rule: a workspace setting stays inside the workspace.
        const bibliography = await (0, bibliography_1.bibliographyTarget)(platform);
        if (bibliography && 'uri' in bibliography && platform.reads(bibliography.uri))
            add(platform.fileId(bibliography.uri), 'bibliographyFile');
        return states;
    }
    function ownEntriesFile() {
        return configured.find((state) => state.origin === 'bibliographyFile')?.file ?? null;
    }
    /** Watchers of library files outside the workspace folder (the workspace watcher does not see them). */
    let outsideWatchers = [];
    function watchOutside(files) {
        outsideWatchers.forEach((watcher) => watcher.dispose());
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        outsideWatchers = files.filter((file) => !folder || !platform.isInside(folder, file)).map((file) => {
            const uri = platform.uriOf(file);
            const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.split('/').pop() ?? ''));
            return vscode.Disposable.from(watcher, watcher.onDidChange(onFileEvent), watcher.onDidCreate(onFileEvent), watcher.onDidDelete(onFileEvent));
        });
    }
    async function reload(force = false) {
        configured = await resolveConfigured();
        const files = allFiles();
        watchOutside(files);
        generation++;
        indexReady = indexReady && files.length > 0;
        pending.clear();
        if (!files.length && !worker) {
            complete.clear();
            keyLists.clear();
            duplicates = [];
            readyGeneration = generation;
            waiters.forEach((resolve) => resolve());
            waiters = [];
            changed.fire();
            return;
        }
        post({
            type: 'load', generation, files, catalogueFile, force, known: [...complete.keys()], ownEntriesOf: ownEntriesFile(),
            cacheDir: platform.cacheDir(storageUri),
        });
        changed.fire();
    }
    let reloadTimer;
    const reloadSoon = () => {
        if (reloadTimer)
            clearTimeout(reloadTimer);
        reloadTimer = setTimeout(() => void reload(), RELOAD_DELAY_MS);
    };
    function noteChanged(document) {
        if (document.languageId !== 'markdown' || !platform.reads(document.uri))
            return;
        const key = document.uri.toString();
        const before = noteLibraries.get(key) ?? [];
        // Runs on every keystroke: a note without front matter costs one line's look, one with it its first lines only.
        if (!before.length && (document.lineCount === 0 || !document.lineAt(0).text.startsWith('---')))
            return;
        const folder = vscode.Uri.joinPath(document.uri, '..');
        const head = (0, citationContext_1.noteHead)(document);
        const files = (0, frontMatter_1.noteBibliographies)(head).flatMap((file) => {
            const named = isAbsolute(file) ? platform.absolute(file) : platform.resolve(folder, file);
            if (named === undefined)
                warnOnce(`Paper Notes: ${vscode.workspace.asRelativePath(document.uri)} names the library '${file}' by an absolute path, which the browser cannot read; name it relative to the note.`);
            return named === undefined ? [] : [named];
        });
        if (files.length)
            noteLibraries.set(key, files);
        else
            noteLibraries.delete(key);
        if (files.join('\n') !== before.join('\n'))
            reloadSoon();
    }
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*.${LIBRARY_EXTENSIONS}`);
    const onFileEvent = (uri) => {
        if (allFiles().includes(platform.fileId(uri)) || (0, settings_1.librariesSetting)().some(({ file }) => isGlob(file)))
            reloadSoon();
    };
    disposables.push(watcher, watcher.onDidChange(onFileEvent), watcher.onDidCreate(onFileEvent), watcher.onDidDelete(onFileEvent), vscode.workspace.onDidChangeConfiguration((event) => {
        if ((0, settings_1.affects)(event, 'libraries') || (0, settings_1.affects)(event, 'bibliographyFile'))
            reloadSoon();
    }), vscode.workspace.onDidOpenTextDocument(noteChanged), vscode.workspace.onDidChangeTextDocument((event) => noteChanged(event.document)), vscode.workspace.onDidCloseTextDocument((document) => {
        if (noteLibraries.delete(document.uri.toString()))
            reloadSoon();
    }));
    vscode.workspace.textDocuments.forEach(noteChanged);
    void reload();
    /** Every library entry of a key, in priority order. */
    function definitions(key) {
        const found = [];
        for (const file of allFiles()) {
            const paper = complete.get(file)?.table.get(key);
            if (paper)
                found.push(paper);
        }
        return found;
    }
    function visibleFiles(note) {
        if (!note)
            return null;
        return new Set([...configured.map((state) => state.file), ...(noteLibraries.get(note.toString()) ?? [])]);
    }
    function get(key, note) {
        const visible = visibleFiles(note);
        for (const file of allFiles()) {
            if (visible && !visible.has(file))
                continue;
            const paper = complete.get(file)?.table.get(key);
            if (paper)
                return paper;
        }
        return loadCatalogue().get(key);
    }
    return {
        catalogue: loadCatalogue,
        get,
        has: (key, note) => get(key, note) !== undefined,
        keys(note) {
            const visible = visibleFiles(note);
            const seen = visible ? [...complete.keys()].filter((file) => visible.has(file)).join('\0') : '\0*';
            let list = keyLists.get(seen);
            if (!list) {
                const keys = new Set(loadCatalogue().keys);
                for (const [file, { table }] of complete)
                    if (!visible || visible.has(file))
                        for (const key of table.keys())
                            keys.add(key);
                list = [...keys];
                keyLists.set(seen, list);
            }
            return list;
        },
        definitions,
        duplicates: () => duplicates,
        async search(query, options = {}, note, channel = 'default') {
            if (!indexReady || complete.size === 0)
                return (catalogueIndex ??= new search_1.PaperIndex(loadCatalogue().papers)).search(query, options);
            const id = ++searchId;
            const visible = visibleFiles(note);
            const answer = await new Promise((resolve) => {
                searches.set(id, resolve);
                post({ type: 'search', id, channel, query, options: { limit: options.limit, sort: options.sort }, visibleFiles: visible ? [...visible] : null });
            });
            const hits = answer.hits.flatMap((hit) => {
                const paper = hit.file ? complete.get(hit.file)?.table.get(hit.key) : loadCatalogue().get(hit.key);
                return paper ? [{ paper, score: hit.score, titleMatches: hit.titleMatches }] : [];
            });
            return { hits, total: answer.total, errors: answer.errors, filters: answer.filters, sort: answer.sort, ...(answer.stale ? { stale: true } : {}) };
        },
        async withText(papers) {
            const asked = papers.filter((paper) => (paper.library?.hasBibtex && !paper.library.bibtex) || (paper.library?.hasAbstract && !paper.cleanAbstract)
                || (paper.library?.hasCsl && !paper.library.csl));
            if (!asked.length || !worker)
                return [...papers];
            const id = ++searchId;
            const texts = await new Promise((resolve) => {
                textRequests.set(id, resolve);
                post({ type: 'texts', id, entries: asked.map((paper) => ({ file: paper.library.file, key: paper.key })) });
            });
            const filled = new Map(asked.map((paper, i) => [paper, texts[i]]));
            return papers.map((paper) => {
                const text = filled.get(paper);
                return text ? { ...paper, cleanAbstract: text.abstract, library: { ...paper.library, bibtex: text.bibtex, csl: text.csl } } : paper;
            });
        },
        uriOf: platform.uriOf,
        libraryFiles: () => [
            ...configured.map((state) => ({ ...state, report: complete.get(state.file)?.report ?? null })),
            ...[...new Set([...noteLibraries.values()].flat())].filter((file) => !configured.some((state) => state.file === file))
                .map((file) => ({ file, origin: 'frontMatter', report: complete.get(file)?.report ?? null })),
        ],
        get loading() {
            return readyGeneration !== generation;
        },
        reload,
        whenReady: () => (readyGeneration === generation ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
        onDidChange: changed.event,
        dispose() {
            if (reloadTimer)
                clearTimeout(reloadTimer);
            outsideWatchers.forEach((watcher) => watcher.dispose());
            disposables.forEach((disposable) => disposable.dispose());
            if (!worker)
                return;
            // The worker closes the readings it holds open, then it is ended (at the latest after half a second).
            const ending = worker;
            const end = () => {
                clearTimeout(timer);
                stopped = undefined;
                void ending.terminate();
            };
            const timer = setTimeout(end, 500);
            stopped = end;
            ending.post({ type: 'stop' });
        },
    };
}
