/**
 * The library worker on the desktop (Node worker_threads): runs the library
 * service off the extension host, with its files through Node
 * (`libraryDisk.ts`).
 */
import { parentPort } from 'node:worker_threads';
import type { HostToWorker, WorkerToHost } from '../protocol/library';
import { buildStamp, nodeLibraryIo } from './libraryDisk';
import { createLibraryService } from './libraryService';

const port = parentPort!;
const service = createLibraryService(nodeLibraryIo((message: WorkerToHost) => port.postMessage(message), buildStamp(__filename)));
port.on('message', (message: HostToWorker) => service.receive(message));
