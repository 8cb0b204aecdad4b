/**
 * A live VS Code for the e2e tier: code-server with the packaged extension
 * (paper-notes.vsix) installed by `--install-extension`, opened on the sample
 * notes in headless Chromium, driven by Playwright as a person would.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as assert from 'node:assert/strict';
import { type Browser, chromium, type Frame, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, type CodeServer, ensureCodeServer, installExtension, ROOT, startCodeServer, webExtensionCopy, webExtensionPayload } from '../launch/codeServer';

export const RESULTS_DIR = path.join(ROOT, 'test-results');
export const SAMPLE_NOTES = path.join(ROOT, 'sample-notes');
export const VSIX = path.join(ROOT, 'paper-notes.vsix');

export interface Workbench {
  server: CodeServer;
  browser: Browser;
  page: Page;
  workspace: string;
  /** The page's console so far (the web worker extension host logs there). */
  console: string[];
  close(): Promise<void>;
}

/**
 * The extension as a web extension only: its manifest without `main`, so
 * VS Code can run it nowhere but in the browser's web worker extension host,
 * as vscode.dev and github.dev do.
 *
 * Its browser entry is wrapped by a probe: code-server ships VS Code's
 * Markdown extension without its browser build, so the Markdown preview
 * cannot run in the web worker extension host here. The probe activates the
 * real bundle (`dist/extension.browser.js`, unchanged) and returns its API,
 * then uses the preview plugin as the Markdown preview does
 * (`extendMarkdownIt` on a markdown-it, `env.currentDocument` set to the
 * note) and writes what it rendered into the workspace for the test to read.
 */
function webOnlyExtension(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-notes-web-ext-'));
  webExtensionCopy(folder, './probe.js');
  const source = `
    import * as vscode from 'vscode';
    import MarkdownIt from 'markdown-it';
    import * as real from './dist/extension.browser.js';
    const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    async function renderNote(api) {
      const folder = vscode.workspace.workspaceFolders[0].uri;
      const note = vscode.Uri.joinPath(folder, 'my-library.md');
      const document = await vscode.workspace.openTextDocument(note);
      const md = api.extendMarkdownIt(new MarkdownIt({ html: true }));
      // The note's own library loads once it is open; its entries' CSL items arrive after a first render.
      for (let round = 0; round < 3; round++) {
        await pause(1000);
        await api.libraries.whenReady();
        md.render(document.getText(), { currentDocument: note });
      }
      const html = md.render(document.getText(), { currentDocument: note });
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'probe-preview.html'), new TextEncoder().encode(JSON.stringify({ platform: api.platform, html })));
    }
    export async function activate(context) {
      const api = await real.activate(context);
      void renderNote(api);
      return api;
    }
    export function deactivate() {
      return real.deactivate();
    }`;
  // esbuild is a dev dependency; loaded here only, so the desktop e2e tier does not need it at import time.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  esbuild.buildSync({ stdin: { contents: source, resolveDir: folder, loader: 'js' }, nodePaths: [path.join(ROOT, 'node_modules')], bundle: true,
    outfile: path.join(folder, 'probe.js'), platform: 'browser', format: 'cjs', external: ['vscode'], logLevel: 'error' });
  return folder;
}

/**
 * Starts code-server and opens a copy of the sample notes: with the .vsix
 * installed (the desktop's Node extension host), or, with `web`, with the
 * extension in the browser's web worker extension host.
 */
