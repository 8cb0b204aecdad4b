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
import * as vscode from 'vscode';
import { type Catalogue, catalogueFromJson } from '../core/catalogue';
import { encodePaperTable, PaperTable } from '../core/library/paperTable';
import type { Paper } from '../core/paper';
import { PaperIndex, type SearchOptions, type SearchResult } from '../core/search';
import { isAbsolutePath } from '../core/workspacePath';
import { noteBibliographies } from '../markdown/frontMatter';
import type { DuplicateKey, FileReport, HostToWorker, WorkerToHost } from '../protocol/library';

import { bibliographyTarget } from './bibliography';
import { noteHead } from './citationContext';
import type { LibraryServiceHandle, Platform } from './platform';
import { affects, librariesSetting } from './settings';

export interface LibraryFileState {
  file: string;
  /** Where it was named: settings, the bibliography file, or a note's front matter. */
  origin: 'settings' | 'bibliographyFile' | 'frontMatter';
  report: FileReport | null;
}

export interface PaperStore extends vscode.Disposable {
  catalogue(): Catalogue;
  /** The paper a key means (in a note: among the libraries it sees; a library entry wins over the catalogue's paper of the same key). */
  get(key: string, note?: vscode.Uri): Paper | undefined;
  has(key: string, note?: vscode.Uri): boolean;
  /** Every key a note may cite. */
  keys(note?: vscode.Uri): readonly string[];
  /** Every library entry of a key, in priority order (more than one: the key is defined twice). */
  definitions(key: string): Paper[];
  /** Keys defined in more than one library, with every place (the first is used). */
  duplicates(): DuplicateKey[];
  /** Searches catalogue and libraries; of searches of one `channel` that wait together, only the newest gets hits (the others are empty and `stale`). */
  search(query: string, options?: SearchOptions, note?: vscode.Uri, channel?: string): Promise<SearchResult & { stale?: boolean }>;
  /** The papers with their BibTeX text and abstract filled in (library entries' texts stay in the worker until asked for). */
  withText(papers: readonly Paper[]): Promise<Paper[]>;
  /** The libraries in use, with what loading each of them found. */
  libraryFiles(): LibraryFileState[];
  /** A library file's name (as in a report or an entry's `library.file`) as a URI. */
  uriOf(file: string): vscode.Uri;
  /** True while libraries are being read or indexed. */
  readonly loading: boolean;
  reload(force?: boolean): Promise<void>;
  /** Resolves when the libraries of the latest request are loaded and indexed. */
  whenReady(): Promise<void>;
  readonly onDidChange: vscode.Event<void>;
}

const LIBRARY_EXTENSIONS = '{bib,bibtex,biblatex,json,yaml,yml}';
/** A watched file is read again after this much quiet (an auto-export writes in pieces). */
const RELOAD_DELAY_MS = 400;

const warned = new Set<string>();
/** Libraries are resolved again on every change: say a problem once, not each time. */
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  void vscode.window.showWarningMessage(message);
}

