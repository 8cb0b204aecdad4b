/** VS Code on the desktop: files by path through Node, the library service in a worker thread, readings kept in the extension's storage. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import { styleFileAt } from '../core/csl/citationStyles';
import { isInsideFolder } from '../core/workspacePath';
import type { WorkerToHost } from '../protocol/library';
import type { Platform } from './platform';

export function nodePlatform(extensionUri: vscode.Uri): Platform {
  const catalogueFile = vscode.Uri.joinPath(extensionUri, 'dist', 'catalogue.json').fsPath;
  const expandHome = (file: string): string => (file.startsWith('~') ? path.join(os.homedir(), file.slice(1)) : file);
  return {
    kind: 'desktop',
    catalogueFile,
    catalogueText: () => fs.readFileSync(catalogueFile, 'utf8'),
    fileId: (uri) => uri.fsPath,
    uriOf: (file) => vscode.Uri.file(file),
    resolve: (base, relative) => path.normalize(path.isAbsolute(relative) ? relative : path.join(base.fsPath, relative)),
    absolute: (file) => path.normalize(expandHome(file)),
    isInside: (folder, file) => isInsideFolder(folder.fsPath, file),
    reads: (uri) => uri.scheme === 'file',
    startLibraryService(onMessage: (message: WorkerToHost) => void, onError) {
      const worker = new Worker(vscode.Uri.joinPath(extensionUri, 'dist', 'libraryWorker.js').fsPath);
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
      if (!file) return 'a relative path needs a workspace folder or a saved note';
      return styleFileAt(file, fs.statSync, (name) => fs.readFileSync(name, 'utf8'));
    },
  };
}
