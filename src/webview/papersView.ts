/** The Papers view's script (runs in the webview, talks to the extension by messages). */
import type { ExtensionToView, ViewToExtension } from '../protocol/messages';

interface VsCodeApi {
  postMessage(message: ViewToExtension): void;
  getState(): { query?: string } | undefined;
  setState(state: { query?: string }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const input = document.getElementById('query') as HTMLInputElement;
const status = document.getElementById('status') as HTMLElement;
const results = document.getElementById('results') as HTMLUListElement;
let requestId = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

function search(): void {
  vscode.setState({ query: input.value });
  vscode.postMessage({ type: 'search', query: input.value, requestId: ++requestId });
}

input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(search, 80);
});

window.addEventListener('message', (event: MessageEvent<ExtensionToView>) => {
  const message = event.data;
  if (message.type !== 'results' || message.requestId !== requestId) return;
  status.textContent = message.total === 0
    ? 'No papers match. Try fewer words, a model name (vit, kan) or a concept (token pruning).'
    : `${message.total} paper${message.total === 1 ? '' : 's'}`;
  results.replaceChildren(...message.items.map((item) => {
    const li = document.createElement('li');
    li.setAttribute('role', 'option');
    li.dataset.key = item.key;
    const title = document.createElement('div');
    title.className = 'title';
    title.textContent = item.title;
    const meta = document.createElement('div');
    meta.className = 'meta';
    meta.textContent = `${item.year} · @${item.key}${item.codeUrl ? ' · code' : ''}`;
    li.append(title, meta);
    return li;
  }));
});

input.value = vscode.getState()?.query ?? '';
search();