export async function openWorkbench(options: { theme?: string; web?: boolean } = {}): Promise<Workbench> {
  ensureCodeServer();
  const extensionsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-notes-e2e-ext-'));
  const webExtension = options.web ? webOnlyExtension() : null;
  if (!webExtension) {
    if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} is missing: npm run package`);
    installExtension(VSIX, extensionsDir);
  }
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-notes-notes-'));
  fs.cpSync(SAMPLE_NOTES, workspace, { recursive: true });
  const server = await startCodeServer({
    extensionsDir,
    settings: {
      'workbench.colorTheme': options.theme ?? 'Default Dark Modern', 'window.commandCenter': false, 'editor.minimap.enabled': false,
      // Inlay hints show while Ctrl+Alt is held (as VS Code offers): the editor's lines read as typed, and the hint test holds the keys.
      'editor.inlayHints.enabled': 'offUnlessPressed',
    },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const log: string[] = [];
  page.on('console', (message) => log.push(message.text()));
  // VS Code's own web tests open a development extension this way (a payload in the URL).
  const payload = webExtension ? `&${webExtensionPayload(server.port, webExtension)}` : '';
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}${payload}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.statusbar').waitFor();
  return {
    server, browser, page, workspace, console: log,
    close: async () => {
      await browser.close().catch(() => undefined);
      await server.stop();
      fs.rmSync(extensionsDir, { recursive: true, force: true });
      fs.rmSync(workspace, { recursive: true, force: true });
      if (webExtension) fs.rmSync(webExtension, { recursive: true, force: true });
    },
  };
}

/** Switches the colour theme with "Preferences: Color Theme", as a person would. */
export async function setTheme(workbench: Workbench, theme: string): Promise<void> {
  const { page } = workbench;
  await runCommand(page, 'Preferences: Color Theme');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(theme);
  const row = quickPickRow(page, theme);
  await row.waitFor();
  await row.click();
  const themeClass = /high contrast/i.test(theme) ? (/light/i.test(theme) ? 'hc-light' : 'hc-black') : /light/i.test(theme) ? 'vs' : 'vs-dark';
  await page.locator(`.monaco-workbench.${themeClass}`).waitFor({ timeout: 20_000 });
  await page.waitForTimeout(1500);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

const exactly = (text: string): RegExp => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** The Quick Pick row whose label is exactly `label`. */
function quickPickRow(page: Page, label: string) {
  return page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exactly(label) }) }).first();
}

/** Picks the row labelled `label` in the open Quick Pick. */
export async function quickPick(page: Page, label: string): Promise<void> {
  const row = quickPickRow(page, label);
  await row.waitFor();
  await row.click();
}

/** Runs a command from the Command Palette, as a person would. */
export async function runCommand(page: Page, title: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  // F1 pressed while the last Quick Pick is still closing opens nothing, and a palette opened while the focus is still moving (a view
  // just closed) closes again at once: then the command is typed again, from F1.
  for (let attempt = 1; ; attempt++) {
    const last = attempt >= 3;
    try {
      await page.keyboard.press('F1');
      await input.waitFor({ state: 'visible', timeout: last ? 30_000 : 3_000 });
      await input.fill(`>${title}`, { timeout: last ? 30_000 : 3_000 });
      const row = quickPickRow(page, title);
      await row.waitFor({ timeout: last ? 30_000 : 5_000 });
      await row.click({ timeout: last ? 30_000 : 3_000 });
      return;
    } catch (problem) {
      if (last) throw problem;
      await page.keyboard.press('Escape');
    }
  }
}

/** Opens a file of the workspace with Quick Open. */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
  await row.waitFor();
  // The row itself, not Enter: the list may still be reordering as results come in.
  await row.click();
  await page.locator(`.tab[aria-label^="${name}"]`).first().waitFor();
}

/** Puts the cursor at the end of the active editor's text (Ctrl+End in the focused editor). */
export async function cursorToEnd(page: Page): Promise<void> {
  await page.locator('.editor-group-container.active .monaco-editor textarea').first().focus();
  await page.keyboard.press('Control+End');
  // The status bar reports the cursor; wait until it is on the last line.
  const lines = await page.locator('.editor-group-container.active .monaco-editor .line-numbers').allInnerTexts();
  const last = Math.max(...lines.map(Number).filter(Number.isFinite));
  await page.locator('.statusbar-item', { hasText: new RegExp(`^Ln ${last}, Col \\d+`) }).first().waitFor({ timeout: 10_000 });
}

/** The innermost frame of a webview whose document has `selector`. */
export async function webviewFrame(page: Page, selector: string, timeoutMs = 30_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // Newest frames first: a view that was hidden and shown again leaves its old frame behind for a moment.
    for (const frame of [...page.frames()].reverse()) {
      if (frame === page.mainFrame() || frame.isDetached()) continue;
      const found = await frame.$(selector).catch(() => null);
      if (found && (await found.isVisible().catch(() => false))) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no webview frame with ${selector}`);
    await page.waitForTimeout(250);
  }
}

