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
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const node_worker_threads_1 = require("node:worker_threads");
const paperTable_1 = require("../../src/core/library/paperTable");
const helpers_1 = require("./helpers");
/** A table message's entries, decoded as the host decodes them. */
function entriesOf(message) {
    const table = paperTable_1.PaperTable.from(message.bytes);
    assert.ok(table, 'the table arrives whole');
    // Shared, not transferred: a transferred buffer this large sets off the host's garbage collector (a long pause on its heap).
    assert.ok(message.bytes.buffer instanceof SharedArrayBuffer);
    assert.equal(table.file, message.file);
    return Array.from({ length: table.count }, (_, i) => table.at(i));
}
/** Ends a worker as the extension does: it closes the readings it holds open, says so, and is terminated. */
async function stop(worker) {
    await new Promise((resolve) => {
        worker.on('message', (message) => {
            if (message.type === 'stopped')
                resolve();
        });
        worker.postMessage({ type: 'stop' });
    });
    await worker.terminate();
}
/** The built worker (dist/libraryWorker.js), driven as the extension host drives it. */
describe('library worker (dist/libraryWorker.js)', function () {
    this.timeout(60_000);
    let worker;
    let file = '';
    const messages = [];
    /** The entries as the host receives them. */
    const host = [];
    const next = (type, id) => new Promise((resolve) => {
        const check = () => {
            const index = messages.findIndex((message) => message.type === type && (id === undefined || message.id === id));
            if (index >= 0)
                resolve(messages.splice(index, 1)[0]);
            else
                setTimeout(check, 10);
        };
        check();
    });
    before(async () => {
        const dir = (0, helpers_1.tempDir)('worker');
        file = path.join(dir, 'refs.bib');
        fs.writeFileSync(file, '@misc{mine2021, title = {My Own Sliced Notes}, year = 2021, abstract = {We propose Mamba, a selective state space model.}}\n');
        worker = new node_worker_threads_1.Worker(path.join(helpers_1.ROOT, 'dist', 'libraryWorker.js'));
        worker.on('message', (message) => {
            if (message.type === 'table')
                host.push(...entriesOf(message));
            messages.push(message);
        });
        worker.postMessage({ type: 'load', generation: 1, files: [file], catalogueFile: path.join(helpers_1.ROOT, 'dist', 'catalogue.json'), known: [], ownEntriesOf: null });
        const ready = await next('ready');
        assert.equal(ready.entryCount, 1);
    });
    after(() => stop(worker));
    it('answers only the newest waiting search of a channel; older ones come back stale, other channels are answered', async () => {
        const search = (id, channel, query) => worker.postMessage({ type: 'search', id, channel, query, options: { limit: 5 }, visibleFiles: null });
        search(1, 'view', 's');
        search(2, 'view', 'sl');
        search(3, 'view', 'sliced notes');
        search(4, 'completion', 'mamba');
        const answers = await Promise.all([1, 2, 3, 4].map((id) => next('hits', id)));
        assert.deepEqual(answers.map((answer) => answer.stale ?? false), [true, true, false, false]);
        assert.deepEqual(answers[0].hits, []);
        assert.equal(answers[2].hits[0].key, 'mine2021');
        assert.equal(answers[2].hits[0].file?.endsWith('refs.bib'), true);
        assert.ok(answers[3].hits.some((hit) => hit.key === 'mamba2023'));
    });
    it('searches only the catalogue and the files a note sees', async () => {
        const search = (id, visibleFiles) => worker.postMessage({ type: 'search', id, channel: `visible${id}`, query: 'sliced', options: { limit: 50 }, visibleFiles });
        search(21, []);
        search(22, [file]);
        const [none, mine] = await Promise.all([next('hits', 21), next('hits', 22)]);
        assert.ok(!none.hits.some((hit) => hit.key === 'mine2021'));
        assert.ok(none.hits.some((hit) => hit.file === null), 'the catalogue is always seen');
        assert.ok(mine.hits.some((hit) => hit.key === 'mine2021'));
    });
    it('keeps entry texts and abstracts from the host, and gives them when asked', async () => {
        assert.equal(host.length, 1);
        assert.deepEqual([host[0].cleanAbstract, host[0].library?.bibtex, host[0].library?.hasBibtex, host[0].library?.hasAbstract], ['', null, true, true]);
        assert.ok(host[0].summary?.family.includes('ssm'), 'summarised in the worker');
        worker.postMessage({ type: 'texts', id: 9, entries: [{ file, key: 'mine2021' }, { file, key: 'nope' }] });
        const { texts } = await next('texts', 9);
        assert.match(texts[0].bibtex, /^@misc\{mine2021, title = \{My Own Sliced Notes\}/);
        assert.match(texts[0].abstract, /selective state space model/);
        assert.equal(texts[1], null);
    });
});
describe('library worker: a warm start reads the cached reading of unchanged bytes', function () {
    this.timeout(60_000);
    async function loadOnce(file, cacheDir) {
        const worker = new node_worker_threads_1.Worker(path.join(helpers_1.ROOT, 'dist', 'libraryWorker.js'));
        const papers = [];
        let report;
        let ready;
        let stored = false;
        const hits = await new Promise((resolve) => {
            worker.on('message', (message) => {
                if (message.type === 'table')
                    papers.push(...entriesOf(message));
                if (message.type === 'file')
                    report = message.report;
                if (message.type === 'ready') {
                    ready = message;
                    worker.postMessage({ type: 'search', id: 1, channel: 'test', query: 'first sparse mixture', options: { limit: 10 }, visibleFiles: null });
                }
                if (message.type === 'hits')
                    resolve(message.hits);
                if (message.type === 'stored')
                    stored = true;
            });
            worker.postMessage({ type: 'load', generation: 1, files: [file], catalogueFile: path.join(helpers_1.ROOT, 'dist', 'catalogue.json'), known: [], ownEntriesOf: null, cacheDir });
        });
        // The cache is written after the answer: the worker says when.
        for (let i = 0; i < 500 && !stored; i++)
            await new Promise((resolve) => setTimeout(resolve, 20));
        assert.ok(stored, 'the worker said its cache is written');
        // Texts are read from the kept reading once it is written (a warm start holds none).
        const texts = await new Promise((resolve) => {
            worker.on('message', (message) => {
                if (message.type === 'texts')
                    resolve(message.texts);
            });
            worker.postMessage({ type: 'texts', id: 7, entries: [{ file, key: 'a2020' }, { file, key: 'c2021' }, { file, key: 'missing' }] });
        });
        await stop(worker);
        return { report: report, papers, ready: ready, hits, texts };
    }
    it('parses once, then reads the same entries from the cache; changed bytes are parsed again', async () => {
        const dir = (0, helpers_1.tempDir)('worker-cache');
        const cacheDir = path.join(dir, 'cache');
        const file = path.join(dir, 'refs.bib');
        fs.writeFileSync(file, '@misc{a2020, title = {First}, year = 2020, abstract = {We propose a sparse mixture of experts.}}\n@misc{bad, title = {x} y = {z}}\n');
        const cold = await loadOnce(file, cacheDir);
        assert.equal(cold.report.fromDisk, undefined);
        const warm = await loadOnce(file, cacheDir);
        assert.equal(warm.report.fromDisk, true);
        assert.deepEqual(warm.papers, cold.papers);
        assert.deepEqual(warm.report.errors, cold.report.errors);
        assert.equal(cold.ready.indexFromDisk, false, 'the first start builds the index');
        assert.equal(warm.ready.indexFromDisk, true, 'the second reads it from storage');
        assert.equal(warm.hits[0].key, 'a2020');
        assert.deepEqual(warm.hits, cold.hits, 'the stored index answers as the built one');
        assert.match(cold.texts[0].bibtex, /^@misc\{a2020, title = \{First\}/);
        assert.equal(cold.texts[0].abstract, 'We propose a sparse mixture of experts.');
        assert.deepEqual(warm.texts, cold.texts, 'the same texts, read from the kept reading');
        assert.equal(warm.texts[2], null);
        // Readings kept, index gone (more library sets than kept indexes): the index is built again from the tables and the texts on disk.
        for (const name of fs.readdirSync(cacheDir).filter((entry) => entry.startsWith('index-')))
            fs.rmSync(path.join(cacheDir, name));
        const noIndex = await loadOnce(file, cacheDir);
        assert.equal(noIndex.report.fromDisk, true);
        assert.equal(noIndex.ready.indexFromDisk, false);
        assert.deepEqual(noIndex.hits, cold.hits, 'abstract words found as before');
        assert.deepEqual(noIndex.texts, cold.texts);
        // One byte of a record damaged on disk: the reading is not used (the file is parsed again), and nothing throws.
        const [reading] = fs.readdirSync(cacheDir).filter((entry) => entry.startsWith('reading-'));
        const bytes = fs.readFileSync(path.join(cacheDir, reading));
        const at = bytes.indexOf('"First"');
        assert.ok(at > 0);
        bytes[at + 1] = 0x22;
        fs.writeFileSync(path.join(cacheDir, reading), bytes);
        const damagedRecord = await loadOnce(file, cacheDir);
        assert.equal(damagedRecord.report.fromDisk, undefined);
        assert.deepEqual(damagedRecord.papers, cold.papers);
        fs.appendFileSync(file, '@misc{c2021, title = {Second}, year = 2021}\n');
        const changed = await loadOnce(file, cacheDir);
        assert.equal(changed.report.fromDisk, undefined);
        assert.equal(changed.ready.indexFromDisk, false, 'changed bytes: the index is built again');
        assert.equal(changed.papers.length, 2);
        assert.match(changed.texts[1].bibtex, /^@misc\{c2021, title = \{Second\}/);
        // A damaged index file is not used (and does not break the load): it is built again.
        for (const name of fs.readdirSync(cacheDir).filter((entry) => entry.endsWith('.bin')))
            fs.writeFileSync(path.join(cacheDir, name), 'not an index');
        const damaged = await loadOnce(file, cacheDir);
        assert.equal(damaged.report.fromDisk, undefined, 'a damaged reading is parsed again');
        assert.deepEqual(damaged.papers, changed.papers);
        assert.deepEqual(damaged.texts, changed.texts);
        assert.equal(damaged.ready.indexFromDisk, false);
        assert.deepEqual(damaged.hits, changed.hits);
    });
    it('prunes a temporary file a crashed write left an hour ago, not one another window is writing now', async () => {
        const dir = (0, helpers_1.tempDir)('worker-tmp');
        const cacheDir = path.join(dir, 'cache');
        fs.mkdirSync(cacheDir, { recursive: true });
        const stale = path.join(cacheDir, 'reading-0123.bin.999.1.tmp');
        const fresh = path.join(cacheDir, 'index-4567.bin.998.1.tmp');
        const unrelated = path.join(cacheDir, 'notes.tmp');
        for (const name of [stale, fresh, unrelated])
            fs.writeFileSync(name, 'half a write');
        const hoursAgo = (Date.now() - 2 * 3_600_000) / 1000;
        fs.utimesSync(stale, hoursAgo, hoursAgo);
        fs.utimesSync(unrelated, hoursAgo, hoursAgo);
        const file = path.join(dir, 'lib.bib');
        fs.writeFileSync(file, '@misc{one, title = {One}, year = 2020}\n');
        const worker = new node_worker_threads_1.Worker(path.join(helpers_1.ROOT, 'dist', 'libraryWorker.js'));
        try {
            await new Promise((resolve) => {
                worker.on('message', (message) => {
                    if (message.type === 'stored')
                        resolve();
                });
                worker.postMessage({ type: 'load', generation: 1, files: [file], catalogueFile: path.join(helpers_1.ROOT, 'dist', 'catalogue.json'), known: [], ownEntriesOf: null, cacheDir });
            });
            assert.equal(fs.existsSync(stale), false, 'the stale temporary file is pruned');
            assert.ok(fs.existsSync(fresh), 'a temporary file being written now is left');
            assert.ok(fs.existsSync(unrelated), 'a file not of the cache\'s own naming is left');
        }
        finally {
            await stop(worker);
        }
    });
    it('never prunes a reading whose texts are in use, even with more library files than readings it keeps', async () => {
        const dir = (0, helpers_1.tempDir)('worker-many');
        const cacheDir = path.join(dir, 'cache');
        const files = Array.from({ length: 24 }, (_, i) => {
            const file = path.join(dir, `lib${i}.bib`);
            fs.writeFileSync(file, `@misc{entry${i}, title = {Entry ${i}}, year = 2020, abstract = {We propose model ${i}.}}\n`);
            return file;
        });
        const worker = new node_worker_threads_1.Worker(path.join(helpers_1.ROOT, 'dist', 'libraryWorker.js'));
        try {
            const texts = await new Promise((resolve) => {
                worker.on('message', (message) => {
                    if (message.type === 'stored')
                        worker.postMessage({ type: 'texts', id: 3, entries: files.map((file, i) => ({ file, key: `entry${i}` })) });
                    if (message.type === 'texts')
                        resolve(message.texts);
                });
                worker.postMessage({ type: 'load', generation: 1, files, catalogueFile: path.join(helpers_1.ROOT, 'dist', 'catalogue.json'), known: [], ownEntriesOf: null, cacheDir });
            });
            assert.deepEqual(texts.map((text) => text?.abstract), files.map((_, i) => `We propose model ${i}.`));
            assert.equal(fs.readdirSync(cacheDir).filter((name) => name.startsWith('reading-')).length, 24);
        }
        finally {
            await stop(worker);
        }
    });
});
