"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createLibraryService = createLibraryService;
/**
 * The library service: reads, parses, summarises and indexes the user's
 * libraries and answers searches over the catalogue and the libraries
 * together. It runs where the platform can run it without blocking the
 * editor: in a Node worker thread on the desktop (`libraryWorker.ts`), in
 * small steps inside the web extension host in the browser. It talks to the
 * extension host only through the messages of `protocol/library.ts`, and to
 * files only through `LibraryIo`, so the same code runs in both places.
 *
 * A file that is being written (a Better BibTeX auto-export writes in
 * pieces) is read only once it stopped changing; a newer load request
 * interrupts an older one; a file whose size and modification time did not
 * change is not read again.
 */
const bibtex_1 = require("../core/bibtex");
const catalogue_1 = require("../core/catalogue");
const loadLibrary_1 = require("../core/library/loadLibrary");
const libraryPaper_1 = require("../core/library/libraryPaper");
const paperTable_1 = require("../core/library/paperTable");
const search_1 = require("../core/search");
const searchStore_1 = require("../core/searchStore");
const heldTexts = (table) => ({ texts: (entries) => Promise.resolve(entries.map((entry) => table.texts(entry))) });
/** Asked for more entries than this at once (an index built again), the texts are read in one piece. */
const ONE_READ = 64;
/** Texts read from a kept reading: `starts` are each entry's texts' offsets from `base` (count + 1 of them). */
function keptTexts(kept, starts, base) {
    const count = starts.length - 1;
    const inRange = (entry) => entry >= 0 && entry < count;
    const decode = (bytes) => (bytes ? (0, paperTable_1.decodeTexts)(bytes) : null);
    return {
        close: () => kept.close(),
        async texts(entries) {
            const valid = entries.filter(inRange);
            if (valid.length <= ONE_READ) {
                return Promise.all(entries.map(async (entry) => (inRange(entry) ? decode(await kept.read(base + starts[entry], starts[entry + 1] - starts[entry])) : null)));
            }
            // In one piece. A loop, not Math.min(...list): a spread of 100,000 arguments overflows the stack.
            let from = Infinity;
            let to = 0;
            for (const entry of valid) {
                from = Math.min(from, starts[entry]);
                to = Math.max(to, starts[entry + 1]);
            }
            const all = await kept.read(base + from, to - from);
            return entries.map((entry) => (inRange(entry) && all ? decode(all.subarray(starts[entry] - from, starts[entry + 1] - from)) : null));
        },
    };
}
/** A kept reading without its texts, and where to read them: what a warm start holds. */
async function readKept(kept) {
    const first = await kept.read(0, paperTable_1.READING_PREFIX);
    const layout = first && (0, paperTable_1.readingLayout)(first, kept.size);
    const prefix = layout && await kept.read(0, layout.textsBase);
    const reading = layout && prefix && (0, paperTable_1.decodeReadingHead)(prefix, layout);
    const starts = layout && prefix && (0, paperTable_1.readingTextStarts)(prefix.subarray(layout.textsAt), layout);
    if (reading && starts)
        return { reading, texts: keptTexts(kept, starts, layout.textsBase) };
    // Not a reading that can be used: its file is not held open.
    kept.close();
    return null;
}
/** Entries summarised between two looks at waiting messages. */
const STEP = 250;
/** How long a file must stay the same before it is read (ms), and how often to look again. */
const QUIET_MS = 300;
const MAX_WAITS = 40;
/** An entry whose record could not be decoded, as the index sees it: its key and nothing else. */
function placeholder(table, entry) {
    const key = table.key(entry);
    return {
        key, title: key, cleanTitle: key, abstract: '', cleanAbstract: '', year: null, date: null, authorsCount: null, upvotes: 0, codeUrl: null, links: [], pages: [], summary: null,
        library: { file: table.file, line: 0, column: 0, type: 'document', authors: [], venue: null, doi: null, url: null, bibtex: null },
    };
}
/** The libraries' tables then the catalogue, as one list the index is over; each document knows its file. */
class LibraryList {
    tables;
    catalogue;
    length;
    starts = [];
    constructor(tables, catalogue) {
        this.tables = tables;
        this.catalogue = catalogue;
        let at = 0;
        for (const table of tables) {
            this.starts.push(at);
            at += table.count;
        }
        this.starts.push(at);
        this.length = at + catalogue.length;
    }
    /** The table a document is in, or -1 for the catalogue. */
    tableOf(doc) {
        if (doc >= this.starts[this.tables.length])
            return -1;
        let low = 0;
        let high = this.tables.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.starts[mid] <= doc)
                low = mid;
            else
                high = mid - 1;
        }
        return low;
    }
    at(doc) {
        const table = this.tableOf(doc);
        if (table === -1)
            return this.catalogue[doc - this.starts[this.tables.length]];
        const entry = doc - this.starts[table];
        // Never undefined for a document of the index: a damaged record reads as its key alone.
        return this.tables[table].at(entry) ?? placeholder(this.tables[table], entry);
    }
    fileOf(doc) {
        const table = this.tableOf(doc);
        return table === -1 ? undefined : this.tables[table].file;
    }
    /** Only documents of the catalogue and of these files. */
    acceptFiles(files) {
        const visible = this.tables.map((table) => files.has(table.file));
        return (doc) => {
            const table = this.tableOf(doc);
            return table === -1 || visible[table];
        };
    }
}
function createLibraryService(io) {
    const cache = new Map();
    let catalogue = null;
    let catalogueFile = '';
    let index = null;
    let list = null;
    /** Writes to the disk cache not yet finished. */
    const pendingWrites = [];
    /** The latest load request; an older one stops at its next step. */
    let latest = 0;
    const { post } = io;
    function loadCatalogue(file) {
        if (!catalogue || file !== catalogueFile) {
            catalogue = [...(0, catalogue_1.catalogueFromJson)(io.readCatalogue(file)).papers];
            catalogueFile = file;
        }
        return catalogue;
    }
    /** Keeps a file's reading, letting go of the one it replaces (and its open reading on disk). */
    function remember(file, cached) {
        const before = cache.get(file);
        if (before && before !== cached)
            before.texts.close?.();
        cache.set(file, cached);
    }
    /** The file's bytes once two looks QUIET_MS apart agree on its size and modification time. */
    async function readWhenQuiet(file, generation) {
        let before = await io.stat(file);
        for (let wait = 0; wait < MAX_WAITS; wait++) {
            const bytes = await io.readFile(file);
            await io.pause(Date.now() - before.mtimeMs < QUIET_MS ? QUIET_MS : 0);
            if (generation !== latest)
                return 'stale';
            const after = await io.stat(file);
            if (after.size === before.size && after.mtimeMs === before.mtimeMs && after.size === bytes.length)
                return { bytes, stat: after };
            before = after;
        }
        throw new Error(`kept changing for ${(MAX_WAITS * QUIET_MS) / 1000} s; it will be read after its next change`);
    }
    const unreadable = (file, fatal) => {
        const table = paperTable_1.PaperTable.from((0, paperTable_1.encodePaperTable)(file, []));
        return { mtimeMs: 0, size: -1, table, texts: heldTexts(table), parsed: null, diskKey: '', report: { file, entryCount: 0, errors: [], fatal, ms: 0 } };
    };
    async function loadFile(file, generation, force, ownEntriesOf, cacheDir) {
        const started = Date.now();
        let stat;
        try {
            stat = await io.stat(file);
        }
        catch {
            return unreadable(file, 'the file does not exist or cannot be read');
        }
        const cached = cache.get(file);
        if (!force && cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size)
            return cached;
        let read;
        try {
            read = await readWhenQuiet(file, generation);
        }
        catch (problem) {
            // Keep what was read before, if anything: a library never disappears because it is being written.
            return cached ?? unreadable(file, problem.message);
        }
        if (read === 'stale')
            return 'stale';
        const disk = cacheDir ? io.disk : undefined;
        const key = disk ? disk.fileKey(read.bytes, file, file === ownEntriesOf) : '';
        const kept = disk && !force ? await disk.openEntry(cacheDir, key) : null;
        const found = kept ? await readKept(kept) : null;
        // A reading kept under another name (a renamed file's bytes hash alike only with the same name) is not used.
        const warm = found && generation === latest && found.reading.table.file === file ? found : null;
        if (found && !warm)
            found.texts.close?.();
        if (generation !== latest)
            return 'stale';
        if (warm) {
            const { table, errors, fatal } = warm.reading;
            const result = {
                mtimeMs: read.stat.mtimeMs, size: read.stat.size, table, texts: warm.texts, parsed: null, diskKey: key,
                report: { file, entryCount: table.count, errors, fatal, ms: Date.now() - started, fromDisk: true },
            };
            remember(file, result);
            return result;
        }
        // Read step by step: searches (over the index of before) are answered between steps.
        const steps = (0, loadLibrary_1.loadLibrarySteps)(read.bytes, file);
        let step = steps.next();
        while (!step.done) {
            await io.yieldToMessages();
            if (generation !== latest)
                return 'stale';
            step = steps.next();
        }
        const load = step.value;
        // The bibliography file holds copies Paper Notes wrote of catalogue papers: those are the catalogue's, not the user's.
        const entries = file === ownEntriesOf ? load.entries.filter((entry) => !(entry.bibtex && (0, bibtex_1.isUnchangedOwnEntry)(entry.bibtex))) : load.entries;
        const papers = [];
        for (let i = 0; i < entries.length; i++) {
            papers.push((0, libraryPaper_1.paperFromEntry)(entries[i]));
            if (i % STEP === STEP - 1) {
                await io.yieldToMessages();
                if (generation !== latest)
                    return 'stale';
            }
        }
        const table = paperTable_1.PaperTable.from((0, paperTable_1.encodePaperTable)(file, papers));
        const result = {
            mtimeMs: read.stat.mtimeMs, size: read.stat.size, table, texts: heldTexts(table), parsed: papers, diskKey: key,
            report: { file, entryCount: papers.length, errors: load.errors, fatal: load.fatal, ms: Date.now() - started },
        };
        remember(file, result);
        if (disk)
            pendingWrites.push(keep(result, disk, cacheDir, (0, paperTable_1.encodeReading)(load.errors, load.fatal, table)));
        return result;
    }
    /** Writes a reading to disk; once it is there, the file's texts are read from it instead of held. */
    async function keep(file, disk, cacheDir, bytes) {
        const layout = (0, paperTable_1.readingLayout)(bytes, bytes.length);
        const starts = (0, paperTable_1.readingTextStarts)(bytes.subarray(layout.textsAt), layout);
        const inUse = [...cache.values()].map((cached) => cached.diskKey).filter(Boolean);
        if (!(await disk.writeEntry(cacheDir, file.diskKey, bytes, inUse)) || !starts)
            return;
        const kept = await disk.openEntry(cacheDir, file.diskKey);
        if (!kept)
            return;
        if (kept.size !== bytes.length || cache.get(file.report.file) !== file) {
            kept.close();
            return;
        }
        file.texts = keptTexts(kept, starts, layout.textsBase);
        file.table.dropTexts();
    }
    async function load(message) {
        const { generation } = message;
        latest = generation;
        const loadedFiles = [];
        for (const file of message.files) {
            await io.yieldToMessages();
            if (generation !== latest)
                return;
            const before = cache.get(file);
            const loaded = await loadFile(file, generation, message.force ?? false, message.ownEntriesOf, message.cacheDir ?? null);
            if (loaded === 'stale')
                return;
            const unchanged = loaded === before && !message.force && message.known.includes(file);
            if (!unchanged) {
                // One message of bytes, in shared memory where the host is another thread: nothing for the host to copy or to walk.
                post({ type: 'table', generation, file, bytes: loaded.table.hostBytes(io.shared) });
            }
            post({ type: 'file', generation, report: loaded.report, unchanged });
            loadedFiles.push(loaded);
        }
        for (const [file, cached] of cache) {
            if (message.files.includes(file))
                continue;
            cached.texts.close?.();
            cache.delete(file);
        }
        const started = Date.now();
        // The user's entries first: their key is the one a note means; the catalogue paper of the same key stays findable.
        const papers = new LibraryList(loadedFiles.map((loaded) => loaded.table), loadCatalogue(message.catalogueFile));
        const libraryCount = papers.length - loadCatalogue(message.catalogueFile).length;
        const keys = loadedFiles.map((loaded) => loaded.diskKey);
        const disk = message.cacheDir ? io.disk : undefined;
        const indexKey = disk && libraryCount && keys.every(Boolean) ? disk.indexKey(keys, message.catalogueFile) : '';
        const bytes = indexKey ? await disk.readIndex(message.cacheDir, indexKey) : null;
        let stored = null;
        try {
            stored = bytes ? (0, searchStore_1.decodeIndex)(bytes, indexKey) : null;
        }
        catch {
            // A damaged index is built again.
        }
        if (generation !== latest)
            return;
        let built = null;
        if (stored) {
            try {
                built = new search_1.PaperIndex(papers, stored);
            }
            catch {
                built = null;
            }
        }
        const fromDisk = !!built;
        /** False when some entry's texts could not be read: the index is used, not kept. */
        let complete = true;
        if (!built) {
            // Built over the entries with their abstracts (parsed now, or decoded again from the tables), then kept over the tables.
            const full = [];
            for (const loaded of loadedFiles) {
                if (loaded.parsed) {
                    full.push(...loaded.parsed);
                    continue;
                }
                const texts = await loaded.texts.texts(Array.from({ length: loaded.table.count }, (_, i) => i));
                if (generation !== latest)
                    return;
                for (let i = 0; i < loaded.table.count; i++) {
                    // Decoded afresh, not kept: the index needs them once.
                    const paper = loaded.table.read(i) ?? placeholder(loaded.table, i);
                    // An abstract that could not be read is not indexed as empty for good: this index is not kept.
                    if (paper.library?.hasAbstract && !texts[i])
                        complete = false;
                    full.push({ ...paper, cleanAbstract: texts[i]?.abstract ?? '' });
                }
            }
            full.push(...loadCatalogue(message.catalogueFile));
            built = new search_1.PaperIndex(papers, search_1.PaperIndex.build(full));
        }
        for (const loaded of loadedFiles)
            loaded.parsed = null;
        if (generation !== latest)
            return;
        index = built;
        list = papers;
        post({ type: 'ready', generation, entryCount: libraryCount, indexMs: Date.now() - started, indexFromDisk: fromDisk, duplicates: duplicateKeys(loadedFiles.map((loaded) => loaded.table)) });
        if (indexKey && !fromDisk && complete)
            pendingWrites.push(disk.writeIndex(message.cacheDir, indexKey, (0, searchStore_1.encodeIndex)(built.stored(), indexKey)));
        // Say when what this load keeps on disk is written (a test, or the bench, may stop the worker then).
        const writes = pendingWrites.splice(0);
        void Promise.all(writes).then(() => post({ type: 'stored', generation }));
    }
    async function texts(message) {
        const found = await Promise.all(message.entries.map(async ({ file, key }) => {
            const cached = cache.get(file);
            const entry = cached ? cached.table.indexOf(key) : -1;
            return entry === -1 ? null : (await cached.texts.texts([entry]))[0];
        }));
        post({ type: 'texts', id: message.id, texts: found });
    }
    function search(message) {
        if (!index || !list) {
            post({ type: 'hits', id: message.id, total: 0, errors: [], filters: [], sort: 'relevance', hits: [] });
            return;
        }
        const acceptDoc = message.visibleFiles ? list.acceptFiles(new Set(message.visibleFiles)) : undefined;
        let result;
        try {
            result = index.search(message.query, { ...message.options, acceptDoc });
        }
        catch (problem) {
            // Never a dead worker for one search.
            post({ type: 'hits', id: message.id, total: 0, errors: [`the search failed: ${problem.message}`], filters: [], sort: 'relevance', hits: [] });
            return;
        }
        post({
            type: 'hits', id: message.id, total: result.total, errors: result.errors, filters: result.filters, sort: result.sort,
            hits: result.hits.map((hit) => ({ key: hit.paper.key, file: hit.paper.library?.file ?? null, score: hit.score, titleMatches: hit.titleMatches })),
        });
    }
    /** The newest waiting search of each channel; older ones are answered `stale` without searching. */
    const waiting = new Map();
    let searchScheduled = false;
    function queueSearch(message) {
        const older = waiting.get(message.channel);
        if (older)
            post({ type: 'hits', id: older.id, stale: true, total: 0, errors: [], filters: [], sort: 'relevance', hits: [] });
        waiting.set(message.channel, message);
        if (searchScheduled)
            return;
        searchScheduled = true;
        // Messages that arrived together are all queued before any is answered.
        void io.yieldToMessages().then(() => {
            searchScheduled = false;
            const answering = [...waiting.values()];
            waiting.clear();
            answering.forEach(search);
        });
    }
    return {
        receive(message) {
            if (message.type === 'search')
                queueSearch(message);
            else if (message.type === 'stop') {
                // A load under way stops at its next step; what is open is closed.
                latest = -1;
                for (const cached of cache.values())
                    cached.texts.close?.();
                cache.clear();
                post({ type: 'stopped' });
            }
            else if (message.type === 'texts')
                void texts(message);
            else
                load(message).catch((problem) => post({ type: 'failed', message: String(problem?.stack ?? problem) }));
        },
    };
}
/** Keys defined in more than one file (a file's own repeats are reported by its loader). */
function duplicateKeys(tables) {
    // Only the entries of keys with more than one place are read.
    const places = new Map();
    tables.forEach((table, t) => {
        // Key by key, not table.keys(): that keeps every key for as long as the table lives (about 5 MB at 100,000 entries).
        for (let i = 0; i < table.count; i++) {
            const key = table.key(i);
            const list = places.get(key);
            if (list)
                list.push(t, i);
            else
                places.set(key, [t, i]);
        }
    });
    const out = [];
    for (const [key, list] of places) {
        if (list.length <= 2)
            continue;
        const found = [];
        for (let at = 0; at < list.length; at += 2) {
            const paper = tables[list[at]].at(list[at + 1]);
            if (paper?.library)
                found.push({ file: paper.library.file, line: paper.library.line, column: paper.library.column });
        }
        out.push({ key, places: found });
    }
    return out;
}