/**
 * Runs "Paper Notes: Search Papers" and returns the Papers view once its search box has the focus: the view's
 * script is running and has taken the focus the command gives it, so what is typed next, in the view or
 * in an editor, is not overtaken by it.
 */
export async function searchPapersView(page: Page): Promise<Frame> {
  await runCommand(page, 'Paper Notes: Search Papers');
  // Every frame is looked at again until one has the focused box: a view VS Code makes anew replaces its frame meanwhile.
  return webviewFrame(page, '#query:focus', 20_000);
}

/**
 * Waits until the view's first result has `title`; when it does not come, the error says what the view
 * showed instead (its query, status and first titles), so a failure on CI can be read from the log.
 */
export async function waitForFirstResult(view: Frame, title: string, timeoutMs = 30_000): Promise<void> {
  try {
    await view.locator('#results li').first().locator('.title', { hasText: title }).waitFor({ timeout: timeoutMs });
  } catch (problem) {
    const shown = await view.evaluate(`({
      query: document.getElementById('query').value,
      status: document.getElementById('status').innerText,
      titles: [...document.querySelectorAll('#results li .title')].slice(0, 5).map((node) => node.innerText),
    })`).catch((error: Error) => `the view could not be read: ${error.message}`);
    throw new Error(`the first result is not "${title}" after ${timeoutMs} ms; the view shows ${JSON.stringify(shown)}`, { cause: problem });
  }
}

/**
 * One workbench for a describe block: opened before its tests, a screenshot of what the person would have
 * seen when a test failed (named with `prefix`), closed after. Returns a getter for the open workbench.
 */
export function useWorkbench(options: { theme?: string; web?: boolean }, prefix: string): () => Workbench {
  let workbench: Workbench | undefined;
  before(async () => {
    workbench = await openWorkbench(options);
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && workbench) {
      await screenshot(workbench.page, `${prefix}${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`);
    }
  });
  after(async () => {
    await workbench?.close();
  });
  return () => {
    if (!workbench) throw new Error('the workbench did not open');
    return workbench;
  };
}

/**
 * Types into a note, opens the Papers view, waits until it counts `papers` (the catalogue and the loaded
 * libraries), searches `sliced recursve` (a typo), checks the details and cites the first paper with Enter.
 */
export async function citeFromPapersView(page: Page, papers: number): Promise<Frame> {
  await openFile(page, 'efficient-attention.md');
  await cursorToEnd(page);
  await page.keyboard.type('\n\nWeight sharing across depth: ');
  await page.locator('.activitybar [aria-label^="Paper Notes"]').first().click();
  const view = await webviewFrame(page, '#query');
  await view.locator('#status', { hasText: new RegExp(`of ${papers} papers`) }).waitFor({ timeout: 60_000 });
  await view.locator('#query').click();
  await view.locator('#query').pressSequentially('sliced recursve', { delay: 30 });
  await view.locator('#status', { hasText: 'best match first' }).waitFor();
  const first = view.locator('#results li').first();
  await first.locator('.title', { hasText: 'Sliced Recursive Transformer' }).waitFor();
  // The view searches as it is typed: an earlier prefix's results ("sliced recu") can be on screen with the same status and title
  // until the whole query's arrive; its highlight says which query they answer.
  await first.locator('.title mark', { hasText: /^Recursive$/ }).waitFor();
  assert.deepEqual(await first.locator('.title mark').allInnerTexts(), ['Sliced', 'Recursive']);
  await view.locator('#query').press('ArrowDown');
  await view.locator('#details .details-title', { hasText: 'Sliced Recursive Transformer' }).waitFor();
  assert.match(await view.locator('#details').innerText(), /Family\s+Transformer, Vision Transformer/);
  await view.locator('#results').press('Enter');
  await page.locator('.monaco-editor .view-lines', { hasText: 'Weight sharing across depth: [@slicedrecursive2021]' }).first().waitFor();
  return view;
}
