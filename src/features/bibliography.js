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
exports.bibliographyTarget = bibliographyTarget;
exports.updateBibliography = updateBibliography;
exports.registerBibliography = registerBibliography;
/**
 * Update Bibliography: keeps the workspace's BibTeX file with an entry for
 * every cited catalogue paper, for Pandoc and LaTeX, without losing a byte of
 * the user's. The merge itself is the pure core's (shared with
 * `paper-notes bibliography`); this file finds the notes, reads the file and
 * writes it safely:
 *
 * - a path set in the workspace's settings must stay inside the workspace
 *   folder (symbolic links resolved); the user's own settings may point anywhere;
 * - an open bibliography is changed through its editor, as one undoable edit;
 * - otherwise the new bytes go to a temporary file beside it, which replaces
 *   the file only if the file did not change since it was read.
 */
const vscode = __importStar(require("vscode"));
const bibliographyUpdate_1 = require("../core/bibliographyUpdate");
const textEncoding_1 = require("../core/textEncoding");
const workspacePath_1 = require("../core/workspacePath");
const noteCitations_1 = require("../markdown/noteCitations");
const settings_1 = require("./settings");
/** The nearest existing path at or above `path`, resolved through symbolic links, with the rest appended. */
async function realPath(path, resolve) {
    const rest = [];
    let current = path;
    for (;;) {
        try {
            const real = await resolve(current);
            return [real, ...rest].join('/');
        }
        catch {
            const parent = current.replace(/[\\/][^\\/]*$/, '');
            if (!parent || parent === current)
                return path;
            rest.unshift(current.slice(parent.length + 1));
            current = parent;
        }
    }
}
/** Where the bibliography is, if the setting names one; refused when a workspace setting points outside the workspace. */
async function bibliographyTarget(platform) {
    const setting = (0, settings_1.bibliographySetting)();
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!setting.file || !folder)
        return undefined;
    if ((0, workspacePath_1.isAbsolutePath)(setting.file) && platform.absolute(setting.file) === undefined) {
        return { refused: `paperNotes.bibliographyFile is the absolute path '${setting.file}', which the browser cannot write; name it relative to the workspace folder. Nothing was written.` };
    }
    const uri = (0, workspacePath_1.isAbsolutePath)(setting.file) ? vscode.Uri.file(setting.file) : vscode.Uri.joinPath(folder.uri, setting.file);
    const name = vscode.workspace.asRelativePath(uri);
    if (setting.scope === 'workspace') {
        const outside = `the workspace's settings set paperNotes.bibliographyFile to '${setting.file}', which is outside the workspace folder. Paper Notes writes outside the workspace only where your own user settings say so. Nothing was written.`;
        if (uri.scheme !== folder.uri.scheme || !(0, workspacePath_1.isInsideFolder)(folder.uri.path, uri.path))
            return { refused: outside };
        // Symbolic links exist where files are a real file system's (the desktop); a virtual one (github.dev) has none.
        if (uri.scheme === 'file' && platform.realPath) {
            const resolve = platform.realPath;
            const [realFolder, realTarget] = await Promise.all([realPath(folder.uri.fsPath, resolve), realPath(uri.fsPath, resolve)]);
            if (!(0, workspacePath_1.isInsideFolder)(vscode.Uri.file(realFolder).path, vscode.Uri.file(realTarget).path))
                return { refused: outside.replace('which is outside', 'which leads (through a symbolic link) outside') };
        }
    }
    return { uri, name };
}
/** The catalogue papers cited in the workspace's Markdown notes, in order of first citation (notes by path). */
async function citedPapers(deps) {
    const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/node_modules/**');
    files.sort((a, b) => a.path.localeCompare(b.path));
    const texts = [];
    for (const uri of files) {
        const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
        if (open) {
            texts.push(open.getText());
            continue;
        }
        const decoded = (0, textEncoding_1.decodeUtf8)(await vscode.workspace.fs.readFile(uri));
        // A note that is not UTF-8 cannot be read reliably: its citations are left out, and the note is not changed.
        if (decoded.ok)
            texts.push(decoded.text);
    }
    // Catalogue papers and library entries alike; the bibliography file's own entries are the user's and stay as they are.
    const own = (await bibliographyTarget(deps.platform).catch(() => undefined));
    const ownFile = own && 'uri' in own ? deps.platform.fileId(own.uri) : null;
    return deps.store.withText((0, noteCitations_1.citedKeys)(texts).map((key) => deps.store.get(key)).filter((paper) => !!paper && paper.library?.file !== ownFile));
}
async function readBytes(uri) {
    try {
        return await vscode.workspace.fs.readFile(uri);
    }
    catch (error) {
        if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound')
            return null;
        throw error;
    }
}
const sameBytes = (a, b) => a === null || b === null ? a === b : a.length === b.length && a.every((byte, i) => byte === b[i]);
/** Writes through the open editor: one undoable edit; saved when it had no unsaved changes before. */
async function writeThroughDocument(document, papers, diskBytes) {
    const disk = diskBytes ? (0, textEncoding_1.decodeUtf8)(diskBytes) : null;
    if (disk && !disk.ok)
        return { refused: true, reason: disk.message };
    const wasDirty = document.isDirty;
    const plan = (0, bibliographyUpdate_1.planBibliography)(document.getText(), papers);
    if (plan.refused || plan.unchanged)
        return plan;
    const edit = new vscode.WorkspaceEdit();
    for (const change of plan.edits) {
        edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.text);
    }
    if (!(await vscode.workspace.applyEdit(edit)))
        return { refused: true, reason: 'the editor did not accept the change' };
    if (!wasDirty)
        await document.save();
    return plan;
}
/** Writes a temporary file beside the target and renames it over the target, if the target is as it was read. */
async function writeReplacing(uri, papers, before) {
    const plan = (0, bibliographyUpdate_1.planBibliographyBytes)(before, papers);
    if (plan.refused || plan.unchanged)
        return plan;
    const temporary = vscode.Uri.joinPath(uri, '..', `.${uri.path.split('/').pop()}.paper-notes-${Date.now().toString(36)}.tmp`);
    await vscode.workspace.fs.writeFile(temporary, plan.bytes);
    try {
        if (!sameBytes(before, await readBytes(uri))) {
            return { refused: true, reason: 'it changed while the update was being prepared; run the update again' };
        }
        await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
    }
    finally {
        await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    }
    return plan;
}
const NOT_WRITTEN = { added: [], updated: [], keptUsers: [], keptEdited: [], written: false };
/** Errors of updates on save are shown once each: a note is saved often. */
const reported = new Set();
function showError(message, quiet) {
    if (quiet && reported.has(message))
        return;
    reported.add(message);
    void vscode.window.showErrorMessage(message);
}
/** Writes BibTeX for every cited catalogue paper into the bibliography file, keeping the user's entries. */
async function updateBibliography(deps, quiet = false) {
    const target = await bibliographyTarget(deps.platform);
    if (!target) {
        const open = 'Open Setting';
        if (!quiet && (await vscode.window.showWarningMessage('Set paperNotes.bibliographyFile (e.g. references.bib) to keep a bibliography for Pandoc and LaTeX.', open)) === open) {
            await vscode.commands.executeCommand('workbench.action.openSettings', 'paperNotes.bibliographyFile');
        }
        return undefined;
    }
    if ('refused' in target) {
        showError(`Paper Notes: ${target.refused}`, quiet);
        return { file: '', ...NOT_WRITTEN, refused: target.refused };
    }
    const papers = await citedPapers(deps);
    const before = await readBytes(target.uri);
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === target.uri.toString());
    const outcome = open ? await writeThroughDocument(open, papers, before) : await writeReplacing(target.uri, papers, before);
    const message = `Paper Notes: ${(0, bibliographyUpdate_1.bibliographyMessage)(target.name, outcome, papers.length)}`;
    if (outcome.refused) {
        showError(message, quiet);
        return { file: target.name, ...NOT_WRITTEN, refused: outcome.reason };
    }
    if (!quiet)
        void vscode.window.showInformationMessage(message);
    return {
        file: target.name, added: outcome.added, updated: outcome.updated, keptUsers: outcome.keptUsers, keptEdited: outcome.keptEdited,
        written: !outcome.unchanged,
    };
}
function registerBibliography(deps) {
    return vscode.Disposable.from(vscode.commands.registerCommand('paperNotes.updateBibliography', () => updateBibliography(deps)), vscode.workspace.onDidSaveTextDocument((document) => {
        if (document.languageId !== 'markdown' || !(0, settings_1.updateBibliographyOnSave)())
            return;
        void updateBibliography(deps, true);
    }));
}
