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
exports.VSIX = exports.SAMPLE_NOTES = exports.RESULTS_DIR = void 0;
exports.openWorkbench = openWorkbench;
exports.setTheme = setTheme;
exports.screenshot = screenshot;
exports.quickPick = quickPick;
exports.runCommand = runCommand;
exports.openFile = openFile;
exports.cursorToEnd = cursorToEnd;
exports.webviewFrame = webviewFrame;
exports.useWorkbench = useWorkbench;
exports.citeFromPapersView = citeFromPapersView;
/**
 * A live VS Code for the e2e tier: code-server with the packaged extension
 * (paper-notes.vsix) installed by `--install-extension`, opened on the sample
 * notes in headless Chromium, driven by Playwright as a person would.
 */
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const assert = __importStar(require("node:assert/strict"));
const playwright_core_1 = require("playwright-core");
const codeServer_1 = require("../launch/codeServer");
exports.RESULTS_DIR = path.join(codeServer_1.ROOT, 'test-results');
exports.SAMPLE_NOTES = path.join(codeServer_1.ROOT, 'sample-notes');
exports.VSIX = path.join(codeServer_1.ROOT, 'paper-notes.vsix');
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
function webOnlyExtension() {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-notes-web-ext-'));
    (0, codeServer_1.webExtensionCopy)(folder, './probe.js');
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
    const esbuild = require('esbuild');
    esbuild.buildSync({ stdin: { contents: source, resolveDir: folder, loader: 'js' }, nodePaths: [path.join(codeServer_1.ROOT, 'node_modules')], bundle: true,
        outfile: path.join(folder, 'probe.js'), platform: 'browser', format: 'cjs', external: ['vscode'], logLevel: 'error' });
    return folder;
}
/**
 * Starts code-server and opens a copy of the sample notes: with the .vsix
 * installed (the desktop's Node extension host), or, with `web`, with the
 * extension in the browser's web worker extension host.
 */
async function openWorkbench(options = {}) {
    (0, codeServer_1.ensureCodeServer)();
    const extensionsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-notes-e2e-ext-'));
    const webExtension = options.web ? webOnlyExtension() : null;
    if (!webExtension) {
        if (!fs.existsSync(exports.VSIX))
            throw new Error(`${exports.VSIX} is missing: npm run package`);
        (0, codeServer_1.installExtension)(exports.VSIX, extensionsDir);
    }
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-notes-notes-'));
    fs.cpSync(exports.SAMPLE_NOTES, workspace, { recursive: true });
    const server = await (0, codeServer_1.startCodeServer)({
        extensionsDir,
        settings: {
            'workbench.colorTheme': options.theme ?? 'Default Dark Modern', 'window.commandCenter': false, 'editor.minimap.enabled': false,
            // Inlay hints show while Ctrl+Alt is held (as VS Code offers): the editor's lines read as typed, and the hint test holds the keys.
            'editor.inlayHints.enabled': 'offUnlessPressed',
        },
    });
    const browser = await playwright_core_1.chromium.launch({ executablePath: codeServer_1.CHROMIUM, args: codeServer_1.CHROMIUM_ARGS, headless: true });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const log = [];
    page.on('console', (message) => log.push(message.text()));
    // VS Code's own web tests open a development extension this way (a payload in the URL).
    const payload = webExtension ? `&${(0, codeServer_1.webExtensionPayload)(server.port, webExtension)}` : '';
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
            if (webExtension)
                fs.rmSync(webExtension, { recursive: true, force: true });
        },
    };
}
/** Switches the colour theme with "Preferences: Color Theme", as a person would. */
async function setTheme(workbench, theme) {
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
async function screenshot(page, name) {
    fs.mkdirSync(exports.RESULTS_DIR, { recursive: true });
    const file = path.join(exports.RESULTS_DIR, `${name}.png`);
    await page.screenshot({ path: file });
    return file;
}
const exactly = (text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
/** The Quick Pick row whose label is exactly `label`. */
function quickPickRow(page, label) {
    return page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exactly(label) }) }).first();
}
/** Picks the row labelled `label` in the open Quick Pick. */
async function quickPick(page, label) {
    const row = quickPickRow(page, label);
    await row.waitFor();
    await row.click();
}
/** Runs a command from the Command Palette, as a person would. */
async function runCommand(page, title) {
    const input = page.locator('.quick-input-widget input');
    await page.keyboard.press('F1');
    await input.waitFor();
    await input.fill(`>${title}`);
    const row = quickPickRow(page, title);
    await row.waitFor();
    await row.click();
}
/** Opens a file of the workspace with Quick Open. */
async function openFile(page, name) {
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
async function cursorToEnd(page) {
    await page.locator('.editor-group-container.active .monaco-editor textarea').first().focus();
    await page.keyboard.press('Control+End');
    // The status bar reports the cursor; wait until it is on the last line.
    const lines = await page.locator('.editor-group-container.active .monaco-editor .line-numbers').allInnerTexts();
    const last = Math.max(...lines.map(Number).filter(Number.isFinite));
    await page.locator('.statusbar-item', { hasText: new RegExp(`^Ln ${last}, Col \\d+`) }).first().waitFor({ timeout: 10_000 });
}
/** The innermost frame of a webview whose document has `selector`. */
async function webviewFrame(page, selector, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        // Newest frames first: a view that was hidden and shown again leaves its old frame behind for a moment.
        for (const frame of [...page.frames()].reverse()) {
            if (frame === page.mainFrame() || frame.isDetached())
                continue;
            const found = await frame.$(selector).catch(() => null);
            if (found && (await found.isVisible().catch(() => false)))
                return frame;
        }
        if (Date.now() > deadline)
            throw new Error(`no webview frame with ${selector}`);
        await page.waitForTimeout(250);
    }
}
/**
 * One workbench for a describe block: opened before its tests, a screenshot of what the person would have
 * seen when a test failed (named with `prefix`), closed after. Returns a getter for the open workbench.
 */
function useWorkbench(options, prefix) {
    let workbench;
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
        if (!workbench)
            throw new Error('the workbench did not open');
        return workbench;
    };
}
/**
 * Types into a note, opens the Papers view, waits until it counts `papers` (the catalogue and the loaded
 * libraries), searches `sliced recursve` (a typo), checks the details and cites the first paper with Enter.
 */
async function citeFromPapersView(page, papers) {
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
    assert.deepEqual(await first.locator('.title mark').allInnerTexts(), ['Sliced', 'Recursive']);
    await view.locator('#query').press('ArrowDown');
    await view.locator('#details .details-title', { hasText: 'Sliced Recursive Transformer' }).waitFor();
    assert.match(await view.locator('#details').innerText(), /Family\s+Transformer, Vision Transformer/);
    await view.locator('#results').press('Enter');
    await page.locator('.monaco-editor .view-lines', { hasText: 'Weight sharing across depth: [@slicedrecursive2021]' }).first().waitFor();
    return view;
}
