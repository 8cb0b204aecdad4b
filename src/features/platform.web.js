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
exports.webPlatform = webPlatform;
/**
 * VS Code in the browser (vscode.dev, github.dev): files by URI through
 * `vscode.workspace.fs` (github.dev's virtual file system too), the library
 * service in small steps inside the web extension host, nothing kept between
 * starts. Absolute paths name nothing the browser can read: they are refused
 * with a message where they are named.
 */
const vscode = __importStar(require("vscode"));
const citationStyles_1 = require("../core/csl/citationStyles");
const workspacePath_1 = require("../core/workspacePath");
const libraryService_1 = require("../worker/libraryService");
/** A macrotask: lets the extension host's other work (and the service's messages) run between steps. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
function webPlatform(extensionUri, catalogueText) {
    const catalogueFile = vscode.Uri.joinPath(extensionUri, 'dist', 'catalogue.json').toString();
    /** Style files as last read: the text and its stat, or why it cannot be read. */
    const styles = new Map();
    /** Reads in flight, by URI. */
    const reading = new Map();
    /** Reads the style file (again, if it changed since), then renders open previews again. */
    const readStyleFile = (uri) => {
        const key = uri.toString();
        const running = reading.get(key);
        if (running)
            return running;
        const before = styles.get(key);
        const read = (async () => {
            try {
                const stat = await vscode.workspace.fs.stat(uri);
                if (before && !before.problem && before.mtime === stat.mtime && before.size === stat.size)
                    return;
                const isFile = (stat.type & vscode.FileType.File) !== 0;
                const text = isFile && stat.size <= 2_000_000 ? new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) : undefined;
                styles.set(key, { mtime: stat.mtime, size: stat.size, isFile, text });
            }
            catch (error) {
                const problem = error instanceof vscode.FileSystemError && error.code === 'FileNotFound' ? 'does not exist' : `cannot be read (${error.message})`;
                // Still missing: the preview has shown that already (refreshing again would reload it without end).
                if (before?.problem === problem)
                    return;
                styles.set(key, { mtime: 0, size: 0, isFile: false, problem });
            }
            void vscode.commands.executeCommand('markdown.preview.refresh');
        })().finally(() => reading.delete(key));
        reading.set(key, read);
        return read;
    };
    const styleUri = (reference, base) => {
        if ((0, workspacePath_1.isAbsolutePath)(reference) || reference.startsWith('~'))
            return 'a style file by absolute path cannot be read in the browser; name it relative to the note or the workspace, or use a bundled style (apa, vancouver, harvard)';
        if (!base)
            return 'a relative path needs a workspace folder or a saved note';
        return vscode.Uri.joinPath(base, reference);
    };
    return {
        kind: 'web',
        catalogueFile,
        catalogueText: () => catalogueText,
        fileId: (uri) => uri.toString(),
        uriOf: (file) => vscode.Uri.parse(file),
        resolve: (base, relative) => vscode.Uri.joinPath(base, relative).toString(),
        absolute: () => undefined,
        isInside: (folder, file) => file.startsWith(folder.toString().replace(/\/?$/, '/')),
        reads: (uri) => uri.scheme !== 'untitled' && (vscode.workspace.workspaceFolders ?? []).some((folder) => folder.uri.scheme === uri.scheme),
        startLibraryService(onMessage, onError) {
            let stopped = false;
            const service = (0, libraryService_1.createLibraryService)({
                // Answers arrive as a worker's would: later, never inside the call that asked.
                post: (message) => void nextTask().then(() => {
                    if (!stopped)
                        onMessage(message);
                }),
                yieldToMessages: nextTask,
                pause: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
                async stat(file) {
                    const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(file));
                    return { mtimeMs: stat.mtime, size: stat.size };
                },
                readFile: (file) => Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.parse(file))),
                readCatalogue: () => catalogueText,
            });
            return {
                post: (message) => void nextTask().then(() => {
                    if (stopped)
                        return;
                    try {
                        service.receive(message);
                    }
                    catch (error) {
                        onError(error);
                    }
                }),
                terminate: () => {
                    stopped = true;
                },
            };
        },
        cacheDir: () => null,
        readStyle(reference, base) {
            const uri = styleUri(reference, base);
            if (typeof uri === 'string')
                return uri;
            const known = styles.get(uri.toString());
            void readStyleFile(uri);
            if (!known)
                return null;
            if (known.problem)
                return `${reference} ${known.problem}`;
            return (0, citationStyles_1.styleFileAt)(uri.toString(), () => ({ isFile: () => known.isFile, size: known.size, mtimeMs: known.mtime }), () => known.text ?? '');
        },
        styleRead(reference, base) {
            const uri = styleUri(reference, base);
            return typeof uri === 'string' ? Promise.resolve() : readStyleFile(uri);
        },
    };
}
