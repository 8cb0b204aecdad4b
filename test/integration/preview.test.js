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
const vscode = __importStar(require("vscode"));
const helpers_1 = require("./helpers");
const render = (text) => vscode.commands.executeCommand('markdown.api.render', text);
describe('Markdown preview plugin inside VS Code', () => {
    before(async () => {
        await (0, helpers_1.activeExtension)();
    });
    afterEach(async () => {
        await vscode.workspace.getConfiguration('paperNotes.preview').update('citationLabel', undefined, vscode.ConfigurationTarget.Global);
        await vscode.workspace.getConfiguration('paperNotes.preview').update('references', undefined, vscode.ConfigurationTarget.Global);
        await vscode.workspace.getConfiguration('paperNotes').update('citationStyle', undefined, vscode.ConfigurationTarget.Global);
        await vscode.workspace.getConfiguration('paperNotes').update('locale', undefined, vscode.ConfigurationTarget.Global);
    });
    it('renders summary cards, comparison tables and references', async () => {
        const html = await render('Cites [@informer2020].\n\n```paper\nslicedrecursive2021\n```\n\n```papers cited\n```\n');
        assert.match(html, /<div class="paper-notes-card" id="paper-notes-card-slicedrecursive2021">/);
        assert.match(html, /<table class="paper-notes-table">[^]*>Informer<\/a>/);
        assert.match(html, /<div id="refs" class="references csl-bib-body hanging-indent" role="doc-bibliography">\n<div id="ref-informer2020" class="csl-entry"/);
        await vscode.workspace.getConfiguration('paperNotes.preview').update('citationLabel', 'key', vscode.ConfigurationTarget.Global);
        assert.match(await render('Cites [@informer2020].\n'), /<section class="paper-notes-references">/);
    });
    it('follows the settings when they change', async () => {
        const text = '[@mamba2023; @informer2020]';
        assert.match(await render(text), /<span class="citation" data-cites="mamba2023 informer2020" title="[^"]*">\(<i>Informer/);
        await vscode.workspace.getConfiguration('paperNotes').update('citationStyle', 'vancouver', vscode.ConfigurationTarget.Global);
        assert.match(await render(text), /<span class="citation" data-cites="mamba2023 informer2020" title="[^"]*">\(1,2\)<\/span>/);
        await vscode.workspace.getConfiguration('paperNotes.preview').update('citationLabel', 'key', vscode.ConfigurationTarget.Global);
        assert.match(await render(text), />@mamba2023<\/a>/);
        await vscode.workspace.getConfiguration('paperNotes.preview').update('citationLabel', 'number', vscode.ConfigurationTarget.Global);
        assert.match(await render(text), /data-key="mamba2023">1<\/a>; <a[^>]+data-key="informer2020">2<\/a>/);
        await vscode.workspace.getConfiguration('paperNotes.preview').update('references', false, vscode.ConfigurationTarget.Global);
        assert.doesNotMatch(await render(text), /References/);
    });
    it("prints a saved note in the style its front matter names (csl: relative to the note), with lang:", async () => {
        const folder = vscode.workspace.workspaceFolders[0].uri.fsPath;
        fs.mkdirSync(path.join(folder, 'styles'), { recursive: true });
        fs.copyFileSync('/usr/share/citation-style-language/styles/chicago-fullnote-bibliography.csl', path.join(folder, 'styles', 'notes.csl'));
        const file = path.join(folder, 'styled-note.md');
        fs.writeFileSync(file, '---\ncsl: styles/notes.csl\n---\nState spaces [@mamba2023, p. 4].\n');
        const document = await vscode.workspace.openTextDocument(file);
        const html = await vscode.commands.executeCommand('markdown.api.render', document);
        assert.match(html, /<span class="citation" data-cites="mamba2023" title="Mamba: [^"]*"><a href="#fn1" class="footnote-ref"/);
        assert.match(html, /<li id="fn1" role="doc-endnote"><p>“Mamba: Linear-Time Sequence Modeling with Selective State Spaces,” December 1, 2023, 4\./);
        // The style file changes on disk: the watcher refreshes the preview and the new version is read.
        fs.copyFileSync('/usr/share/citation-style-language/styles/ieee.csl', path.join(folder, 'styles', 'notes.csl'));
        await (0, helpers_1.waitFor)(async () => /data-cites="mamba2023"[^>]*>\[1, p\. 4\]<\/span>/.test(await vscode.commands.executeCommand('markdown.api.render', document)) || undefined, 'the preview in the changed style');
        const germanFile = path.join(folder, 'german-note.md');
        fs.writeFileSync(germanFile, '---\nlang: de-DE\n---\nState spaces [@mamba2023, p. 4].\n');
        const german = await vscode.commands.executeCommand('markdown.api.render', await vscode.workspace.openTextDocument(germanFile));
        assert.match(german, /data-cites="mamba2023" title="[^"]*">\(<i>Mamba[^<]*<\/i>, 2023, S\. 4\)/);
    });
    it('hovers a key with its reference as the note\'s style prints it, and copies formatted references', async () => {
        const editor = await (0, helpers_1.openNote)('See [@slicedrecursive2021] and [@informer2020].\n');
        const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(0, 8));
        const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
        assert.match(text, /^\*Sliced Recursive Transformer\*\\\. \\\(2021\\\)\\\. https:\/\/github\\\.com\/szq0214\/SReT\n\n---/);
        editor.selection = new vscode.Selection(0, 0, 0, 0);
        const copied = await vscode.commands.executeCommand('paperNotes.copyFormattedReferences', undefined, 'text');
        assert.equal(await vscode.env.clipboard.readText(), copied);
        assert.match(copied, /^Informer: .*\(2020\)\..*\n\nSliced Recursive Transformer\. \(2021\)\. https:\/\/github\.com\/szq0214\/SReT\n$/);
        editor.selection = new vscode.Selection(0, 0, 0, 27);
        const html = await vscode.commands.executeCommand('paperNotes.copyFormattedReferences', undefined, 'html');
        assert.equal(html, '<div class="csl-bib-body">\n  <div class="csl-entry"><i>Sliced Recursive Transformer</i>. (2021). https://github.com/szq0214/SReT</div>\n</div>\n');
    });
    it('contributes the preview stylesheet', async () => {
        const extension = await (0, helpers_1.activeExtension)();
        const styles = extension.packageJSON.contributes['markdown.previewStyles'];
        const css = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, styles[0]));
        assert.match(Buffer.from(css).toString('utf8'), /\.paper-notes-card/);
    });
});
describe('Insert Summary Card and Insert Comparison Table', () => {
    it('inserts a card for the key under the cursor after its paragraph', async () => {
        const editor = await (0, helpers_1.openNote)('First line cites [@slicedrecursive2021]\nstill the paragraph.\n\nNext paragraph.');
        editor.selection = new vscode.Selection(0, 22, 0, 22);
        await vscode.commands.executeCommand('paperNotes.insertSummaryCard');
        assert.equal(editor.document.getText(), 'First line cites [@slicedrecursive2021]\nstill the paragraph.\n\n```paper\nslicedrecursive2021\n```\n\nNext paragraph.');
    });
    it('inserts a comparison table of the note\'s cited catalogue papers', async () => {
        const editor = await (0, helpers_1.openNote)('[@mamba2023] and [@informer2020] and [@nope2020] and `[@specdetr2024]`');
        editor.selection = new vscode.Selection(0, 0, 0, 0);
        await vscode.commands.executeCommand('paperNotes.insertComparisonTable');
        assert.equal(editor.document.getText(), '[@mamba2023] and [@informer2020] and [@nope2020] and `[@specdetr2024]`\n\n```papers\nmamba2023\ninformer2020\n```\n');
    });
});
describe('Copy BibTeX', () => {
    it('copies the BibTeX of the key it is given (as hover links do)', async () => {
        await (0, helpers_1.activeExtension)();
        await vscode.env.clipboard.writeText('');
        await vscode.commands.executeCommand('paperNotes.copyBibtex', 'mamba2023');
        const copied = await vscode.env.clipboard.readText();
        assert.match(copied, /^@misc\{mamba2023,\n {2}title = \{\{Mamba: Linear-Time Sequence Modeling with Selective State Spaces\}\}/);
    });
    it('copies the BibTeX of the key under the cursor', async () => {
        const editor = await (0, helpers_1.openNote)('See [@informer2020].');
        editor.selection = new vscode.Selection(0, 9, 0, 9);
        await vscode.commands.executeCommand('paperNotes.copyBibtex');
        assert.match(await vscode.env.clipboard.readText(), /^@misc\{informer2020,/);
    });
    it('takes no key from code: there it asks which papers instead', async () => {
        const editor = await (0, helpers_1.openNote)('```\n[@informer2020]\n```\n');
        editor.selection = new vscode.Selection(1, 5, 1, 5);
        await vscode.env.clipboard.writeText('unchanged');
        const copying = vscode.commands.executeCommand('paperNotes.copyBibtex');
        await new Promise((resolve) => setTimeout(resolve, 500));
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        await copying;
        assert.equal(await vscode.env.clipboard.readText(), 'unchanged');
    });
});
