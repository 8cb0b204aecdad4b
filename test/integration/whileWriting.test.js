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
const labelOf = (hint) => (typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join(''));
async function hintsOf(editor) {
    const document = editor.document;
    const all = new vscode.Range(0, 0, document.lineCount, 0);
    return vscode.commands.executeCommand('vscode.executeInlayHintProvider', document.uri, all);
}
describe('summaries while writing: inlay hints', () => {
    before(helpers_1.activeExtension);
    const config = () => vscode.workspace.getConfiguration('paperNotes');
    afterEach(async () => {
        await config().update('inlayHints', undefined, vscode.ConfigurationTarget.Global);
    });
    it('puts the model\'s name after each citation key, and none in code, URLs or comments', async () => {
        const editor = await (0, helpers_1.openNote)([
            'Selective state spaces [@mamba2023; @slicedrecursive2021, p. 3] and @informer2020.',
            '',
            '`[@mamba2023]` in code, <!-- [@mamba2023] --> in a comment, https://x.org/@mamba2023 in a URL.',
            '',
            '```',
            '[@slicedrecursive2021]',
            '```',
            'An unknown one: [@nosuchpaper2020].',
        ].join('\n'));
        const hints = await hintsOf(editor);
        assert.deepEqual(hints.map((hint) => [hint.position.line, hint.position.character, labelOf(hint)]), [
            [0, 34, 'Mamba'], [0, 56, 'SReT'], [0, 81, 'Informer'],
        ]);
        // The tooltip is made when VS Code resolves a hint (a hover over it: the e2e tier), not for every hint given out.
        assert.equal(hints[0].label[0].tooltip, undefined);
    });
    it('follows paperNotes.inlayHints: summary adds family and headline result, off shows none', async () => {
        const editor = await (0, helpers_1.openNote)('Recursion [@slicedrecursive2021].');
        await config().update('inlayHints', 'summary', vscode.ConfigurationTarget.Global);
        assert.deepEqual((await hintsOf(editor)).map(labelOf), ['SReT · ViT · ~2% gain']);
        await config().update('inlayHints', 'off', vscode.ConfigurationTarget.Global);
        assert.deepEqual(await hintsOf(editor), []);
        await config().update('inlayHints', 'sideways', vscode.ConfigurationTarget.Global);
        assert.deepEqual((await hintsOf(editor)).map(labelOf), ['SReT'], 'a bad value falls back to name');
    });
    it('follows the note as it changes', async () => {
        const editor = await (0, helpers_1.openNote)('Tokens [@tokenstotokenvit2021].');
        assert.deepEqual((await hintsOf(editor)).map(labelOf), ['T2T-ViT']);
        await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Also [@mamba2023]. '));
        assert.deepEqual((await hintsOf(editor)).map((hint) => [hint.position.character, labelOf(hint)]), [[16, 'Mamba'], [48, 'T2T-ViT']]);
    });
});
describe('summaries while writing: the Papers view follows the cursor', () => {
    const config = () => vscode.workspace.getConfiguration('paperNotes');
    let api;
    before(async () => {
        api = (await (0, helpers_1.activeExtension)()).exports;
    });
    after(async () => {
        await config().update('followCursor', undefined, vscode.ConfigurationTarget.Global);
    });
    it('shows the paper under the cursor (the key under it, in a group), without taking the focus', async () => {
        const editor = await (0, helpers_1.openNote)('Compare [@mamba2023; @informer2020] and [@slicedrecursive2021].');
        await vscode.commands.executeCommand('paperNotes.papers.focus');
        await vscode.window.showTextDocument(editor.document);
        editor.selection = new vscode.Selection(0, 24, 0, 24);
        await (0, helpers_1.waitFor)(() => api.papersView.followedKey === 'informer2020', 'the view to follow @informer2020');
        assert.equal(vscode.window.activeTextEditor?.document, editor.document, 'the editor keeps the focus');
        editor.selection = new vscode.Selection(0, 50, 0, 50);
        await (0, helpers_1.waitFor)(() => api.papersView.followedKey === 'slicedrecursive2021', 'the view to follow @slicedrecursive2021');
    });
    it('shows a paper a hint or a hover link asks for, whatever its key looks like to the search', async () => {
        await vscode.commands.executeCommand('paperNotes.showPaper', 'mamba2023');
        await (0, helpers_1.waitFor)(() => api.papersView.followedKey === 'mamba2023', 'the view to show @mamba2023');
        await vscode.commands.executeCommand('paperNotes.showPaper', 'informer2020');
        await (0, helpers_1.waitFor)(() => api.papersView.followedKey === 'informer2020', 'the view to show @informer2020');
    });
    it('stops following when the pin is turned off, and follows again when it is turned on', async () => {
        const editor = await (0, helpers_1.openNote)('One [@mamba2023], two [@tokenstotokenvit2021].');
        await vscode.commands.executeCommand('paperNotes.papers.focus');
        await vscode.window.showTextDocument(editor.document);
        await vscode.commands.executeCommand('paperNotes.followCursorOff');
        assert.equal(config().get('followCursor'), false);
        const before = api.papersView.followedKey;
        assert.notEqual(before, 'mamba2023');
        editor.selection = new vscode.Selection(0, 8, 0, 8);
        await new Promise((resolve) => setTimeout(resolve, 500));
        assert.equal(api.papersView.followedKey, before, 'not following');
        await vscode.commands.executeCommand('paperNotes.followCursorOn');
        editor.selection = new vscode.Selection(0, 30, 0, 30);
        await (0, helpers_1.waitFor)(() => api.papersView.followedKey === 'tokenstotokenvit2021', 'the view to follow again');
    });
});
