/** The Papers view: a webview in the Paper Notes side bar to search, read and cite papers. */
import * as vscode from 'vscode';
import { bibtexToCopy } from '../core/bibtex';
import { formatCitation } from '../core/citationFormat';
import type { Paper } from '../core/paper';
import { authorsText, sourceName, summaryRows, yearText } from '../core/summaryView';
import type { ExtensionToView, PaperDetails, PaperItem, ViewToExtension } from '../protocol/messages';
import type { PaperStore } from './paperStore';
import type { CitationInserter } from './citationInserter';
import { citationUnder } from './citationContext';
import { citationFormat, followCursor, setFollowCursor } from './settings';

export const PAPERS_VIEW_ID = 'paperNotes.papers';
const RESULT_LIMIT = 100;
/** How long the cursor rests before the view follows it (moving through a note does not flood the view). */
const FOLLOW_DELAY_MS = 150;

export interface PapersViewDeps {
  extensionUri: vscode.Uri;
  store: PaperStore;
  inserter: CitationInserter;
}

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < 32; i++) out += chars[Math.floor(Math.random() * chars.length)];
  return out;
}

export function paperDetails(paper: Paper): PaperDetails {
  return {
    key: paper.key, title: paper.cleanTitle, year: yearText(paper), date: paper.date ?? 'no date',
    authors: paper.library?.authors.length ? paper.library.authors.join('; ') : authorsText(paper),
    name: paper.summary?.name ?? null, rows: summaryRows(paper, { maxResults: 6 }), abstract: paper.cleanAbstract,
    codeUrl: paper.codeUrl,
    links: [...new Set([...(paper.library?.doi ? [`https://doi.org/${paper.library.doi}`] : []), ...paper.links])],
    source: paper.library ? `${sourceName(paper)}, line ${paper.library.line}` : null,
  };
}

function toItem(paper: Paper, titleMatches: [number, number][]): PaperItem {
  return {
    key: paper.key, title: paper.cleanTitle, titleMatches, year: yearText(paper), name: paper.summary?.name ?? null,
    kind: paper.summary?.kind ?? null, family: paper.summary?.family ?? [], codeUrl: paper.codeUrl,
    source: paper.library ? sourceName(paper) : null,
  };
}

class PapersViewProvider implements vscode.WebviewViewProvider {
  private view: vscode.WebviewView | undefined;
  /** The search box takes the focus, with this query if one was given, once the view is ready (Search Papers ran before the view existed). */
  private pendingFocus: { query: string | undefined } | undefined;
  resolvedCount = 0;

