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
exports.buildStamp = buildStamp;
exports.nodeLibraryIo = nodeLibraryIo;
/**
 * The library service's files on the desktop: library files read through
 * Node, and readings and built indexes kept in the extension's storage by
 * their bytes' hash.
 */
const crypto = __importStar(require("node:crypto"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
/** A build's stamp (of the worker's own file): a cache written by another build of the loader is not used. */
function buildStamp(file) {
    try {
        const stat = fs.statSync(file);
        return `${stat.size}-${stat.mtimeMs}`;
    }
    catch {
        return 'unknown';
    }
}
/** How many library files' readings are kept on disk. */
const DISK_CACHE_FILES = 20;
/** How many built indexes are kept on disk (each about 0.7 KB per entry). */
const DISK_INDEXES = 2;
/** Writes of this process so far: each has a temporary file of its own. */
let writes = 0;
/** A temporary file of ours (`<name>.<pid>.<n>.tmp`) this old was left by a write that crashed: a write of hundreds of MB takes seconds. */
const STALE_TEMPORARY_MS = 3_600_000;
const TEMPORARY = /^(?:reading|index)-[^/\\]*\.bin\.\d+\.\d+\.tmp$/;
/** Writes beside and renames (never a half-written cache file), then keeps only the newest few of its kind (and those in use). True when it is written. */
async function writeKept(dir, name, data, kind, keep, inUse = new Set()) {
    try {
        await fs.promises.mkdir(dir, { recursive: true });
        const temporary = path.join(dir, `${name}.${process.pid}.${++writes}.tmp`);
        await fs.promises.writeFile(temporary, data);
        await fs.promises.rename(temporary, path.join(dir, name));
    }
    catch {
        // Not kept: the next start reads the file, or builds the index, again.
        return false;
    }
    try {
        const names = await fs.promises.readdir(dir);
        // A file another window removed meanwhile has no time: it is left out.
        const timed = async (files) => (await Promise.all(files.map(async (file) => ({ file, mtime: await fs.promises.stat(path.join(dir, file)).then((stat) => stat.mtimeMs, () => NaN) }))))
            .filter(({ mtime }) => !Number.isNaN(mtime));
        const remove = (file) => fs.promises.rm(path.join(dir, file), { force: true });
        const kept = (await timed(names.filter((file) => kind(file) && !inUse.has(file)))).sort((a, b) => b.mtime - a.mtime);
        // And what a crashed write left behind (another window's write in progress is younger).
        const stale = Date.now() - STALE_TEMPORARY_MS;
        const temporaries = (await timed(names.filter((file) => TEMPORARY.test(file)))).filter(({ mtime }) => mtime < stale);
        await Promise.all([...kept.slice(keep), ...temporaries].map(({ file }) => remove(file)));
    }
    catch {
        // Pruned at the next write.
    }
    return true;
}
/**
 * A kept reading, read in parts through one handle held open until it is
 * closed: pruning it (here, or from another window sharing the storage)
 * cannot take its texts away (on POSIX an open file outlives its name; on
 * Windows an open file is not deleted).
 */
async function openKept(file) {
    let handle;
    try {
        handle = await fs.promises.open(file, 'r');
    }
    catch {
        return null;
    }
    try {
        const { size } = await handle.stat();
        let closed = false;
        return {
            size,
            async read(position, length) {
                if (closed || position < 0 || length < 0 || position + length > size)
                    return null;
                try {
                    const bytes = new Uint8Array(length);
                    // A read may return fewer bytes than asked (a network drive): read on until all are there.
                    for (let done = 0; done < length;) {
                        const { bytesRead } = await handle.read(bytes, done, length - done, position + done);
                        if (bytesRead === 0)
                            return null;
                        done += bytesRead;
                    }
                    return bytes;
                }
                catch {
                    return null;
                }
            },
            close() {
                if (closed)
                    return;
                closed = true;
                void handle.close().catch(() => undefined);
            },
        };
    }
    catch {
        void handle.close().catch(() => undefined);
        return null;
    }
}
function nodeDisk(build) {
    return {
        fileKey: (bytes, file, own) => crypto.createHash('sha256').update(build).update('\0').update(file).update(own ? '\0own\0' : '\0').update(bytes).digest('hex').slice(0, 40),
        indexKey(fileKeys, catalogueFile) {
            let catalogueStamp = '';
            try {
                const stat = fs.statSync(catalogueFile);
                catalogueStamp = `${stat.size}-${stat.mtimeMs}`;
            }
            catch {
                // No catalogue stamp: the key still changes with the files.
            }
            return crypto.createHash('sha256').update(build).update('\0').update(catalogueFile).update('\0').update(catalogueStamp).update('\0').update(fileKeys.join('\0')).digest('hex').slice(0, 40);
        },
        openEntry: (dir, key) => openKept(path.join(dir, `reading-${key}.bin`)),
        // Readings of an earlier build were JSON: those are pruned with these. Readings in use (their texts are read from them) are not.
        writeEntry: (dir, key, bytes, inUse) => writeKept(dir, `reading-${key}.bin`, bytes, (name) => (name.startsWith('reading-') && name.endsWith('.bin')) || name.endsWith('.json'), DISK_CACHE_FILES, new Set(inUse.map((used) => `reading-${used}.bin`))),
        async readIndex(dir, key) {
            try {
                return await fs.promises.readFile(path.join(dir, `index-${key}.bin`));
            }
            catch {
                return null;
            }
        },
        writeIndex: (dir, key, bytes) => writeKept(dir, `index-${key}.bin`, bytes, (name) => name.startsWith('index-') && name.endsWith('.bin'), DISK_INDEXES),
    };
}
/** Everything but `post`, through Node; `build` is the stamp of the build that reads and writes the cache. */
function nodeLibraryIo(post, build) {
    return {
        post,
        yieldToMessages: () => new Promise((resolve) => setImmediate(resolve)),
        pause: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        stat: (file) => fs.promises.stat(file),
        readFile: (file) => fs.promises.readFile(file),
        readCatalogue: (file) => fs.readFileSync(file, 'utf8'),
        disk: nodeDisk(build),
        shared: true,
    };
}
