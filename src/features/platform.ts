/**
 * What differs between VS Code on the desktop and VS Code in the browser
 * (vscode.dev, github.dev): how files are named and read, and where the
 * library service runs. Features depend on this interface only; the desktop
 * entry passes `nodePlatform`, the web entry `webPlatform`.
 */
import type * as vscode from 'vscode';
import type { StyleFile } from '../core/csl/citationStyles';
import type { HostToWorker, WorkerToHost } from '../protocol/library';

/** The library service, wherever it runs (a worker thread, or steps in the extension host). */
export interface LibraryServiceHandle {
  post(message: HostToWorker): void;
  terminate(): void;
}

export interface Platform {
  readonly kind: 'desktop' | 'web';
  /** The catalogue's name as the library service knows it. */
  readonly catalogueFile: string;
  /** The catalogue's JSON text. */
  catalogueText(): string;
  /** A library file's name as the store and the library service know it: a path on the desktop, the URI in the browser. */
  fileId(uri: vscode.Uri): string;
  uriOf(file: string): vscode.Uri;
  /** A file named relative to a folder or a note's folder, as a file name. */
  resolve(base: vscode.Uri, relative: string): string;
  /** An absolute path (from the user's settings or a note), as a file name; undefined where it cannot be read (the browser). */
  absolute(file: string): string | undefined;
  /** True when `file` is inside `folder`. */
  isInside(folder: vscode.Uri, file: string): boolean;
  /** A file the platform reads: a library, a style or a note whose front matter names them (a saved file of the workspace's kind, not an untitled buffer or a diff). */
  reads(uri: vscode.Uri): boolean;
  startLibraryService(onMessage: (message: WorkerToHost) => void, onError: (error: Error) => void): LibraryServiceHandle;
  /** Where library readings are kept between starts; null: not kept. */
  cacheDir(storageUri?: vscode.Uri): string | null;
  /** The path with symbolic links resolved, where the platform has them (the desktop). */
  realPath?(path: string): Promise<string>;
  /**
   * A CSL style file by the name a note or the settings give, relative to `base`; a sentence saying why not, when it cannot be
   * read; null while it is being read (the browser reads files asynchronously, then refreshes the preview).
   */
  readStyle(reference: string, base: vscode.Uri | undefined): StyleFile | string | null;
  /** Resolves once the style file is read (where files are read asynchronously), for work that can wait: a command. */
  styleRead?(reference: string, base: vscode.Uri | undefined): Promise<void>;
}
