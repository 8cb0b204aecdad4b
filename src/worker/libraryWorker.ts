/**
 * The library worker on the desktop (Node worker_threads): runs the library
 * service off the extension host, with its files through Node
 * (`libraryDisk.ts`).
 */
import * as os from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { HostToWorker, WorkerToHost } from '../protocol/library';
import { buildStamp, nodeLibraryIo } from './libraryDisk';
import { createLibraryService } from './libraryService';

/**
 * Reading a library is background work: on two cores a 100,000-entry load
 * competes with the extension host and the editor for them. Linux keeps a
 * nice value per thread, and a process's own id of 0 names the calling
 * thread, so this lowers the worker alone. Elsewhere the same call would
 * lower the whole extension host (the process), so it is not made.
 */
if (process.platform === 'linux') {
  try {
    os.setPriority(0, os.constants.priority.PRIORITY_LOW);
  } catch {
    // A sandbox that forbids it: the worker keeps the host's priority.
  }
}

const port = parentPort!;
const service = createLibraryService(nodeLibraryIo((message: WorkerToHost) => port.postMessage(message), buildStamp(__filename)));
port.on('message', (message: HostToWorker) => service.receive(message));
