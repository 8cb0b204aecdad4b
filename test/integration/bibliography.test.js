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
const node_child_process_1 = require("node:child_process");
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const vscode = __importStar(require("vscode"));
const helpers_1 = require("./helpers");
const folder = () => vscode.workspace.workspaceFolders[0].uri;
const file = (name) => vscode.Uri.joinPath(folder(), name);
const write = (name, text) => vscode.workspace.fs.writeFile(file(name), Buffer.from(text, 'utf8'));
const read = async (name) => Buffer.from(await vscode.workspace.fs.readFile(file(name))).toString('utf8');
const USER_BIB = `% my own entries
@article{vaswani2017,
  author = {Vaswani, Ashish and others},
  title = {Attention Is All You Need},
  journal = {NeurIPS},
  year = {2017}
}

@misc{mamba2023, title = {My notes on Mamba}, year = {2023}}
`;
describe('bibliography', () => {
    before(async () => {
        await (0, helpers_1.activeExtension)();
        await vscode.workspace.getConfiguration('paperNotes').update('bibliographyFile', 'references.bib', vscode.ConfigurationTarget.Workspace);
        await write('notes/attention.md', '# Attention\n\nSliced [@slicedrecursive2021, p. 2] and [@mamba2023; @informer2020].\nOurs @vaswani2017, unknown [@nokey2020].\n\n`[@specdetr2024]` is code.\n');
        await write('notes/detection.md', 'Hyperspectral detection: @specdetr2024.\n');
    });
    after(async () => {
        await vscode.workspace.getConfiguration('paperNotes').update('bibliographyFile', undefined, vscode.ConfigurationTarget.Workspace);
        await vscode.workspace.getConfiguration('paperNotes.bibliography').update('updateOnSave', undefined, vscode.ConfigurationTarget.Workspace);
    });
    it('writes every cited catalogue paper into the file, keeping the user\'s entries byte for byte', async () => {
        await write('references.bib', USER_BIB);
        const update = await vscode.commands.executeCommand('paperNotes.updateBibliography');
        assert.deepEqual(update.keptUsers, ['mamba2023']);
        assert.deepEqual([...update.added].sort(), ['informer2020', 'slicedrecursive2021', 'specdetr2024']);
        const text = await read('references.bib');
        assert.ok(text.startsWith(USER_BIB), 'the user\'s text changed');
        assert.match(text, /@misc\{slicedrecursive2021,\n {2}title = \{\{Sliced Recursive Transformer\}\}/);
        const again = await vscode.commands.executeCommand('paperNotes.updateBibliography');
        assert.equal(again.written, false);
    });
    it('is resolved by pandoc --citeproc for every cited key, without warnings', async () => {
        const cwd = folder().fsPath;
        const run = (0, node_child_process_1.spawnSync)('pandoc', ['notes/attention.md', 'notes/detection.md', '--citeproc', '--bibliography', 'references.bib', '-t', 'plain', '--wrap=none'], { cwd, encoding: 'utf8' });
        assert.equal(run.error, undefined, 'pandoc is not installed (apt-get install pandoc)');
        // The one unknown key is reported; nothing else is.
        assert.deepEqual(run.stderr.trim().split('\n').filter(Boolean), ['[WARNING] Citeproc: citation nokey2020 not found']);
        for (const [title, year] of [['Sliced Recursive Transformer', '2021'], ['Informer: Beyond Efficient Transformer', '2020'], ['SpecDETR', '2024'], ['My notes on Mamba', '2023'], ['Attention Is All You Need', '2017']]) {
            assert.match(run.stdout, new RegExp(`${title}[^\\n]*${year}|${year}[^\\n]*${title}`, 'i'), title);
        }
    });
    it('counts the keys of the user\'s own entries as known: no diagnostic, and a hover that says where they come from', async () => {
        await write('references.bib', USER_BIB);
        const document = await vscode.workspace.openTextDocument(file('notes/attention.md'));
        await vscode.window.showTextDocument(document);
        const flagged = await (0, helpers_1.waitFor)(() => {
            const keys = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'Paper Notes').map((d) => document.getText(d.range));
            return keys.length === 1 ? keys : undefined;
        }, 'only the unknown key to be flagged');
        assert.deepEqual(flagged, ['nokey2020']);
        const at = document.getText().indexOf('vaswani2017') + 2;
        const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, document.positionAt(at));
        const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))).join('\n');
        assert.match(text, /\*\*Attention Is All You Need\*\* \(2017\)/);
        assert.match(text, /From:\* references\\\.bib, line 2/);
    });
    it('refuses a malformed file, says where, and writes nothing', async () => {
        const broken = '@article{broken,\n  title = {no closing brace\n';
        await write('references.bib', broken);
        const update = await vscode.commands.executeCommand('paperNotes.updateBibliography');
        assert.equal(update.written, false);
        assert.equal(await read('references.bib'), broken);
    });
    it('refuses a file that is not UTF-8, and leaves every byte of it', async () => {
        const latin1 = Buffer.concat([Buffer.from('@misc{mine2020,\n  title = {M'), Buffer.from([0xfc]), Buffer.from('ller}\n}\n')]);
        await vscode.workspace.fs.writeFile(file('references.bib'), latin1);
        const update = await vscode.commands.executeCommand('paperNotes.updateBibliography');
        assert.equal(update.written, false);
        assert.match(update.refused ?? '', /^line 2, byte 13 is not valid UTF-8/);
        assert.deepEqual(Buffer.from(await vscode.workspace.fs.readFile(file('references.bib'))), latin1);
    });
    it('keeps an entry it wrote once the user edited it, and writes CRLF into a CRLF file', async () => {
        await write('references.bib', USER_BIB.replace(/\n/g, '\r\n'));
        await vscode.commands.executeCommand('paperNotes.updateBibliography');
        const edited = (await read('references.bib')).replace('{{Sliced Recursive Transformer}}', '{{Sliced Recursive Transformer}} -- my reading notes');
        await write('references.bib', edited);
        const update = await vscode.commands.executeCommand('paperNotes.updateBibliography');
        assert.deepEqual(update.keptEdited, ['slicedrecursive2021']);
        assert.equal(update.written, false);
        const text = await read('references.bib');
        assert.equal(text, edited);
        assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/, 'every line of the file ends in CRLF');
    });
    it('goes through an open editor as one undoable edit, keeping its unsaved changes', async () => {
        await write('references.bib', USER_BIB);
        const document = await vscode.workspace.openTextDocument(file('references.bib'));
        const editor = await vscode.window.showTextDocument(document);
        await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '% typed, not saved yet\n'));
        const update = await vscode.commands.executeCommand('paperNotes.updateBibliography');
        assert.ok(update.written);
        assert.ok(document.isDirty, 'a document with unsaved changes stays unsaved: the user saves it');
        assert.ok(document.getText().startsWith(`% typed, not saved yet\n${USER_BIB}`));
        assert.match(document.getText(), /@misc\{slicedrecursive2021,/);
        assert.equal(await read('references.bib'), USER_BIB, 'the file on disk is not written behind the editor\'s back');
        await vscode.commands.executeCommand('undo');
        assert.equal(document.getText(), `% typed, not saved yet\n${USER_BIB}`, 'one undo takes the whole update back');
        await vscode.commands.executeCommand('undo');
        await vscode.commands.executeCommand('workbench.action.files.revert');
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });
    it('saves an open editor that had no unsaved changes', async () => {
        await write('references.bib', USER_BIB);
        const document = await vscode.workspace.openTextDocument(file('references.bib'));
        await vscode.window.showTextDocument(document);
        const update = await vscode.commands.executeCommand('paperNotes.updateBibliography');
        assert.ok(update.written);
        assert.ok(!document.isDirty);
        assert.match(await read('references.bib'), /@misc\{slicedrecursive2021,/);
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });
    it('refuses a workspace setting that points outside the workspace, by path or through a symbolic link', async () => {
        const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-notes-outside-'));
        fs.symlinkSync(outside, path.join(folder().fsPath, 'linked'));
        const config = vscode.workspace.getConfiguration('paperNotes');
        // Named after this run's workspace folder, so no file from another run can be mistaken for a write.
        const beside = `${path.basename(folder().fsPath)}-outside.bib`;
        try {
            for (const setting of [`../${beside}`, path.join(outside, 'abs.bib'), 'linked/through-link.bib']) {
                await config.update('bibliographyFile', setting, vscode.ConfigurationTarget.Workspace);
                const update = await vscode.commands.executeCommand('paperNotes.updateBibliography');
                assert.equal(update.written, false, setting);
                assert.match(update.refused ?? '', /outside the workspace folder/, setting);
            }
            assert.deepEqual(fs.readdirSync(outside), [], 'nothing was written outside');
            assert.ok(!fs.existsSync(path.join(folder().fsPath, '..', beside)));
            // The user's own settings may point anywhere.
            await config.update('bibliographyFile', undefined, vscode.ConfigurationTarget.Workspace);
            await config.update('bibliographyFile', path.join(outside, 'mine.bib'), vscode.ConfigurationTarget.Global);
            const update = await vscode.commands.executeCommand('paperNotes.updateBibliography');
            assert.ok(update.written, update.refused);
            assert.match(fs.readFileSync(path.join(outside, 'mine.bib'), 'utf8'), /@misc\{slicedrecursive2021,/);
        }
        finally {
            await config.update('bibliographyFile', undefined, vscode.ConfigurationTarget.Global);
            await config.update('bibliographyFile', 'references.bib', vscode.ConfigurationTarget.Workspace);
            fs.rmSync(path.join(folder().fsPath, 'linked'));
            fs.rmSync(outside, { recursive: true, force: true });
        }
    });
    it('updates on save when asked to', async () => {
        await write('references.bib', USER_BIB);
        await vscode.workspace.getConfiguration('paperNotes.bibliography').update('updateOnSave', true, vscode.ConfigurationTarget.Workspace);
        const document = await vscode.workspace.openTextDocument(file('notes/detection.md'));
        const editor = await vscode.window.showTextDocument(document);
        await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), 'And [@lookupvit2024].\n'));
        await document.save();
        await (0, helpers_1.waitFor)(async () => /@misc\{lookupvit2024,/.test(await read('references.bib')) || undefined, 'the bibliography to be updated on save');
        assert.ok((await read('references.bib')).startsWith(USER_BIB));
    });
});
