"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The library worker on the desktop (Node worker_threads): runs the library
 * service off the extension host, with its files through Node
 * (`libraryDisk.ts`).
 */
const node_worker_threads_1 = require("node:worker_threads");
const libraryDisk_1 = require("./libraryDisk");
const libraryService_1 = require("./libraryService");
const port = node_worker_threads_1.parentPort;
const service = (0, libraryService_1.createLibraryService)((0, libraryDisk_1.nodeLibraryIo)((message) => port.postMessage(message), (0, libraryDisk_1.buildStamp)(__filename)));
port.on('message', (message) => service.receive(message));
