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
exports.nodePlatform = nodePlatform;
/** VS Code on the desktop: files by path through Node, the library service in a worker thread, readings kept in the extension's storage. */
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const node_worker_threads_1 = require("node:worker_threads");
const vscode = __importStar(require("vscode"));
const citationStyles_1 = require("../core/csl/citationStyles");
const workspacePath_1 = require("../core/workspacePath");
function nodePlatform(extensionUri) {
    const catalogueFile = vscode.Uri.joinPath(extensionUri, 'dist', 'catalogue.json').fsPath;
    const expandHome = (file) => (file.startsWith('~') ? path.join(os.homedir(), file.slice(1)) : file);
    return {
        kind: 'desktop',
        catalogueFile,
        catalogueText: () => fs.readFileSync(catalogueFile, 'utf8'),
        fileId: (uri) => uri.fsPath,
        uriOf: (file) => vscode.Uri.file(file),
        resolve: (base, relative) => path.normalize(path.isAbsolute(relative) ? relative : path.join(base.fsPath, relative)),
        absolute: (file) => path.normalize(expandHome(file)),
        isInside: (folder, file) => (0, workspacePath_1.isInsideFolder)(folder.fsPath, file),
        reads: (uri) => uri.scheme === 'file',
        startLibraryService(onMessage, onError) {
            const worker = new node_worker_threads_1.Worker(vscode.Uri.joinPath(extensionUri, 'dist', 'libraryWorker.js').fsPath);
            worker.unref();
            worker.on('message', onMessage);
            worker.on('error', onError);
            return { post: (message) => worker.postMessage(message), terminate: () => void worker.terminate() };
        },
        cacheDir: (storageUri) => (storageUri?.scheme === 'file' ? path.join(storageUri.fsPath, 'library-cache') : null),
        realPath: (file) => fs.promises.realpath(file),
        readStyle(reference, base) {
            const expanded = reference.startsWith('~/') ? path.join(os.homedir(), reference.slice(2)) : reference;
            const file = path.isAbsolute(expanded) ? expanded : base?.scheme === 'file' ? path.join(base.fsPath, expanded) : undefined;
            if (!file)
                return 'a relative path needs a workspace folder or a saved note';
            return (0, citationStyles_1.styleFileAt)(file, fs.statSync, (name) => fs.readFileSync(name, 'utf8'));
        },
    };
}