const isAbsolute = (file: string): boolean => isAbsolutePath(file) || file.startsWith('~');
const isGlob = (file: string): boolean => /[*?[{]/.test(file);

export function createPaperStore(platform: Platform, storageUri?: vscode.Uri): PaperStore {
  const { catalogueFile } = platform;
  let catalogue: Catalogue | undefined;
  let catalogueIndex: PaperIndex | undefined;
  const loadCatalogue = (): Catalogue => {
    if (!catalogue) catalogue = catalogueFromJson(platform.catalogueText());
    return catalogue;
  };

  const changed = new vscode.EventEmitter<void>();
  const disposables: vscode.Disposable[] = [changed];
  /**
   * Complete entries of each library file, as the worker's table of bytes:
   * entries are decoded when asked for (and the last few thousand kept), so
   * a library of 100,000 entries is not 100,000 objects on the editor's heap.
   */
  const complete = new Map<string, { table: PaperTable; report: FileReport }>();
  /** Tables of files whose report has not come yet. */
  const pending = new Map<string, PaperTable>();
  /** Every key a note may cite, by the files it sees, until the entries change: diagnostics and hovers ask on every change, 100,000 keys at a time. */
  const keyLists = new Map<string, string[]>();
  const emptyTable = (file: string): PaperTable => PaperTable.from(encodePaperTable(file, []))!;
  let duplicates: DuplicateKey[] = [];
  let configured: LibraryFileState[] = [];
  /** Front matter libraries of each open note (absolute paths). */
  const noteLibraries = new Map<string, string[]>();
  let generation = 0;
  let readyGeneration = 0;
  let indexReady = false;
  let waiters: (() => void)[] = [];
  let searchId = 0;
  const searches = new Map<number, (message: Extract<WorkerToHost, { type: 'hits' }>) => void>();
  const textRequests = new Map<number, (texts: ({ bibtex: string | null; abstract: string; csl?: string } | null)[]) => void>();

  let worker: LibraryServiceHandle | undefined;
  /** Ends the worker once it said it stopped (set while the store is being disposed). */
  let stopped: (() => void) | undefined;
  const startWorker = (): LibraryServiceHandle => {
    worker ??= platform.startLibraryService(onMessage, (error) => {
      void vscode.window.showErrorMessage(`Paper Notes: the library worker stopped: ${error.message}`);
      worker = undefined;
    });
    return worker;
  };
  const post = (message: HostToWorker): void => startWorker().post(message);

  function onMessage(message: WorkerToHost): void {
    switch (message.type) {
      case 'table': {
        if (message.generation !== generation) return;
        const table = PaperTable.from(message.bytes);
        if (table) pending.set(message.file, table);
        else void vscode.window.showErrorMessage(`Paper Notes: the entries of ${message.file} came from the library worker damaged; they are not shown.`);
        return;
      }
      case 'file': {
        if (message.generation !== generation) return;
        const file = message.report.file;
        if (message.unchanged && complete.has(file)) complete.get(file)!.report = message.report;
        else complete.set(file, { table: pending.get(file) ?? emptyTable(file), report: message.report });
        keyLists.clear();
        pending.delete(file);
        changed.fire();
        return;
      }
      case 'ready': {
        if (message.generation !== generation) return;
        const files = new Set(allFiles());
        for (const file of complete.keys()) if (!files.has(file)) complete.delete(file);
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
  function allFiles(): string[] {
    const files = configured.map((state) => state.file);
    for (const list of noteLibraries.values()) for (const file of list) if (!files.includes(file)) files.push(file);
    return files;
  }

  async function resolveConfigured(): Promise<LibraryFileState[]> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const states: LibraryFileState[] = [];
    const add = (file: string, origin: LibraryFileState['origin']): void => {
      if (!states.some((state) => state.file === file)) states.push({ file, origin, report: null });
    };
    for (const { file, scope } of librariesSetting()) {
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
      } else if (folder && isGlob(file)) {
        const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, file), '**/node_modules/**');
        found.map((uri) => platform.fileId(uri)).sort().forEach((found) => add(found, 'settings'));
      } else if (folder) {
        const absolute = platform.resolve(folder.uri, file);
        if (platform.isInside(folder.uri, absolute) || scope === 'user') add(absolute, 'settings');
      }
    }
    // The same path Update Bibliography writes to, under the same rule: a workspace setting stays inside the workspace.
    const bibliography = await bibliographyTarget(platform);
    if (bibliography && 'uri' in bibliography && platform.reads(bibliography.uri)) add(platform.fileId(bibliography.uri), 'bibliographyFile');
    return states;
  }

  function ownEntriesFile(): string | null {
    return configured.find((state) => state.origin === 'bibliographyFile')?.file ?? null;
  }

  /** Watchers of library files outside the workspace folder (the workspace watcher does not see them). */
  let outsideWatchers: vscode.Disposable[] = [];
  function watchOutside(files: readonly string[]): void {
    outsideWatchers.forEach((watcher) => watcher.dispose());
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    outsideWatchers = files.filter((file) => !folder || !platform.isInside(folder, file)).map((file) => {
      const uri = platform.uriOf(file);
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.split('/').pop() ?? ''));
      return vscode.Disposable.from(watcher, watcher.onDidChange(onFileEvent), watcher.onDidCreate(onFileEvent), watcher.onDidDelete(onFileEvent));
    });
  }

  async function reload(force = false): Promise<void> {
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

  let reloadTimer: ReturnType<typeof setTimeout> | undefined;
  const reloadSoon = (): void => {
    if (reloadTimer) clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => void reload(), RELOAD_DELAY_MS);
  };

  function noteChanged(document: vscode.TextDocument): void {
    if (document.languageId !== 'markdown' || !platform.reads(document.uri)) return;
    const key = document.uri.toString();
    const before = noteLibraries.get(key) ?? [];
    // Runs on every keystroke: a note without front matter costs one line's look, one with it its first lines only.
    if (!before.length && (document.lineCount === 0 || !document.lineAt(0).text.startsWith('---'))) return;
    const folder = vscode.Uri.joinPath(document.uri, '..');
    const head = noteHead(document);
    const files = noteBibliographies(head).flatMap((file) => {
      const named = isAbsolute(file) ? platform.absolute(file) : platform.resolve(folder, file);
      if (named === undefined) warnOnce(`Paper Notes: ${vscode.workspace.asRelativePath(document.uri)} names the library '${file}' by an absolute path, which the browser cannot read; name it relative to the note.`);
      return named === undefined ? [] : [named];
    });
    if (files.length) noteLibraries.set(key, files);
    else noteLibraries.delete(key);
    if (files.join('\n') !== before.join('\n')) reloadSoon();
  }

  const watcher = vscode.workspace.createFileSystemWatcher(`**/*.${LIBRARY_EXTENSIONS}`);
  const onFileEvent = (uri: vscode.Uri): void => {
    if (allFiles().includes(platform.fileId(uri)) || librariesSetting().some(({ file }) => isGlob(file))) reloadSoon();
  };
  disposables.push(
    watcher, watcher.onDidChange(onFileEvent), watcher.onDidCreate(onFileEvent), watcher.onDidDelete(onFileEvent),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affects(event, 'libraries') || affects(event, 'bibliographyFile')) reloadSoon();
    }),
    vscode.workspace.onDidOpenTextDocument(noteChanged),
    vscode.workspace.onDidChangeTextDocument((event) => noteChanged(event.document)),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (noteLibraries.delete(document.uri.toString())) reloadSoon();
    }),
  );
  vscode.workspace.textDocuments.forEach(noteChanged);
  void reload();

  /** Every library entry of a key, in priority order. */
  function definitions(key: string): Paper[] {
    const found: Paper[] = [];
    for (const file of allFiles()) {
      const paper = complete.get(file)?.table.get(key);
      if (paper) found.push(paper);
    }
    return found;
  }

  function visibleFiles(note?: vscode.Uri): Set<string> | null {
    if (!note) return null;
    return new Set([...configured.map((state) => state.file), ...(noteLibraries.get(note.toString()) ?? [])]);
  }

  function get(key: string, note?: vscode.Uri): Paper | undefined {
    const visible = visibleFiles(note);
    for (const file of allFiles()) {
      if (visible && !visible.has(file)) continue;
      const paper = complete.get(file)?.table.get(key);
      if (paper) return paper;
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
        for (const [file, { table }] of complete) if (!visible || visible.has(file)) for (const key of table.keys()) keys.add(key);
        list = [...keys];
        keyLists.set(seen, list);
      }
      return list;
    },
    definitions,
    duplicates: () => duplicates,
    async search(query, options = {}, note, channel = 'default') {
      if (!indexReady || complete.size === 0) return (catalogueIndex ??= new PaperIndex(loadCatalogue().papers)).search(query, options);
      const id = ++searchId;
      const visible = visibleFiles(note);
      const answer = await new Promise<Extract<WorkerToHost, { type: 'hits' }>>((resolve) => {
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
      if (!asked.length || !worker) return [...papers];
      const id = ++searchId;
      const texts = await new Promise<({ bibtex: string | null; abstract: string; csl?: string } | null)[]>((resolve) => {
        textRequests.set(id, resolve);
        post({ type: 'texts', id, entries: asked.map((paper) => ({ file: paper.library!.file, key: paper.key })) });
      });
      const filled = new Map(asked.map((paper, i) => [paper, texts[i]]));
      return papers.map((paper) => {
        const text = filled.get(paper);
        return text ? { ...paper, cleanAbstract: text.abstract, library: { ...paper.library!, bibtex: text.bibtex, csl: text.csl } } : paper;
      });
    },
    uriOf: platform.uriOf,
    libraryFiles: () => [
      ...configured.map((state) => ({ ...state, report: complete.get(state.file)?.report ?? null })),
      ...[...new Set([...noteLibraries.values()].flat())].filter((file) => !configured.some((state) => state.file === file))
        .map((file) => ({ file, origin: 'frontMatter' as const, report: complete.get(file)?.report ?? null })),
    ],
    get loading() {
      return readyGeneration !== generation;
    },
    reload,
    whenReady: () => (readyGeneration === generation ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    onDidChange: changed.event,
    dispose() {
      if (reloadTimer) clearTimeout(reloadTimer);
      outsideWatchers.forEach((watcher) => watcher.dispose());
      disposables.forEach((disposable) => disposable.dispose());
      if (!worker) return;
      // The worker closes the readings it holds open, then it is ended (at the latest after half a second).
      const ending = worker;
      const end = (): void => {
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
