/**
 * The library worker on the desktop (Node worker_threads): runs the library
 * service off the extension host, with its files through Node
 * (`libraryDisk.ts`).
 */
import { parentPort } from 'node:worker_threads';
import type { HostToWorker, WorkerToHost } from '../protocol/library';
import { buildStamp, nodeLibraryIo } from './libraryDisk';
import { createLibraryService } from './libraryService';

// The worker runs at the extension host's priority. Lowered (nice 19 on Linux), it was preempted while it held what the host
// thread also needs (the process's memory map, as its heap grows): the host then slept 50-60 ms with no work of its own,
// which is longer than the worker's share of the cores ever cost it. It also answers searches while the user types.

const port = parentPort!;
const service = createLibraryService(nodeLibraryIo((message: WorkerToHost) => port.postMessage(message), buildStamp(__filename)));
port.on('message', (message: HostToWorker) => service.receive(message));
