/** The Papers view: a webview in the Paper Notes side bar that searches the catalogue. */
import * as vscode from 'vscode';
import type { ExtensionToView, PaperItem, ViewToExtension } from '../protocol/messages';
import type { CatalogueStore } from './catalogueStore';

export const PAPERS_VIEW_ID = 'paperNotes.papers';
const RESULT_LIMIT = 50;

export interface PapersViewDeps {
  extensionUri: vscode.Uri;
  store: CatalogueStore;
}

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < 32; i++) out += chars[Math.floor(Math.random() * chars.length)];
  return out;
}

class PapersViewProvider implements vscode.WebviewViewProvider {
  private view: vscode.WebviewView | undefined;
  resolvedCount = 0;

  constructor(private readonly deps: PapersViewDeps) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.resolvedCount++;
    const mediaRoot = vscode.Uri.joinPath(this.deps.extensionUri, 'media');
    const scriptRoot = vscode.Uri.joinPath(this.deps.extensionUri, 'dist', 'webview');
    view.webview.options = { enableScripts: true, localResourceRoots: [mediaRoot, scriptRoot] };
    const script = view.webview.asWebviewUri(vscode.Uri.joinPath(scriptRoot, 'papersView.js'));
    const style = view.webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot, 'papersView.css'));
    const scriptNonce = nonce();
    view.webview.html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${view.webview.cspSource}; script-src 'nonce-${scriptNonce}'; font-src ${view.webview.cspSource};">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Papers</title>
</head>
<body>
<div class="search-row">
  <input id="query" type="search" placeholder="Search papers: title, model name, concept…" aria-label="Search papers" autocomplete="off" spellcheck="false">
</div>
<div id="status" class="status" role="status" aria-live="polite"></div>
<ul id="results" class="results" role="listbox" aria-label="Search results"></ul>
<script nonce="${scriptNonce}" src="${script}"></script>
</body>
</html>`;
    view.webview.onDidReceiveMessage((message: ViewToExtension) => this.onMessage(message));
    view.onDidDispose(() => {
      this.view = undefined;
    });
  }

  private post(message: ExtensionToView): void {
    void this.view?.webview.postMessage(message);
  }

  private onMessage(message: ViewToExtension): void {
    if (message.type === 'search') {
      const hits = this.deps.store.index().search(message.query, { limit: RESULT_LIMIT }).hits;
      const items: PaperItem[] = hits.map(({ paper }) => ({ key: paper.key, title: paper.cleanTitle, year: paper.year, codeUrl: paper.codeUrl }));
      this.post({ type: 'results', requestId: message.requestId, query: message.query, total: items.length, items });
    }
  }
}

export interface PapersViewRegistration extends vscode.Disposable {
  /** How many times VS Code has resolved the view (it re-resolves after the view was disposed). */
  readonly resolvedCount: number;
}

export function registerPapersView(deps: PapersViewDeps): PapersViewRegistration {
  const provider = new PapersViewProvider(deps);
  const registration = vscode.window.registerWebviewViewProvider(PAPERS_VIEW_ID, provider, {
    webviewOptions: { retainContextWhenHidden: false },
  });
  return {
    dispose: () => registration.dispose(),
    get resolvedCount() {
      return provider.resolvedCount;
    },
  };
}
