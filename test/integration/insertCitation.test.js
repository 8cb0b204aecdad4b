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
async function closeAll() {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
describe('inserting citations', () => {
    before(async () => {
        await (0, helpers_1.activeExtension)();
    });
    afterEach(async () => {
        await vscode.workspace.getConfiguration('paperNotes').update('citationFormat', undefined, vscode.ConfigurationTarget.Global);
    });
    it('inserts at the cursor', async () => {
        const editor = await (0, helpers_1.openNote)('As shown  here.');
        editor.selection = new vscode.Selection(0, 9, 0, 9);
        assert.equal(await vscode.commands.executeCommand('paperNotes.insertCitation', ['slicedrecursive2021']), true);
        assert.equal(editor.document.getText(), 'As shown [@slicedrecursive2021] here.');
    });
    it('joins an existing citation when the cursor is inside it', async () => {
        const editor = await (0, helpers_1.openNote)('See [@mamba2023, p. 2] here.');
        editor.selection = new vscode.Selection(0, 8, 0, 8);
        await vscode.commands.executeCommand('paperNotes.insertCitation', ['informer2020', 'mamba2023']);
        assert.equal(editor.document.getText(), 'See [@mamba2023, p. 2; @informer2020] here.');
    });
    it('replaces a selection, in the configured format', async () => {
        await vscode.workspace.getConfiguration('paperNotes').update('citationFormat', 'latex', vscode.ConfigurationTarget.Global);
        const editor = await (0, helpers_1.openNote)('As shown CITE here.');
        editor.selection = new vscode.Selection(0, 9, 0, 13);
        await vscode.commands.executeCommand('paperNotes.insertCitation', ['slicedrecursive2021', 'mamba2023']);
        assert.equal(editor.document.getText(), 'As shown \\cite{slicedrecursive2021,mamba2023} here.');
    });
    it('uses a template format', async () => {
        await vscode.workspace.getConfiguration('paperNotes').update('citationFormat', '${name} [@${key}]', vscode.ConfigurationTarget.Global);
        const editor = await (0, helpers_1.openNote)('');
        await vscode.commands.executeCommand('paperNotes.insertCitation', ['slicedrecursive2021']);
        assert.equal(editor.document.getText(), 'SReT [@slicedrecursive2021]');
    });
    it('never splits a key the cursor is inside', async () => {
        const editor = await (0, helpers_1.openNote)('See [@mamba2023] and @informer2020 here.');
        editor.selection = new vscode.Selection(0, 9, 0, 9);
        await vscode.commands.executeCommand('paperNotes.insertCitation', ['slicedrecursive2021']);
        assert.equal(editor.document.getText(), 'See [@mamba2023; @slicedrecursive2021] and @informer2020 here.');
        const offset = editor.document.getText().indexOf('informer') + 3;
        editor.selection = new vscode.Selection(editor.document.positionAt(offset), editor.document.positionAt(offset));
        await vscode.commands.executeCommand('paperNotes.insertCitation', ['specdetr2024']);
        assert.equal(editor.document.getText(), 'See [@mamba2023; @slicedrecursive2021] and @informer2020 [@specdetr2024] here.');
    });
    it('refuses a misspelt or unsafe format setting with a message, citing in Pandoc\'s format meanwhile', async () => {
        for (const format of ['Pandoc', '${constructor}', '${key} ${toString}']) {
            await vscode.workspace.getConfiguration('paperNotes').update('citationFormat', format, vscode.ConfigurationTarget.Global);
            const editor = await (0, helpers_1.openNote)('');
            await vscode.commands.executeCommand('paperNotes.insertCitation', ['slicedrecursive2021']);
            assert.equal(editor.document.getText(), '[@slicedrecursive2021]', format);
        }
    });
    it('is undone in one step', async () => {
        const editor = await (0, helpers_1.openNote)('Text ');
        editor.selection = new vscode.Selection(0, 5, 0, 5);
        await vscode.commands.executeCommand('paperNotes.insertCitation', ['slicedrecursive2021', 'mamba2023']);
        assert.equal(editor.document.getText(), 'Text [@slicedrecursive2021; @mamba2023]');
        await vscode.commands.executeCommand('undo');
        assert.equal(editor.document.getText(), 'Text ');
    });
    it('goes to the last Markdown editor when another editor is active, and says so when there is none', async () => {
        const note = await (0, helpers_1.openNote)('Cite: ');
        note.selection = new vscode.Selection(0, 6, 0, 6);
        const other = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'not a note' });
        await vscode.window.showTextDocument(other, vscode.ViewColumn.Beside);
        await vscode.commands.executeCommand('paperNotes.insertCitation', ['mamba2023']);
        assert.equal(note.document.getText(), 'Cite: [@mamba2023]');
        assert.equal(other.getText(), 'not a note');
        await closeAll();
        assert.equal(await vscode.commands.executeCommand('paperNotes.insertCitation', ['mamba2023']), false);
    });
});
