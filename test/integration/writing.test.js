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
const vscode = __importStar(require("vscode"));
const helpers_1 = require("./helpers");
const labelOf = (item) => (typeof item.label === 'string' ? item.label : item.label.label);
async function completions(editor, line, character) {
    return vscode.commands.executeCommand('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(line, character), '@');
}
async function hoverText(editor, line, character) {
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(line, character));
    return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))).join('\n');
}
async function paperNotesDiagnostics(uri, count) {
    return (0, helpers_1.waitFor)(() => {
        const diagnostics = vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'Paper Notes');
        return diagnostics.length === count ? diagnostics : undefined;
    }, `${count} Paper Notes diagnostics`);
}
describe('completion', () => {
    before(helpers_1.activeExtension);
    it('stays quiet in URLs, link text and HTML comments', async () => {
        const editor = await (0, helpers_1.openNote)('https://medium.com/@sli <!-- @sli --> [see @sli](https://x.org)');
        for (const character of [23, 33, 48]) {
            const list = await completions(editor, 0, character);
            assert.equal(list.items.filter((item) => item.detail === 'Sliced Recursive Transformer (2021)').length, 0, String(character));
        }
    });
    it('suggests papers after @ with the fuzzy search, title, year and summary', async () => {
        const editor = await (0, helpers_1.openNote)('As shown in [@slic');
        const list = await completions(editor, 0, 18);
        assert.ok(list.isIncomplete, 'the list is asked again as the writer types');
        const first = list.items[0];
        assert.equal(labelOf(first), 'slicedrecursive2021');
        assert.equal(first.detail, 'Sliced Recursive Transformer (2021)');
        assert.match(first.documentation.value, /Vision Transformer/);
        assert.equal(first.insertText, 'slicedrecursive2021]');
    });
    it('finds papers by typo and short name, and inserts only the key when the citation is closed', async () => {
        const editor = await (0, helpers_1.openNote)('See [@sret] and @recursve');
        assert.equal(labelOf((await completions(editor, 0, 10)).items[0]), 'slicedrecursive2021');
        assert.equal((await completions(editor, 0, 10)).items[0].insertText, 'slicedrecursive2021');
        assert.equal(labelOf((await completions(editor, 0, 25)).items[0]), 'slicedrecursive2021');
    });
    it('stays quiet in code, in e-mail addresses and mid-word', async () => {
        const editor = await (0, helpers_1.openNote)('`[@sli` mail me@sli\n\n```\n[@sli\n```');
        for (const [line, character] of [[0, 6], [0, 19], [3, 5]]) {
            const list = await completions(editor, line, character);
            // (VS Code's own word suggestions may still offer words of other open notes: only ours carry the title.)
            assert.equal(list.items.filter((item) => item.detail === 'Sliced Recursive Transformer (2021)').length, 0, `${line}:${character}`);
        }
    });
});
describe('hover and definition', () => {
    before(helpers_1.activeExtension);
    it('explains a cited paper, with command links', async () => {
        const editor = await (0, helpers_1.openNote)('Weight sharing [@slicedrecursive2021, p. 3].');
        const text = await hoverText(editor, 0, 20);
        assert.match(text, /\*\*Sliced Recursive Transformer\*\* \(2021\)/);
        assert.match(text, /SReT/);
        assert.match(text, /Family:\* Transformer, Vision Transformer/);
        assert.match(text, /github\.com\/szq0214\/SReT/);
        assert.match(text, /command:paperNotes\.insertSummaryCard\?/);
        assert.match(text, /command:paperNotes\.copyBibtex\?/);
        assert.match(text, /command:paperNotes\.showPaper\?/);
    });
    it('says an unknown key is unknown and suggests the nearest keys', async () => {
        const editor = await (0, helpers_1.openNote)('See [@slicedrecursiv2021].');
        assert.match(await hoverText(editor, 0, 8), /Unknown citation key[^]*Did you mean `@slicedrecursive2021`/);
    });
    it('shows keys as written, and escapes what a key could inject', async () => {
        const folder = vscode.workspace.workspaceFolders[0].uri;
        await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'hover.bib'), Buffer.from('@misc{smith_2020, title = {Mine}}\n@misc{evilkeyxyz2020`**[click](https://x.org)**`, title = {x}}\n'));
        const config = vscode.workspace.getConfiguration('paperNotes');
        await config.update('bibliographyFile', 'hover.bib', vscode.ConfigurationTarget.Workspace);
        try {
            const editor = await (0, helpers_1.openNote)('Mine [@smith_2020] and [@evilkeyxyz2020].');
            const own = await (0, helpers_1.waitFor)(async () => {
                const text = await hoverText(editor, 0, 10);
                return /\*\*Mine\*\*/.test(text) ? text : undefined;
            }, 'the user\'s key to be known');
            assert.match(own, /`@smith_2020` · /);
            assert.match(own, /From:\* hover\\\.bib, line 1/);
            const unknown = await hoverText(editor, 0, 30);
            assert.ok(unknown.includes('`` @evilkeyxyz2020`**[click](https://x.org)**` ``'), unknown);
        }
        finally {
            await config.update('bibliographyFile', undefined, vscode.ConfigurationTarget.Workspace);
        }
    });
    it('goes to a read-only page of the paper with F12', async () => {
        const editor = await (0, helpers_1.openNote)('See [@mamba2023].');
        const locations = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', editor.document.uri, new vscode.Position(0, 8));
        assert.equal(locations.length, 1);
        assert.equal(locations[0].uri.scheme, 'paper-notes');
        const document = await vscode.workspace.openTextDocument(locations[0].uri);
        assert.match(document.getText(), /^# Mamba: Linear-Time Sequence Modeling with Selective State Spaces\n/);
        assert.match(document.getText(), /- Complexity: linear/);
        assert.match(document.getText(), /## Abstract/);
    });
});
describe('diagnostics', () => {
    before(helpers_1.activeExtension);
    afterEach(async () => {
        await vscode.workspace.getConfiguration('paperNotes.diagnostics').update('unknownKeys', undefined, vscode.ConfigurationTarget.Global);
    });
    it('flags unknown keys outside code, as a warning, and follows edits', async () => {
        const editor = await (0, helpers_1.openNote)('Good [@mamba2023], bad [@mamba2022] and @nokey2020.\n\n`[@incode2020]`\n\n```\n@inblock2020\n```');
        const diagnostics = await paperNotesDiagnostics(editor.document.uri, 2);
        assert.deepEqual(diagnostics.map((diagnostic) => editor.document.getText(diagnostic.range)), ['mamba2022', 'nokey2020']);
        assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Warning);
        await editor.edit((edit) => edit.replace(diagnostics[1].range, 'informer2020'));
        await paperNotesDiagnostics(editor.document.uri, 1);
    });
    it('flags nothing where the preview renders no citation: comments, HTML, quoted code, URLs, links', async () => {
        const note = [
            '<!--', '@hidden2020', '-->', '', '<div>', '@inhtml2020', '</div>', '', '> ```', '> @quotedcode2020', '> ```', '',
            'Read https://medium.com/@jane/post and <https://mastodon.social/@someone>.', '', '[see @linked2020](https://x.org) ![@alt2020](x.png)', '',
            'But [@real2020] is a citation.',
        ].join('\n');
        const editor = await (0, helpers_1.openNote)(note);
        const diagnostics = await paperNotesDiagnostics(editor.document.uri, 1);
        assert.deepEqual(diagnostics.map((diagnostic) => editor.document.getText(diagnostic.range)), ['real2020']);
    });
    it('offers quick fixes: the nearest keys, and a search of the Papers view', async () => {
        const editor = await (0, helpers_1.openNote)('See [@slicedrecursiv2021].');
        const [diagnostic] = await paperNotesDiagnostics(editor.document.uri, 1);
        const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', editor.document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
        const ours = actions.filter((action) => /^(Replace with @|Search the Papers view)/.test(action.title));
        assert.match(ours[0].title, /^Replace with @slicedrecursive2021 — Sliced Recursive Transformer$/);
        assert.ok(ours[0].isPreferred);
        assert.ok(ours.some((action) => action.title === "Search the Papers view for 'slicedrecursiv2021'" && action.command?.command === 'paperNotes.searchPapers'));
        await vscode.workspace.applyEdit(ours[0].edit);
        assert.equal(editor.document.getText(), 'See [@slicedrecursive2021].');
        await paperNotesDiagnostics(editor.document.uri, 0);
    });
    it('follows the severity setting, off included, and clears when a note closes', async () => {
        const editor = await (0, helpers_1.openNote)('[@nokey2020]');
        await paperNotesDiagnostics(editor.document.uri, 1);
        await vscode.workspace.getConfiguration('paperNotes.diagnostics').update('unknownKeys', 'error', vscode.ConfigurationTarget.Global);
        await (0, helpers_1.waitFor)(() => vscode.languages.getDiagnostics(editor.document.uri)[0]?.severity === vscode.DiagnosticSeverity.Error || undefined, 'an error');
        await vscode.workspace.getConfiguration('paperNotes.diagnostics').update('unknownKeys', 'off', vscode.ConfigurationTarget.Global);
        await paperNotesDiagnostics(editor.document.uri, 0);
        await vscode.workspace.getConfiguration('paperNotes.diagnostics').update('unknownKeys', undefined, vscode.ConfigurationTarget.Global);
        await paperNotesDiagnostics(editor.document.uri, 1);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        await paperNotesDiagnostics(editor.document.uri, 0);
    });
});
