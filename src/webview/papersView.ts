/** The Papers view's script: runs in the webview, talks to the extension only by typed messages. */
import type { ExtensionToView, PaperDetails, PaperItem, SortOrder, ViewToExtension } from '../protocol/messages';

interface ViewState {
  query: string;
  sort: SortOrder | 'auto';
  selected: string | null;
  scrollTop: number;
}

interface VsCodeApi {
  postMessage(message: ViewToExtension): void;
  getState(): ViewState | undefined;
  setState(state: ViewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const input = document.getElementById('query') as HTMLInputElement;
const sortSelect = document.getElementById('sort') as HTMLSelectElement;
const status = document.getElementById('status') as HTMLElement;
const list = document.getElementById('results') as HTMLUListElement;
const details = document.getElementById('details') as HTMLElement;

const state: ViewState = { query: '', sort: 'auto', selected: null, scrollTop: 0, ...vscode.getState() };
let items: PaperItem[] = [];
let requestId = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let restoreScroll = true;

const save = (): void => vscode.setState(state);
const send = (message: ViewToExtension): void => vscode.postMessage(message);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function icon(name: string, label?: string): HTMLElement {
  const node = el('span', `codicon codicon-${name}`);
  if (label) {
    node.setAttribute('role', 'img');
    node.setAttribute('aria-label', label);
    node.title = label;
  } else node.setAttribute('aria-hidden', 'true');
  return node;
}

function search(): void {
  state.query = input.value;
  state.sort = sortSelect.value as ViewState['sort'];
  save();
  send({ type: 'search', query: input.value, sort: state.sort, requestId: ++requestId });
}

/** The title with the matched ranges in <mark>, built from text nodes (never HTML strings). */
function highlighted(title: string, ranges: [number, number][]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < last) continue;
    fragment.append(title.slice(last, start), el('mark', undefined, title.slice(start, end)));
    last = end;
  }
  fragment.append(title.slice(last));
  return fragment;
}

function row(item: PaperItem): HTMLLIElement {
  const li = el('li', 'result');
  li.id = `paper-${item.key}`;
  li.dataset.key = item.key;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', String(item.key === state.selected));
  const title = el('div', 'title');
  title.append(highlighted(item.title, item.titleMatches));
  const meta = el('div', 'meta');
  meta.append(el('span', 'year', item.year));
  if (item.name) meta.append(el('span', 'name', item.name));
  if (item.kind) meta.append(el('span', 'tag', item.kind));
  for (const family of item.family.slice(0, 2)) meta.append(el('span', 'tag', family));
  if (item.codeUrl) meta.append(icon('github', 'Has code'));
  if (item.source) meta.append(el('span', 'tag source', item.source));
  const insert = el('button', 'icon-button insert');
  insert.title = `Insert citation of @${item.key}`;
  insert.setAttribute('aria-label', `Insert citation of ${item.title}`);
  insert.tabIndex = -1;
  insert.append(icon('insert'));
  insert.addEventListener('click', (event) => {
    event.stopPropagation();
    send({ type: 'insert', key: item.key });
  });
  li.append(title, meta, insert);
  li.addEventListener('click', () => select(item.key, true));
  li.addEventListener('dblclick', () => send({ type: 'insert', key: item.key }));
  return li;
}

function select(key: string | null, showDetails: boolean): void {
  state.selected = key;
  save();
  for (const li of Array.from(list.children) as HTMLElement[]) {
    const selected = li.dataset.key === key;
    li.setAttribute('aria-selected', String(selected));
    if (selected) li.scrollIntoView({ block: 'nearest' });
  }
  if (key) list.setAttribute('aria-activedescendant', `paper-${key}`);
  else list.removeAttribute('aria-activedescendant');
  if (key && showDetails) send({ type: 'select', key });
  if (!key) details.hidden = true;
}

function move(delta: number): void {
  if (items.length === 0) return;
  const index = items.findIndex((item) => item.key === state.selected);
  const next = index === -1 ? (delta > 0 ? 0 : items.length - 1) : index + delta;
  if (next < 0) {
    input.focus();
    return;
  }
  select(items[Math.min(items.length - 1, next)].key, true);
}

function renderStatus(message: Extract<ExtensionToView, { type: 'results' }>): void {
  status.replaceChildren();
  status.classList.toggle('error', message.errors.length > 0);
  const filters = message.filters.length ? ` · ${message.filters.join(', ')}` : '';
  if (message.errors.length) {
    for (const error of message.errors) status.append(el('div', 'error-line', error));
  }
  if (message.total === 0) {
    status.append(el('div', undefined, message.query.trim()
      ? `No papers match “${message.query.trim()}”${filters}. Try fewer words, a model name (vit, sret), a concept (token pruning), or fewer filters.`
      : `No papers${filters}.`));
    return;
  }
  const shown = message.items.length < message.total ? `${message.items.length} of ${message.total}` : `${message.total}`;
  const order = message.sort === 'relevance' ? 'best match first' : message.sort === 'newest' ? 'newest first' : 'most upvoted first';
  status.append(el('div', undefined, `${shown} paper${message.total === 1 ? '' : 's'}, ${order}${filters}`));
  if (!message.query.trim()) {
    status.append(el('div', 'hint', 'Type a title, a model name (vit, kan), a concept (token pruning) or filters (year:>=2023 has:code kind:method). ↓ to browse, Enter to cite.'));
  }
}

