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
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const workbench_1 = require("./workbench");
/**
 * The web extension (what vscode.dev and github.dev run): the manifest's
 * `browser` entry alone, in VS Code's web worker extension host, where there
 * is no Node (no fs, no worker threads): the catalogue, the libraries and the
 * style files are read through `vscode.workspace.fs`.
 */
describe('Paper Notes in the browser (the web extension, in the web worker extension host)', () => {
    const current = (0, workbench_1.useWorkbench)({ web: true }, 'failed-web-');
    let workbench;
    before(() => {
        // A note in a style file of the workspace (written now, so Quick Open has found it by the time a test opens it).
        const { workspace } = current();
        fs.mkdirSync(path.join(workspace, 'styles'), { recursive: true });
        fs.copyFileSync('/usr/share/citation-style-language/styles/ieee.csl', path.join(workspace, 'styles', 'ieee.csl'));
        fs.writeFileSync(path.join(workspace, 'ieee-note.md'), '---\ncsl: styles/ieee.csl\n---\nRecursion [@slicedrecursive2021], tokens [@tokenstotokenvit2021].\n');
    });
    beforeEach(() => {
        workbench = current();
    });
    it('searches in the Papers view, with the workspace library read through workspace.fs, and cites with Enter', async () => {
        const { page } = workbench;
        // The catalogue's 194 papers, the 5 entries of library/zotero.bib (the workspace's paperNotes.libraries glob) and the one of
        // library/reading-group.json (the front matter of my-library.md, which the probe opened).
        await (0, workbench_1.citeFromPapersView)(page, 200);
        assert.ok(workbench.console.some((line) => /web worker extension host is started/i.test(line)), 'VS Code started its web worker extension host');
        await (0, workbench_1.screenshot)(page, 'web-papers-view');
    });
    it("renders a note's citations as Pandoc prints them with the preview plugin, library entries included, in the web worker extension host", async () => {
        const { page, workspace } = workbench;
        const written = path.join(workspace, 'probe-preview.html');
        for (let waited = 0; !fs.existsSync(written) && waited < 60_000; waited += 250)
            await page.waitForTimeout(250);
        const { platform, html } = JSON.parse(fs.readFileSync(written, 'utf8'));
        assert.equal(platform, 'web', 'the web entry activated');
        assert.match(html, /<span class="citation" data-cites="hochreiterLongShorttermMemory1997" title="Long Short-Term Memory \(1997\)[^"]*">\(Hochreiter &#38; Schmidhuber, 1997\)<\/span>/);
        assert.match(html, /data-cites="vaswaniAttentionAllYou2017"[^>]*>\(Vaswani et al\., 2017\)/);
        assert.doesNotMatch(html, /paper-notes-unknown/, "every key of the note is known, its front matter's library too");
        assert.match(html, /<div id="ref-hochreiterLongShorttermMemory1997" class="csl-entry" role="doc-biblioentry">Hochreiter, S\., &#38; Schmidhuber, J\. \(1997\)\. Long Short-Term Memory\. <i>Neural Computation<\/i>/);
    });
    it("hovers a library entry's citation with its reference as Pandoc prints it (CSL in the browser)", async () => {
        const { page } = workbench;
        await (0, workbench_1.runCommand)(page, 'View: Close All Editor Groups');
        await (0, workbench_1.openFile)(page, 'my-library.md');
        // The note's own library (library/reading-group.json, from its front matter) is read: 5 + 1 entries.
        await page.locator('.statusbar-item', { hasText: '6' }).locator('.codicon-library').first().waitFor({ timeout: 30_000 });
        // Line 11: "Recurrent networks with gated memory [@hochreiterLongShorttermMemory1997] gave"
        await page.locator('.monaco-editor .view-line', { hasText: 'hochreiterLongShorttermMemory1997' }).first().locator('span', { hasText: 'hochreiterLongShorttermMemory1997' }).last().click();
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        const hover = page.locator('.monaco-hover-content', { hasText: 'Long Short-Term Memory' }).first();
        await hover.waitFor({ timeout: 20_000 });
        assert.match(await hover.innerText(), /^Hochreiter, S\., & Schmidhuber, J\. \(1997\)\. Long Short-Term Memory\. Neural Computation, 9\(8\), 1735–1780\./);
        await (0, workbench_1.screenshot)(page, 'web-hover-library-entry');
        await page.keyboard.press('Escape');
    });
    it('copies formatted references in a CSL style file of the workspace (IEEE, from Debian), read through workspace.fs', async () => {
        const { page } = workbench;
        await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
        await (0, workbench_1.runCommand)(page, 'View: Close All Editor Groups');
        await (0, workbench_1.openFile)(page, 'ieee-note.md');
        await (0, workbench_1.runCommand)(page, 'Paper Notes: Copy Formatted References');
        await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Copy 2 formatted references' }).waitFor({ timeout: 20_000 });
        await (0, workbench_1.quickPick)(page, 'Plain text');
        await page.locator('.statusbar-item', { hasText: 'copied 2 formatted references' }).first().waitFor({ timeout: 10_000 });
        const copied = await page.evaluate(() => globalThis.navigator.clipboard.readText());
        assert.match(copied, /^\[1\]\s*“?Sliced Recursive Transformer/m, copied);
        assert.match(copied, /^\[2\]\s*“?Tokens-to-Token ViT/m, copied);
    });
    it('updates the bibliography file through workspace.fs', async () => {
        const { page, workspace } = workbench;
        const settings = path.join(workspace, '.vscode', 'settings.json');
        fs.writeFileSync(settings, JSON.stringify({ ...JSON.parse(fs.readFileSync(settings, 'utf8')), 'paperNotes.bibliographyFile': 'refs.bib' }));
        await page.waitForTimeout(1500);
        await (0, workbench_1.runCommand)(page, 'Paper Notes: Update Bibliography');
        const refs = path.join(workspace, 'refs.bib');
        for (let waited = 0; !fs.existsSync(refs) && waited < 20_000; waited += 250)
            await page.waitForTimeout(250);
        const text = fs.readFileSync(refs, 'utf8');
        assert.match(text, /@\w+\{slicedrecursive2021,/);
        assert.match(text, /@\w+\{tokenstotokenvit2021,/);
    });
});
