import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { type PerformanceEntry, PerformanceObserver } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { BIG_LIBRARY_SOURCE, bigLibraryText } from '../shared/bigLibrary';
import { blockInWords, lagsInWords, longestHostBlock, machineExplains } from '../shared/hostBlock';
import { hostTicks } from '../shared/hostTicks';
import { lagProbe } from '../shared/lagProbe';
import { activeExtension, waitFor } from './helpers';

interface LibraryApi {
  whenReady(): Promise<void>;
  files(): { file: string; origin: string; report: { entryCount: number; errors: unknown[]; fatal?: string } | null }[];
  get(key: string): { key: string; cleanTitle: string; year: number | null; library?: { csl?: string; hasCsl?: boolean; authors: string[] } } | undefined;
}

const folder = () => vscode.workspace.workspaceFolders![0].uri;
const file = (name: string) => vscode.Uri.joinPath(folder(), name);
const write = (name: string, text: string | Uint8Array) => vscode.workspace.fs.writeFile(file(name), typeof text === 'string' ? Buffer.from(text, 'utf8') : text);

const ZOTERO_BIB = `
@inproceedings{vaswaniAttentionAllYou2017,
  title = {Attention Is All You Need},
  booktitle = {Advances in Neural Information Processing Systems},
  author = {Vaswani, Ashish and Shazeer, Noam and Parmar, Niki},
  date = {2017},
  abstract = {We propose a new simple network architecture, the Transformer, based solely on attention mechanisms. It reaches 28.4 BLEU on the WMT 2014 English-to-German translation task.},
  doi = {10.48550/arXiv.1706.03762}
}

@article{brokenEntry2020,
  title = {Missing a comma}
  author = {Nobody, N.}
}

@book{goodfellowDeepLearning2016,
  title = {Deep Learning},
  author = {Goodfellow, Ian and Bengio, Yoshua and Courville, Aaron},
  date = {2016},
  publisher = {MIT Press}
}
`;

/** Resolves once the extension host's event loop went `quietMs` without lagging `lagMs`, or after `giveUpMs` anyway (and says so). */
async function hostQuiet(quietMs: number, lagMs: number, giveUpMs: number): Promise<void> {
  const start = performance.now();
  let quietSince = start;
  await new Promise<void>((resolve) => {
    const stop = lagProbe(10, (lag, now) => {
      if (lag > lagMs) quietSince = now;
      if (now - quietSince < quietMs && now - start < giveUpMs) return;
      if (now - quietSince < quietMs) console.log(`      the host never went ${quietMs} ms without a ${lagMs} ms lag in ${giveUpMs / 1000} s; measuring anyway`);
      stop();
      resolve();
    });
  });
}