function renderDetails(paper: PaperDetails): void {
  details.replaceChildren();
  details.hidden = false;
  const heading = el('h2', 'details-title', paper.title);
  const meta = el('div', 'meta', `${paper.date} · @${paper.key} · ${paper.authors}${paper.source ? ` · ${paper.source}` : ''}`);
  const actions = el('div', 'actions');
  const button = (label: string, codicon: string, message: ViewToExtension, primary = false): HTMLButtonElement => {
    const node = el('button', primary ? 'button primary' : 'button secondary');
    node.append(icon(codicon), ` ${label}`);
    node.addEventListener('click', () => send(message));
    return node;
  };
  actions.append(
    button('Insert citation', 'insert', { type: 'insert', key: paper.key }, true),
    button('Copy BibTeX', 'copy', { type: 'copyBibtex', key: paper.key }),
  );
  const fields = el('dl', 'fields');
  for (const { label, value } of paper.rows) fields.append(el('dt', undefined, label), el('dd', undefined, value));
  const links = el('div', 'links');
  for (const url of paper.links) {
    const link = el('a', 'link', url.replace(/^https?:\/\//, ''));
    link.href = url;
    link.prepend(icon(url === paper.codeUrl ? 'github' : 'link-external'), ' ');
    link.addEventListener('click', (event) => {
      event.preventDefault();
      send({ type: 'openLink', url });
    });
    links.append(link);
  }
  details.append(heading, meta, actions, fields, el('p', 'abstract', paper.abstract));
  if (paper.links.length) details.append(links);
}

window.addEventListener('message', (event: MessageEvent<ExtensionToView>) => {
  const message = event.data;
  switch (message.type) {
    case 'results':
      if (message.requestId !== requestId) return;
      items = message.items;
      renderStatus(message);
      list.replaceChildren(...items.map(row));
      if (!items.some((item) => item.key === state.selected)) select(null, false);
      else select(state.selected, details.hidden);
      if (restoreScroll) {
        list.scrollTop = state.scrollTop;
        restoreScroll = false;
      }
      return;
    case 'details':
      // Follow mode: the paper under the editor's cursor becomes the selected one (the search stays as typed).
      if (message.followed) select(message.paper.key, false);
      if (message.paper.key === state.selected) renderDetails(message.paper);
      return;
    case 'focusSearch':
      if (message.query !== undefined) {
        input.value = message.query;
        search();
      }
      input.focus();
      input.select();
      return;
    case 'status':
      status.replaceChildren(el('div', undefined, message.text));
      return;
    case 'refresh':
      restoreScroll = true;
      state.scrollTop = list.scrollTop;
      search();
      return;
  }
});

input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(search, 100);
});
sortSelect.addEventListener('change', search);

input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown') {
    event.preventDefault();
    list.focus();
    move(1);
  } else if (event.key === 'Enter') {
    event.preventDefault();
    const key = state.selected ?? items[0]?.key;
    if (key) send({ type: 'insert', key });
  } else if (event.key === 'Escape' && input.value) {
    input.value = '';
    search();
  }
});

list.addEventListener('keydown', (event) => {
  const key = state.selected;
  switch (event.key) {
    case 'ArrowDown': move(1); break;
    case 'ArrowUp': move(-1); break;
    case 'Home': if (items[0]) select(items[0].key, true); break;
    case 'End': if (items.length) select(items[items.length - 1].key, true); break;
    case 'Enter': if (key) send({ type: 'insert', key }); break;
    case 'b': if (key) send({ type: 'copyBibtex', key }); break;
    case 'c': if (key) send({ type: 'copyCitation', key }); break;
    case 'Escape': input.focus(); break;
    default: return;
  }
  event.preventDefault();
});

list.addEventListener('scroll', () => {
  state.scrollTop = list.scrollTop;
  save();
});

// What was typed before this script ran (a view shown again takes keys at once) wins over the query kept,
// and the selection and scroll kept for that query are not applied to another one's results.
if (!input.value) input.value = state.query;
else if (input.value !== state.query) {
  state.selected = null;
  state.scrollTop = 0;
  restoreScroll = false;
}
sortSelect.value = state.sort;
send({ type: 'ready' });
search();
