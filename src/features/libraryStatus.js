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
exports.registerLibraryStatus = registerLibraryStatus;
/**
 * What loading the libraries found, where the user looks: a status bar item
 * (libraries, entries, errors; click to list them), parse errors and keys
 * defined twice as diagnostics in the library files (so in the Problems
 * view), and the commands to list and reload the libraries.
 */
const vscode = __importStar(require("vscode"));
const count = (n, noun) => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
/** A library file's own name, from a path or a URI. */
const baseName = (file) => file.replace(/^.*[\\/]/, '');
function registerLibraryStatus(deps) {
    const { store } = deps;
    const item = vscode.window.createStatusBarItem('paperNotes.libraries', vscode.StatusBarAlignment.Right, 100);
    item.name = 'Paper Notes Libraries';
    item.command = 'paperNotes.showLibraries';
    const collection = vscode.languages.createDiagnosticCollection('paper-notes-library');
    const update = () => {
        const files = store.libraryFiles();
        if (!files.length) {
            item.hide();
            collection.clear();
            return;
        }
        const entries = files.reduce((sum, file) => sum + (file.report?.entryCount ?? 0), 0);
        const errors = files.reduce((sum, file) => sum + (file.report?.errors.length ?? 0) + (file.report?.fatal ? 1 : 0), 0);
        item.text = `${store.loading ? '$(sync~spin)' : '$(library)'} ${entries.toLocaleString('en-US')}${errors ? ` $(warning) ${errors}` : ''}`;
        item.tooltip = `Paper Notes: ${count(files.length, 'library')}, ${count(entries, 'entry').replace('entrys', 'entries')}${errors ? `, ${count(errors, 'problem')}` : ''}${store.loading ? ' (loading…)' : ''}. Click to list them.`;
        item.show();
        // Problems are shown once a load is complete (a half-read library would report half).
        if (store.loading)
            return;
        collection.clear();
        const byFile = new Map();
        const add = (file, diagnostic) => {
            diagnostic.source = 'Paper Notes';
            const list = byFile.get(file);
            if (list)
                list.push(diagnostic);
            else
                byFile.set(file, [diagnostic]);
        };
        const at = (line, column) => new vscode.Range(line - 1, Math.max(0, column - 1), line - 1, Math.max(0, column - 1) + 1);
        for (const { report } of files) {
            if (!report)
                continue;
            if (report.fatal)
                add(report.file, new vscode.Diagnostic(at(1, 1), report.fatal, vscode.DiagnosticSeverity.Error));
            for (const error of report.errors)
                add(report.file, new vscode.Diagnostic(at(error.line, error.column), error.message, vscode.DiagnosticSeverity.Error));
        }
        // A key defined in two libraries: a warning at both places (the first configured wins).
        for (const { key, places } of store.duplicates()) {
            places.forEach((place, i) => {
                const others = places.filter((other) => other !== place).map((other) => `${baseName(other.file)}:${other.line}`);
                add(place.file, new vscode.Diagnostic(at(place.line, place.column), `@${key} is also defined in ${others.join(', ')}; ${i === 0 ? 'this one is used' : `the one in ${baseName(places[0].file)}:${places[0].line} is used`}`, vscode.DiagnosticSeverity.Warning));
            });
        }
        for (const [file, list] of byFile)
            collection.set(deps.store.uriOf(file), list);
    };
    const show = async () => {
        const files = store.libraryFiles();
        if (!files.length) {
            const choice = await vscode.window.showInformationMessage('Paper Notes reads no library yet. Name your BibTeX, BibLaTeX, CSL-JSON or CSL-YAML files in the paperNotes.libraries setting, or in a note\'s front matter (bibliography: refs.bib).', 'Open Settings');
            if (choice)
                await vscode.commands.executeCommand('workbench.action.openSettings', 'paperNotes.libraries');
            return;
        }
        const picked = await vscode.window.showQuickPick(files.map((file) => ({
            label: vscode.workspace.asRelativePath(file.file),
            description: file.report ? (file.report.fatal ? 'not read' : count(file.report.entryCount, 'entry').replace('entrys', 'entries')) : 'loading…',
            detail: [
                file.origin === 'settings' ? 'from paperNotes.libraries' : file.origin === 'bibliographyFile' ? 'your paperNotes.bibliographyFile' : "from a note's front matter",
                file.report?.fatal ?? (file.report?.errors.length ? `${count(file.report.errors.length, 'problem')} (see the Problems view)` : ''),
            ].filter(Boolean).join(' · '),
            file: file.file,
        })), { title: 'Paper Notes libraries', placeHolder: 'Open a library file' });
        if (picked)
            await vscode.window.showTextDocument(deps.store.uriOf(picked.file));
    };
    update();
    return vscode.Disposable.from(item, collection, store.onDidChange(update), vscode.commands.registerCommand('paperNotes.showLibraries', show), vscode.commands.registerCommand('paperNotes.reloadLibraries', async () => {
        await store.reload(true);
        await store.whenReady();
    }));
}
