/**
 * The library worker on the desktop (Node worker_threads): runs the library
 * service off the extension host, with files read through Node and readings
 * and built indexes kept in the extension's storage by their bytes' hash.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { HostToWorker, WorkerToHost } from '../protocol/library';
import { createLibraryService, type LibraryDisk } from './libraryService';

/** This worker's own build: a cache written by another build of the loader is not used. */
const BUILD = (() => {
  try {
    const stat = fs.statSync(__filename);
    return `${stat.size}-${stat.mtimeMs}`;
  } catch {
    return 'unknown';
  }
})();
/** How many library files' readings are kept on disk. */
const DISK_CACHE_FILES = 20;
/** How many built indexes are kept on disk (each about 0.7 KB per entry). */
const DISK_INDEXES = 2;

/** Writes beside and renames (never a half-written cache file), then keeps only the newest few of its kind. */
async function writeKept(dir: string, name: string, data: string | Uint8Array, kind: (name: string) => boolean, keep: number): Promise<void> {
  try {
    await fs.promises.mkdir(dir, { recursive: true });
    const temporary = path.join(dir, `${name}.${process.pid}.tmp`);
    await fs.promises.writeFile(temporary, data);
    await fs.promises.rename(temporary, path.join(dir, name));
    const files = await Promise.all((await fs.promises.readdir(dir)).filter(kind)
      .map(async (file) => ({ file, mtime: (await fs.promises.stat(path.join(dir, file))).mtimeMs })));
    files.sort((a, b) => b.mtime - a.mtime);
    await Promise.all(files.slice(keep).map((old) => fs.promises.rm(path.join(dir, old.file), { force: true })));
  } catch {
    // Not kept: the next start reads the file, or builds the index, again.
  }
}

const disk: LibraryDisk = {
  fileKey: (bytes, file, own) => crypto.createHash('sha256').update(BUILD).update('\0').update(file).update(own ? '\0own\0' : '\0').update(bytes).digest('hex').slice(0, 40),
  indexKey(fileKeys, catalogueFile) {
    let catalogueStamp = '';
    try {
      const stat = fs.statSync(catalogueFile);
      catalogueStamp = `${stat.size}-${stat.mtimeMs}`;
    } catch {
      // No catalogue stamp: the key still changes with the files.
    }
    return crypto.createHash('sha256').update(BUILD).update('\0').update(catalogueFile).update('\0').update(catalogueStamp).update('\0').update(fileKeys.join('\0')).digest('hex').slice(0, 40);
  },
  async readEntry(dir, key) {
    try {
      return await fs.promises.readFile(path.join(dir, `reading-${key}.bin`));
    } catch {
      return null;
    }
  },
  writeEntry: (dir, key, bytes) => writeKept(dir, `reading-${key}.bin`, bytes, 
    // Readings of an earlier build were JSON: those are pruned with them.
    (name) => (name.startsWith('reading-') && name.endsWith('.bin')) || name.endsWith('.json'), DISK_CACHE_FILES),
  async readIndex(dir, key) {
    try {
      return await fs.promises.readFile(path.join(dir, `index-${key}.bin`));
    } catch {
      return null;
    }
  },
  writeIndex: (dir, key, bytes) => writeKept(dir, `index-${key}.bin`, bytes, (name) => name.startsWith('index-') && name.endsWith('.bin'), DISK_INDEXES),
};

const port = parentPort!;
const service = createLibraryService({
  post: (message: WorkerToHost, transfer?: ArrayBuffer[]) => port.postMessage(message, transfer),
  yieldToMessages: () => new Promise((resolve) => setImmediate(resolve)),
  pause: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  stat: (file) => fs.promises.stat(file),
  readFile: (file) => fs.promises.readFile(file),
  readCatalogue: (file) => fs.readFileSync(file, 'utf8'),
  disk,
});
port.on('message', (message: HostToWorker) => service.receive(message));