/** Linux keeps a nice value per thread, in field 19 of /proc/self/task/<id>/stat (counted from the field after the name's closing parenthesis). */
const LINUX = process.platform === 'linux';
const niceOf = (thread: string | number): number => {
  const stat = fs.readFileSync(`/proc/self/task/${thread}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
};

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))).join('\n');
}

const unknownKeys = (document: vscode.TextDocument) =>
  vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'Paper Notes' && /Unknown citation key/.test(d.message)).map((d) => document.getText(d.range));

describe('libraries', () => {
  let api: LibraryApi;

  before(async () => {
    api = ((await activeExtension()).exports as { libraries: LibraryApi }).libraries;
    await write('libs/zotero.bib', ZOTERO_BIB);
    await write('libs/own.json', JSON.stringify([{ id: 'doeOwnBook2021', type: 'book', title: 'A Book Only One Note Sees', author: [{ family: 'Doe', given: 'Jane' }], issued: { 'date-parts': [[2021]] } }]));
    await vscode.workspace.getConfiguration('paperNotes').update('libraries', ['libs/*.bib'], vscode.ConfigurationTarget.Workspace);
    await waitFor(() => api.get('vaswaniAttentionAllYou2017'), 'the configured library to load', 20_000);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('paperNotes').update('libraries', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('loads every good entry of a file with a bad one, and reports the bad one in the library file at its line and column', async () => {
    const [zotero] = api.files().filter((state) => state.file.endsWith('zotero.bib'));
    assert.equal(zotero.origin, 'settings');
    assert.equal(zotero.report?.entryCount, 2);
    const diagnostics = await waitFor(() => {
      const found = vscode.languages.getDiagnostics(file('libs/zotero.bib')).filter((d) => d.source === 'Paper Notes');
      return found.length ? found : undefined;
    }, 'a diagnostic in the library file');
    assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual([diagnostics[0].range.start.line, diagnostics[0].range.start.character], [12, 2]);
    assert.match(diagnostics[0].message, /^@article\{brokenEntry2020: /);
  });

  it('formats a library entry with its own CSL item, fetched from the library worker when a note first cites it', async () => {
    const held = api.get('vaswaniAttentionAllYou2017')!;
    assert.equal(held.library?.csl, undefined, 'the extension host does not hold CSL items');
    assert.equal(held.library?.hasCsl, true);
    const note = 'As [@vaswaniAttentionAllYou2017] show.\n';
    // The entry's own item reads its BibTeX title as Pandoc does (sentence case); the host's fields alone would not.
    const html = await waitFor(async () => {
      const rendered = await vscode.commands.executeCommand<string>('markdown.api.render', note);
      return /Attention is all you need\. In <i>Advances in Neural Information Processing Systems<\/i>|Attention is all you need\. <i>Advances/.test(rendered) ? rendered : undefined;
    }, 'the entry formatted from its own CSL item');
    assert.match(html, /<span class="citation" data-cites="vaswaniAttentionAllYou2017"[^>]*>\(Vaswani et al\., 2017\)<\/span>/);
    assert.match(html, /https:\/\/doi\.org\/10\.48550\/arXiv\.1706\.03762/);
  });

  it('offers a library entry in completion, with its source, and shows it on hover with authors, venue, DOI and where it is', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'As [@vaswaniatt' });
    await vscode.window.showTextDocument(document);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 15), '@');
    const item = list.items.find((candidate) => (typeof candidate.label === 'string' ? candidate.label : candidate.label.label) === 'vaswaniAttentionAllYou2017');
    assert.ok(item, 'the library entry is offered');
    assert.match(String(item.detail), /Attention Is All You Need \(2017\) · zotero\.bib/);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(0, 0, 0, 15), 'As [@vaswaniAttentionAllYou2017] and [@goodfellowDeepLearning2016].');
    await vscode.workspace.applyEdit(edit);
    const text = await hoverText(document.uri, new vscode.Position(0, 10));
    assert.match(text, /\*\*Attention Is All You Need\*\* \(2017\)/);
    assert.match(text, /Vaswani, Shazeer, Parmar/);
    assert.match(text, /Venue:\* Advances in Neural Information Processing Systems/);
    assert.match(text, /DOI:\* \[10\\\.48550/);
    assert.match(text, /From:\* zotero\\\.bib, line 2/);
    assert.match(text, /Transformer/, 'summarised from its abstract');
    const book = await hoverText(document.uri, new vscode.Position(0, 45));
    assert.match(book, /Summary:\* missing: the entry has no abstract/);
    await new Promise((resolve) => setTimeout(resolve, 800));
    assert.deepEqual(unknownKeys(document), [], 'library keys are known');
  });

  it("uses the library's entry for a key the catalogue also has, says so on hover, and keeps the catalogue paper findable", async () => {
    await write('libs/zz-shadow.bib', '@misc{puppeteer2025, title = {My Own Puppeteer Notes}, year = 2025}\n');
    await waitFor(() => (api.get('puppeteer2025')?.cleanTitle === 'My Own Puppeteer Notes' ? true : undefined), 'the shadowing entry', 20_000);
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'See [@puppeteer2025].' });
    const text = await hoverText(document.uri, new vscode.Position(0, 8));
    assert.match(text, /\*\*My Own Puppeteer Notes\*\*/);
    assert.match(text, /Your library's entry is used for `@puppeteer2025`; the catalogue's paper of that key \(/);
    await vscode.workspace.fs.delete(file('libs/zz-shadow.bib'));
    await waitFor(() => (api.get('puppeteer2025')?.cleanTitle !== 'My Own Puppeteer Notes' ? true : undefined), 'the catalogue paper back', 20_000);
  });

  it('copies every cited library entry into the bibliography file with Update Bibliography', async () => {
    const config = vscode.workspace.getConfiguration('paperNotes');
    await write('notes/cites-library.md', 'We build on [@goodfellowDeepLearning2016] and [@mamba2023].\n');
    await config.update('bibliographyFile', 'library-refs.bib', vscode.ConfigurationTarget.Workspace);
    try {
      const update = await vscode.commands.executeCommand<{ added: string[] }>('paperNotes.updateBibliography');
      assert.ok(update.added.includes('goodfellowDeepLearning2016') && update.added.includes('mamba2023'), JSON.stringify(update));
      const written = Buffer.from(await vscode.workspace.fs.readFile(file('library-refs.bib'))).toString('utf8');
      assert.match(written, /@book\{goodfellowDeepLearning2016,\n {2}title = \{Deep Learning\},\n {2}author = \{Goodfellow, Ian and Bengio, Yoshua and Courville, Aaron\},[^]*,\n {2}papernotes = \{[0-9a-f]{16}\}\n\}/);
    } finally {
      await config.update('bibliographyFile', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(file('notes/cites-library.md'));
    }
  });

  it("copies a library entry's own BibTeX text, as it stands in the file", async () => {
    await vscode.commands.executeCommand('paperNotes.copyBibtex', 'goodfellowDeepLearning2016');
    const copied = await vscode.env.clipboard.readText();
    assert.equal(copied, `${ZOTERO_BIB.slice(ZOTERO_BIB.indexOf('@book{goodfellow')).trimEnd()}\n`);
  });

  it("goes to the entry's line in the library file", async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'See @goodfellowDeepLearning2016.' });
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', document.uri, new vscode.Position(0, 8));
    assert.equal(locations.length, 1);
    assert.ok(locations[0].uri.fsPath.endsWith('zotero.bib'));
    assert.equal(locations[0].range.start.line, 15);
  });

  it("lets a note add its own library in front matter, seen by that note only", async () => {
    await write('notes/fm.md', '---\ntitle: Front matter\nbibliography: ../libs/own.json\n---\nSee [@doeOwnBook2021].\n');
    await write('notes/other.md', 'See [@doeOwnBook2021].\n');
    const own = await vscode.workspace.openTextDocument(file('notes/fm.md'));
    await vscode.window.showTextDocument(own);
    await waitFor(() => api.get('doeOwnBook2021'), 'the front matter library to load', 20_000);
    const other = await vscode.workspace.openTextDocument(file('notes/other.md'));
    await vscode.window.showTextDocument(other);
    await waitFor(() => (unknownKeys(other).length === 1 ? true : undefined), 'the other note to flag the key');
    await vscode.window.showTextDocument(own);
    await waitFor(() => (unknownKeys(own).length === 0 ? true : undefined), 'the note with the front matter to know the key');
    assert.match(await hoverText(own.uri, new vscode.Position(4, 8)), /A Book Only One Note Sees/);
    assert.ok(api.files().some((state) => state.file.endsWith('own.json') && state.origin === 'frontMatter'));
  });

  it('picks up a library file edited on disk, and keeps the old entries until the new file is read', async () => {
    assert.equal(api.get('graves2014'), undefined);
    await write('libs/zotero.bib', `${ZOTERO_BIB}\n@misc{graves2014, title = {Neural Turing Machines}, date = {2014}}\n`);
    assert.ok(api.get('vaswaniAttentionAllYou2017'), 'the old entries stay while the new file is read');
    const paper = await waitFor(() => api.get('graves2014'), 'the edited library to be read again', 20_000);
    assert.equal(paper.cleanTitle, 'Neural Turing Machines');
  });

  it('warns at both places when two libraries define the same key; the first configured wins', async () => {
    await write('libs/zz-second.bib', '\n@book{goodfellowDeepLearning2016, title = {A Second Copy}, year = 2016}\n');
    const warnings = await waitFor(() => {
      const found = vscode.languages.getDiagnostics(file('libs/zz-second.bib')).filter((d) => d.severity === vscode.DiagnosticSeverity.Warning);
      return found.length ? found : undefined;
    }, 'a duplicate key warning', 20_000);
    assert.match(warnings[0].message, /^@goodfellowDeepLearning2016 is also defined in zotero\.bib:16; the one in zotero\.bib:16 is used$/);
    assert.equal(warnings[0].range.start.line, 1);
    assert.ok(vscode.languages.getDiagnostics(file('libs/zotero.bib')).some((d) => /also defined in zz-second\.bib:2; this one is used/.test(d.message)));
    assert.equal(api.get('goodfellowDeepLearning2016')?.cleanTitle, 'Deep Learning');
    await vscode.workspace.fs.delete(file('libs/zz-second.bib'));
  });

  it('reloads with the command, and lists the libraries with their counts', async () => {
    await vscode.commands.executeCommand('paperNotes.reloadLibraries');
    const zotero = api.files().find((state) => state.file.endsWith('zotero.bib'));
    assert.equal(zotero?.report?.entryCount, 3);
  });

  it('runs the library worker at the extension host\'s priority: a lowered worker holding what the host needs stalls the host', async () => {
    // A command that reads the libraries starts the worker if nothing has yet.
    await vscode.commands.executeCommand('paperNotes.reloadLibraries');
    // The worker has run its start (and answered) once the libraries are read.
    await api.whenReady();
    if (!LINUX) {
      // Elsewhere a priority is the whole process's: nothing lowers it.
      assert.ok(os.getPriority() < os.constants.priority.PRIORITY_LOW, 'the extension host keeps its priority');
      return;
    }
    // Linux keeps a priority per thread: every thread of the host, the worker's included, at the host thread's.
    const hostNice = niceOf(process.pid);
    const threads = fs.readdirSync('/proc/self/task').map((id) => ({ id, nice: niceOf(id) }));
    assert.ok(threads.length > 1, 'the worker is a thread of the host');
    assert.deepEqual(threads.filter((thread) => thread.nice !== hostNice), [], `no thread below the host's priority: ${JSON.stringify(threads)}`);
  });

  it('never blocks the extension host for more than 50 ms while a 100,000-entry library loads (nor lets it lag 150 ms)', async function () {
    this.timeout(600_000);
    // The launcher wrote the library outside the extension host, under a name no library has; a runner that did not writes it there now.
    const source = file(BIG_LIBRARY_SOURCE);
    if (!(await vscode.workspace.fs.stat(source).then(() => true, () => false))) await write(BIG_LIBRARY_SOURCE, bigLibraryText());
    // Run alone, this test starts while VS Code's start-up work (other extensions, their garbage collections) still blocks the host for
    // up to 150 ms at a time; that is not the library's. So it waits (at most a minute) for 3 s in which the host never lagged 20 ms, and
    // only then puts the library in place: the whole load is measured (put there first, a load could end while the host was waited for).
    const loadAndMeasure = async (from: vscode.Uri): Promise<{ longest: ReturnType<typeof longestHostBlock>; what: string }> => {
      await hostQuiet(3_000, 20, 60_000);
      const collections: PerformanceEntry[] = [];
      const observer = new PerformanceObserver((list) => collections.push(...list.getEntries()));
      observer.observe({ entryTypes: ['gc'] });
      // The host thread's schedule and the cores' stolen time at each tick: a failure tells a block of ours from a host the system did not run.
      const probe = hostTicks(10);
      // Copied by VS Code's file service: the load starts now.
      await vscode.workspace.fs.copy(from, file('libs/big.bib'), { overwrite: true });
      try {
        await waitFor(() => api.get('big99999'), 'the big library to load', 540_000);
        await api.whenReady();
      } finally {
        probe.stop();
        observer.disconnect();
      }
      // The probe ran while the library loaded (a load of 100,000 entries takes seconds: hundreds of ticks), so the figures below are of it.
      assert.ok(probe.ticks.length > 100, `the probe saw ${probe.ticks.length} ticks: the load was not measured`);
      const longest = longestHostBlock(probe.ticks, 10);
      // What the block was: the host's schedule in it, and a garbage collection of the host's heap inside it (VS Code's and every extension's), or none.
      const inBlock = collections.filter((gc) => gc.startTime + gc.duration >= longest.end - longest.lag - 10 && gc.startTime <= longest.end);
      const collected = inBlock.map((gc) => {
        const detail = (gc as PerformanceEntry & { detail?: { kind?: number; flags?: number } }).detail;
        return `${gc.duration.toFixed(1)} ms (kind ${detail?.kind}, flags ${detail?.flags})`;
      }).join(', ') || 'none';
      const what = `${blockInWords(longest)}; garbage collections of the host's heap in that time: ${collected}`;
      console.log(`      longest extension host block while 100,000 entries loaded: ${longest.block.toFixed(1)} ms (${what}); ${lagsInWords(longest)}`);
      return { longest, what };
    };
    let { longest, what } = await loadAndMeasure(source);
    // A lag past 150 ms that is the machine's (the host thread ran under 50 ms of it, and waited for a core the scheduler gave to others, or
    // for a page this machine's memory reclaim had put out of memory: 181 ms of waiting in one CI run, 485 ms asleep on pages in another)
    // is measured once more, from the start, and that measure decides. A lag of ours (the host's own work, or a synchronous read it sleeps
    // through) is not measured again.
    if (longest.block > 150 && longest.running <= 50 && machineExplains(longest, 150)) {
      console.log('      that lag was the machine\'s (the host thread waited for a core, or for a page the system had put out of memory): the load is measured once more');
      await vscode.workspace.fs.delete(file('libs/big.bib'));
      await waitFor(() => (api.get('big99999') === undefined ? true : undefined), 'the big library to unload', 120_000);
      await api.whenReady();
      // Other bytes (a comment after the last entry), so the worker reads and parses it all again instead of its disk cache of the first.
      const again = file(`${BIG_LIBRARY_SOURCE}.again`);
      await vscode.workspace.fs.writeFile(again, Buffer.concat([await vscode.workspace.fs.readFile(source), Buffer.from('\n% measured again\n', 'utf8')]));
      ({ longest, what } = await loadAndMeasure(again));
      await vscode.workspace.fs.delete(again);
    }
    assert.equal(api.get('big54321')?.year, 2000 + (54321 % 25));
    assert.equal(api.get('big54321')?.library?.authors[0], 'Author1, Given');
    // The host's own work (its thread running: JavaScript, and the kernel's work for it) never takes 50 ms of one lag. Waiting for a core
    // the worker and its collector hold is the machine's share (on two cores it reached 50-60 ms once this test measured the whole load);
    // a lag the host thread slept through (in the kernel, on a lock; no machine stop) is no work of ours either, but a synchronous read
    // would be one: every lag is held to 150 ms.
    assert.ok(longest.running <= 50, `the extension host ran for ${longest.running.toFixed(1)} ms in one lag (${what})`);
    assert.ok(longest.block <= 150, `the extension host was blocked for ${longest.block.toFixed(1)} ms (${what})`);
    await vscode.workspace.fs.delete(file('libs/big.bib'));
  });
});
