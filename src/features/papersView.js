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
exports.PAPERS_VIEW_ID = void 0;
exports.paperDetails = paperDetails;
exports.registerPapersView = registerPapersView;
/** The Papers view: a webview in the Paper Notes side bar to search, read and cite papers. */
const vscode = __importStar(require("vscode"));
const bibtex_1 = require("../core/bibtex");
const citationFormat_1 = require("../core/citationFormat");
const summaryView_1 = require("../core/summaryView");
const citationContext_1 = require("./citationContext");
const settings_1 = require("./settings");
exports.PAPERS_VIEW_ID = 'paperNotes.papers';
const RESULT_LIMIT = 100;
/** How long the cursor rests before the view follows it (moving through a note does not flood the view). */
const FOLLOW_DELAY_MS = 150;
function nonce() {
    const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    let out = '';
    for (let i = 0; i < 32; i++)
        out += chars[Math.floor(Math.random() * chars.length)];
    return out;
}
function paperDetails(paper) {
    return {
        key: paper.key, title: paper.cleanTitle, year: (0, summaryView_1.yearText)(paper), date: paper.date ?? 'no date',
        authors: paper.library?.authors.length ? paper.library.authors.join('; ') : (0, summaryView_1.authorsText)(paper),
        name: paper.summary?.name ?? null, rows: (0, summaryView_1.summaryRows)(paper, { maxResults: 6 }), abstract: paper.cleanAbstract,
        codeUrl: paper.codeUrl,
        links: [...new Set([...(paper.library?.doi ? [`https://doi.org/${paper.library.doi}`] : []), ...paper.links])],
        source: paper.library ? `${(0, summaryView_1.sourceName)(paper)}, line ${paper.library.line}` : null,
    };
}
function toItem(paper, titleMatches) {
    return {
        key: paper.key, title: paper.cleanTitle, titleMatches, year: (0, summaryView_1.yearText)(paper), name: paper.summary?.name ?? null,
        kind: paper.summary?.kind ?? null, family: paper.summary?.family ?? [], codeUrl: paper.codeUrl,
        source: paper.library ? (0, summaryView_1.sourceName)(paper) : null,
    };
}
class PapersViewProvider {
    deps;
    view;
    pendingQuery;
    resolvedCount = 0;
    constructor(deps) {
        this.deps = deps;
    }
    resolveWebviewView(view) {
        this.view = view;
        this.resolvedCount++;
        // A new view shows nothing yet: the cursor's citation is shown again.
        this.followedKey = undefined;
        const mediaRoot = vscode.Uri.joinPath(this.deps.extensionUri, 'media');
        const scriptRoot = vscode.Uri.joinPath(this.deps.extensionUri, 'dist', 'webview');
        view.webview.options = { enableScripts: true, localResourceRoots: [mediaRoot, scriptRoot] };
        const asUri = (root, file) => view.webview.asWebviewUri(vscode.Uri.joinPath(root, file));
        const scriptNonce = nonce();
        view.webview.html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${view.webview.cspSource}; font-src ${view.webview.cspSource}; script-src 'nonce-${scriptNonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asUri(scriptRoot, 'codicon.css')}">
<link rel="stylesheet" href="${asUri(mediaRoot, 'papersView.css')}">
<title>Papers</title>
</head>
<body>
<div class="search-row">
  <div class="search-box">
    <span class="codicon codicon-search" aria-hidden="true"></span>
    <input id="query" type="text" placeholder="Search papers: sliced recursive, vit, token pruning, year:>=2023" aria-label="Search papers" aria-controls="results" aria-describedby="status" autocomplete="off" spellcheck="false">
  </div>
  <select id="sort" aria-label="Sort results" title="Sort">
    <option value="auto">Best match</option>
    <option value="newest">Newest</option>
    <option value="upvotes">Upvotes</option>
  </select>
</div>
<div id="status" class="status" role="status" aria-live="polite"></div>
<ul id="results" class="results" role="listbox" aria-label="Papers" tabindex="0"></ul>
<section id="details" class="details" aria-label="Paper details" hidden></section>
<script nonce="${scriptNonce}" src="${asUri(scriptRoot, 'papersView.js')}"></script>
</body>
</html>`;
        view.webview.onDidReceiveMessage((message) => this.onMessage(message));
        view.onDidDispose(() => {
            this.view = undefined;
        });
    }
    /** Shows the view and puts `query` in its search box. */
    async showQuery(query) {
        this.pendingQuery = query;
        await vscode.commands.executeCommand(`${exports.PAPERS_VIEW_ID}.focus`);
        if (this.view) {
            this.post({ type: 'focusSearch', query });
            this.pendingQuery = undefined;
        }
    }
    refresh() {
        this.post({ type: 'refresh' });
    }
    /** A paper to show once the view is ready (it was asked for before the view existed). */
    pendingPaper;
    /** Opens the view on one paper's details (a hint or a hover link asked for it); the search stays as typed. */
    async showPaper(paper) {
        this.pendingPaper = paper;
        await vscode.commands.executeCommand(`${exports.PAPERS_VIEW_ID}.focus`);
        if (this.view) {
            this.pendingPaper = undefined;
            await this.follow(paper, true);
        }
    }
    /** The key whose details the view last showed because the cursor was on it. */
    followedKey;
    get visible() {
        return this.view?.visible ?? false;
    }
    /** Shows a paper's details without touching the search or taking the focus (`again`: even when it is the one shown). */
    async follow(paper, again = false) {
        if (!this.view?.visible)
            return false;
        if (this.followedKey === paper.key && !again)
            return true;
        this.followedKey = paper.key;
        const [filled] = await this.deps.store.withText([paper]);
        // The cursor moved on while a library entry's text was fetched: the newer paper is the one to show.
        if (this.followedKey !== paper.key)
            return true;
        this.post({ type: 'details', paper: paperDetails(filled), followed: true });
        return true;
    }
    post(message) {
        void this.view?.webview.postMessage(message);
    }
    paper(key) {
        const note = vscode.window.activeTextEditor?.document.uri;
        return this.deps.store.get(key, note);
    }
    async onMessage(message) {
        switch (message.type) {
            case 'ready':
                if (this.pendingQuery !== undefined) {
                    this.post({ type: 'focusSearch', query: this.pendingQuery });
                    this.pendingQuery = undefined;
                }
                if (this.pendingPaper) {
                    const paper = this.pendingPaper;
                    this.pendingPaper = undefined;
                    await this.follow(paper, true);
                }
                return;
            case 'search': {
                const result = await this.deps.store.search(message.query, { limit: RESULT_LIMIT, sort: message.sort === 'auto' ? undefined : message.sort }, undefined, 'papersView');
                // A newer query was typed while this one waited: its answer is the one to show.
                if (result.stale)
                    return;
                this.post({
                    type: 'results', requestId: message.requestId, query: message.query, total: result.total,
                    items: result.hits.map((hit) => toItem(hit.paper, hit.titleMatches)), errors: result.errors, filters: result.filters, sort: result.sort,
                });
                return;
            }
            case 'select': {
                // Picked in the view: the cursor's next citation is shown again, even the one shown before.
                this.followedKey = undefined;
                const paper = this.paper(message.key);
                // A library entry's abstract stays in the library worker until it is shown.
                if (paper)
                    this.post({ type: 'details', paper: paperDetails((await this.deps.store.withText([paper]))[0]) });
                return;
            }
            case 'insert': {
                const paper = this.paper(message.key);
                if (paper)
                    await this.deps.inserter.insert([paper]);
                return;
            }
            case 'copyBibtex': {
                const paper = this.paper(message.key);
                if (!paper)
                    return;
                await vscode.env.clipboard.writeText((0, bibtex_1.bibtexToCopy)(await this.deps.store.withText([paper])));
                this.post({ type: 'status', text: `Copied BibTeX for @${paper.key}` });
                return;
            }
            case 'copyCitation': {
                const paper = this.paper(message.key);
                if (!paper)
                    return;
                await vscode.env.clipboard.writeText((0, citationFormat_1.formatCitation)([paper], (0, settings_1.citationFormat)()));
                this.post({ type: 'status', text: `Copied the citation of @${paper.key}` });
                return;
            }
            case 'openLink':
                if (/^https?:\/\//.test(message.url))
                    await vscode.env.openExternal(vscode.Uri.parse(message.url));
                return;
        }
    }
}
function registerPapersView(deps) {
    const provider = new PapersViewProvider(deps);
    const registration = vscode.window.registerWebviewViewProvider(exports.PAPERS_VIEW_ID, provider);
    let wasLoading = deps.store.loading;
    // When libraries finish loading, the results shown are searched again (so they include them).
    const changes = deps.store.onDidChange(() => {
        if (wasLoading && !deps.store.loading)
            provider.refresh();
        wasLoading = deps.store.loading;
    });
    // Follow mode: the cursor on a citation shows that paper (the key under the cursor wins in a group), a moment after it stops.
    let followTimer;
    const followCursorNow = (editor) => {
        if (!(0, settings_1.followCursor)())
            return;
        const citation = (0, citationContext_1.citationUnder)(editor.document, editor.selection.active);
        const paper = citation && deps.store.get(citation.key, editor.document.uri);
        if (paper)
            void provider.follow(paper);
    };
    const following = vscode.Disposable.from(vscode.window.onDidChangeTextEditorSelection((event) => {
        if (followTimer)
            clearTimeout(followTimer);
        // Every keystroke moves the cursor: nothing is scheduled unless the view is there to follow it.
        if (provider.visible && event.textEditor.document.languageId === 'markdown')
            followTimer = setTimeout(() => followCursorNow(event.textEditor), FOLLOW_DELAY_MS);
    }), vscode.commands.registerCommand('paperNotes.followCursorOn', () => (0, settings_1.setFollowCursor)(true)), vscode.commands.registerCommand('paperNotes.followCursorOff', () => (0, settings_1.setFollowCursor)(false)));
    return {
        dispose: () => {
            if (followTimer)
                clearTimeout(followTimer);
            following.dispose();
            changes.dispose();
            registration.dispose();
        },
        get resolvedCount() {
            return provider.resolvedCount;
        },
        get followedKey() {
            return provider.followedKey;
        },
        showQuery: (query) => provider.showQuery(query),
        showPaper: (paper) => provider.showPaper(paper),
    };
}