  constructor(private readonly deps: PapersViewDeps) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.resolvedCount++;
    // A new view shows nothing yet: the cursor's citation is shown again.
    this.followedKey = undefined;
    const mediaRoot = vscode.Uri.joinPath(this.deps.extensionUri, 'media');
    const scriptRoot = vscode.Uri.joinPath(this.deps.extensionUri, 'dist', 'webview');
    view.webview.options = { enableScripts: true, localResourceRoots: [mediaRoot, scriptRoot] };
    const asUri = (root: vscode.Uri, file: string) => view.webview.asWebviewUri(vscode.Uri.joinPath(root, file));
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
    view.webview.onDidReceiveMessage((message: ViewToExtension) => this.onMessage(message));
    view.onDidDispose(() => {
      this.view = undefined;
    });
  }

  /** Shows the view and puts `query` in its search box. */
  async showQuery(query: string | undefined): Promise<void> {
    this.pendingFocus = { query };
    await vscode.commands.executeCommand(`${PAPERS_VIEW_ID}.focus`);
    if (this.view) {
      this.post({ type: 'focusSearch', query });
      this.pendingFocus = undefined;
    }
  }

  refresh(): void {
    this.post({ type: 'refresh' });
  }

  /** A paper to show once the view is ready (it was asked for before the view existed). */
  private pendingPaper: Paper | undefined;

  /** Opens the view on one paper's details (a hint or a hover link asked for it); the search stays as typed. */
  async showPaper(paper: Paper): Promise<void> {
    this.pendingPaper = paper;
    await vscode.commands.executeCommand(`${PAPERS_VIEW_ID}.focus`);
    if (this.view) {
      this.pendingPaper = undefined;
      await this.follow(paper, true);
    }
  }

  /** The key whose details the view last showed because the cursor was on it. */
  followedKey: string | undefined;

  get visible(): boolean {
    return this.view?.visible ?? false;
  }

  /** Shows a paper's details without touching the search or taking the focus (`again`: even when it is the one shown). */
  async follow(paper: Paper, again = false): Promise<boolean> {
    if (!this.view?.visible) return false;
    if (this.followedKey === paper.key && !again) return true;
    this.followedKey = paper.key;
    const [filled] = await this.deps.store.withText([paper]);
    // The cursor moved on while a library entry's text was fetched: the newer paper is the one to show.
    if (this.followedKey !== paper.key) return true;
    this.post({ type: 'details', paper: paperDetails(filled), followed: true });
    return true;
  }

  private post(message: ExtensionToView): void {
    void this.view?.webview.postMessage(message);
  }

  private paper(key: string): Paper | undefined {
    const note = vscode.window.activeTextEditor?.document.uri;
    return this.deps.store.get(key, note);
  }

  private async onMessage(message: ViewToExtension): Promise<void> {
    switch (message.type) {
      case 'ready':
        // Search Papers ran before the view existed: its box takes the focus (and the query, if one was given) now.
        if (this.pendingFocus) {
          this.post({ type: 'focusSearch', query: this.pendingFocus.query });
          this.pendingFocus = undefined;
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
        if (result.stale) return;
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
        if (paper) this.post({ type: 'details', paper: paperDetails((await this.deps.store.withText([paper]))[0]) });
        return;
      }
      case 'insert': {
        const paper = this.paper(message.key);
        if (paper) await this.deps.inserter.insert([paper]);
        return;
      }
      case 'copyBibtex': {
        const paper = this.paper(message.key);
        if (!paper) return;
        await vscode.env.clipboard.writeText(bibtexToCopy(await this.deps.store.withText([paper])));
        this.post({ type: 'status', text: `Copied BibTeX for @${paper.key}` });
        return;
      }
      case 'copyCitation': {
        const paper = this.paper(message.key);
        if (!paper) return;
        await vscode.env.clipboard.writeText(formatCitation([paper], citationFormat()));
        this.post({ type: 'status', text: `Copied the citation of @${paper.key}` });
        return;
      }
      case 'openLink':
        if (/^https?:\/\//.test(message.url)) await vscode.env.openExternal(vscode.Uri.parse(message.url));
        return;
    }
  }
}

export interface PapersViewRegistration extends vscode.Disposable {
  /** How many times VS Code has resolved the view (it re-resolves after the view was disposed). */
  readonly resolvedCount: number;
  /** The key whose details follow mode last showed. */
  readonly followedKey: string | undefined;
  /** Opens the view with a query in its search box. */
  showQuery(query?: string): Promise<void>;
  /** Opens the view on one paper's details, the search left as it is. */
  showPaper(paper: Paper): Promise<void>;
}

export function registerPapersView(deps: PapersViewDeps): PapersViewRegistration {
  const provider = new PapersViewProvider(deps);
  const registration = vscode.window.registerWebviewViewProvider(PAPERS_VIEW_ID, provider);
  let wasLoading = deps.store.loading;
  // When libraries finish loading, the results shown are searched again (so they include them).
  const changes = deps.store.onDidChange(() => {
    if (wasLoading && !deps.store.loading) provider.refresh();
    wasLoading = deps.store.loading;
  });
  // Follow mode: the cursor on a citation shows that paper (the key under the cursor wins in a group), a moment after it stops.
  let followTimer: ReturnType<typeof setTimeout> | undefined;
  const followCursorNow = (editor: vscode.TextEditor): void => {
    if (!followCursor()) return;
    const citation = citationUnder(editor.document, editor.selection.active);
    const paper = citation && deps.store.get(citation.key, editor.document.uri);
    if (paper) void provider.follow(paper);
  };
  const following = vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorSelection((event) => {
      if (followTimer) clearTimeout(followTimer);
      // Every keystroke moves the cursor: nothing is scheduled unless the view is there to follow it.
      if (provider.visible && event.textEditor.document.languageId === 'markdown') followTimer = setTimeout(() => followCursorNow(event.textEditor), FOLLOW_DELAY_MS);
    }),
    vscode.commands.registerCommand('paperNotes.followCursorOn', () => setFollowCursor(true)),
    vscode.commands.registerCommand('paperNotes.followCursorOff', () => setFollowCursor(false)),
  );
  return {
    dispose: () => {
      if (followTimer) clearTimeout(followTimer);
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
