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
exports.normalizeTitle = normalizeTitle;
/**
 * Pandoc is the oracle: on library files written by other tools, every entry
 * Pandoc reads is loaded by Paper Notes with the same key and the same title
 * (compared after normalising case, spacing, TeX and typography). The corpus:
 * the .bib files Debian's TeX Live packages ship (scripts/library-corpus.sh),
 * hand-written files in the shapes of each tool's exports
 * (test/fixtures/library-exports), and files Pandoc itself writes at test time.
 */
const assert = __importStar(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const libraryEncoding_1 = require("../../src/core/library/libraryEncoding");
const loadLibrary_1 = require("../../src/core/library/loadLibrary");
const helpers_1 = require("./helpers");
const CORPUS = path.join(helpers_1.ROOT, '.vscode-test', 'library-corpus');
const EXPORTS = path.join(helpers_1.ROOT, 'test', 'fixtures', 'library-exports');
/**
 * Titles Paper Notes reads differently from Pandoc, on purpose or as a known
 * limit (see the README, "Your own library"): a child's title built from what
 * it inherits through crossref from a multi-volume parent (biblatex's
 * subtitle-to-mainsubtitle rules, which citation.js does not apply), and one
 * math formula.
 */
const KNOWN_DIFFERENCES = new Set([
    'archaeologie-examples.bib EAOR-03', 'archaeologie-examples.bib EAOR-04', 'archaeologie-examples.bib EAOR-06', 'archaeologie-examples.bib EAOR-07',
    'example-bookinincollection.bib AcTiteLatin', 'example-bookininproceedings.bib Aristotle2012', 'biblatex-lncs-test.bib tar',
]);
function files(dir, extension = '.bib') {
    const out = [];
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory())
            out.push(...files(full, extension));
        else if (entry.name.endsWith(extension))
            out.push(full);
    }
    return out.sort();
}
function pandoc(args, input) {
    const run = (0, node_child_process_1.spawnSync)('pandoc', args, { encoding: 'utf8', input, maxBuffer: 1 << 28 });
    if (run.error)
        throw new Error(`pandoc is not installed (apt-get install pandoc): ${run.error.message}`);
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
/** What a reader sees of a title: no case, markup, TeX braces or commands; one kind of dash, quote and space. */
function normalizeTitle(title) {
    return title.normalize('NFKC').replace(/<[^>]+>/g, '').replace(/\\[a-zA-Z]+\s*/g, '').replace(/[{}$\\]/g, '')
        .replace(/[\u2010-\u2015\u2212-]+/g, '-').replace(/[‘’'`]/g, "'").replace(/[“”"«»]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}
const letters = (title) => normalizeTitle(title).replace(/[^\p{L}\p{N}]+/gu, '');
/** Pandoc's letters in order within ours: Paper Notes keeps the text of a command Pandoc drops (`\booktitle{The Printer}`, `\emdash`). */
function keepsMore(ours, pandocs) {
    const wanted = letters(pandocs);
    const have = letters(ours);
    let j = 0;
    for (let i = 0; i < have.length && j < wanted.length; i++)
        if (have[i] === wanted[j])
            j++;
    return j === wanted.length;
}
function compare(label, ours, theirs) {
    const byKey = new Map(ours.entries.map((entry) => [entry.key, entry]));
    const result = { entries: theirs.length, missing: [], different: [], keptMore: 0 };
    for (const item of theirs) {
        const entry = byKey.get(String(item.id));
        if (!entry) {
            result.missing.push(`${label} ${item.id}`);
            continue;
        }
        if (normalizeTitle(entry.title) === normalizeTitle(item.title ?? ''))
            continue;
        if (keepsMore(entry.title, item.title ?? ''))
            result.keptMore++;
        else
            result.different.push(`${label} ${item.id}`);
    }
    return result;
}
describe('library files against Pandoc (the oracle)', function () {
    this.timeout(180_000);
    it('agrees with Pandoc on every entry of the .bib files Debian ships (texlive-base, texlive-bibtex-extra)', () => {
        assert.ok(fs.existsSync(path.join(CORPUS, '.complete')), 'the corpus is missing: run bash scripts/library-corpus.sh');
        const corpus = files(CORPUS);
        assert.ok(corpus.length >= 100, `only ${corpus.length} files in the corpus`);
        const totals = { entries: 0, missing: [], different: [], keptMore: 0 };
        let refused = 0;
        let pandocRefused = 0;
        for (const file of corpus) {
            const bytes = fs.readFileSync(file);
            const ours = (0, loadLibrary_1.loadLibrary)(bytes, file);
            if (ours.fatal) {
                // Not UTF-8 and no encoding named: reported, never guessed (Pandoc guesses Latin-1).
                assert.ok(!(0, libraryEncoding_1.decodeLibrary)(bytes).ok, `${file}: ${ours.fatal}`);
                assert.match(ours.fatal, /is not valid UTF-8/);
                refused++;
                continue;
            }
            const run = pandoc(['-f', 'biblatex', '-t', 'csljson', file]);
            if (run.status !== 0) {
                // Pandoc gives up on the whole file at one bad entry; Paper Notes loads the others.
                pandocRefused++;
                continue;
            }
            const result = compare(path.basename(file), ours, JSON.parse(run.stdout));
            totals.entries += result.entries;
            totals.missing.push(...result.missing);
            totals.different.push(...result.different);
            totals.keptMore += result.keptMore;
            for (const entry of ours.entries)
                assert.doesNotMatch(entry.title, /\\[A-Za-z]|undefined[\u0300-\u036f]/, `${path.basename(file)} ${entry.key}: TeX left in the title`);
        }
        console.log(`      ${corpus.length} files, ${totals.entries} entries Pandoc reads: ${totals.missing.length} missing, ${totals.different.length} known differences, ${totals.keptMore} titles that keep text Pandoc drops; ${refused} files refused (not UTF-8), ${pandocRefused} files Pandoc refuses`);
        assert.ok(totals.entries > 9000, `only ${totals.entries} entries compared`);
        assert.deepEqual(totals.missing, []);
        assert.deepEqual(totals.different.filter((key) => !KNOWN_DIFFERENCES.has(key)), [], 'titles that differ from Pandoc');
        assert.deepEqual(new Set(totals.different), KNOWN_DIFFERENCES, 'a known difference is gone: take it off the list');
        assert.ok(refused <= 3 && pandocRefused <= 10, `${refused} refused, ${pandocRefused} refused by Pandoc`);
    });
    it('agrees with Pandoc on files in the shapes Zotero/Better BibTeX, JabRef, Mendeley, BibDesk and EndNote export', () => {
        const dir = (0, helpers_1.tempDir)('oracle-exports');
        for (const file of fs.readdirSync(EXPORTS).filter((name) => /\.(bib|json|yaml)$/.test(name)).sort()) {
            const full = path.join(EXPORTS, file);
            const bytes = fs.readFileSync(full);
            const ours = (0, loadLibrary_1.loadLibrary)(bytes, full);
            assert.equal(ours.fatal, undefined, file);
            assert.deepEqual(ours.errors, [], file);
            let input = full;
            if (file.endsWith('.yaml')) {
                input = path.join(dir, `${file}.md`);
                fs.writeFileSync(input, bytes);
            }
            else if (file.includes('windows-1252')) {
                // Pandoc reads UTF-8 only: give it the same text; Paper Notes reads the original bytes.
                const decoded = (0, libraryEncoding_1.decodeLibrary)(bytes);
                assert.ok(decoded.ok);
                input = path.join(dir, file);
                fs.writeFileSync(input, decoded.text);
            }
            const from = file.endsWith('.json') ? 'csljson' : file.endsWith('.yaml') ? 'markdown' : 'biblatex';
            const run = pandoc(['-f', from, '-t', 'csljson', input]);
            assert.equal(run.status, 0, `${file}: ${run.stderr}`);
            const theirs = JSON.parse(run.stdout);
            assert.ok(theirs.length >= 2, file);
            const result = compare(file, ours, theirs);
            assert.deepEqual([result.missing, result.different, result.keptMore], [[], [], 0], file);
            assert.equal(ours.entries.length, theirs.length, `${file}: Paper Notes reads entries Pandoc does not`);
        }
    });
    it('reads what Pandoc writes: biblatex-examples.bib as BibLaTeX, BibTeX, CSL JSON and CSL YAML, the same keys and titles each time', () => {
        const source = files(CORPUS).find((file) => file.endsWith('biblatex-examples.bib'));
        assert.ok(source, 'biblatex-examples.bib is not in the corpus');
        const dir = (0, helpers_1.tempDir)('oracle-written');
        const reference = JSON.parse(pandoc(['-f', 'biblatex', '-t', 'csljson', source]).stdout);
        assert.ok(reference.length > 80);
        const written = [['biblatex', 'written.biblatex'], ['bibtex', 'written.bib'], ['csljson', 'written.json']];
        for (const [format, name] of written) {
            const run = pandoc(['-f', 'biblatex', '-t', format, source]);
            assert.equal(run.status, 0, run.stderr);
            fs.writeFileSync(path.join(dir, name), run.stdout);
        }
        fs.writeFileSync(path.join(dir, 'written.yaml'), pandoc(['-f', 'csljson', '-t', 'markdown', '-s', path.join(dir, 'written.json')]).stdout);
        for (const name of ['written.biblatex', 'written.bib', 'written.json', 'written.yaml']) {
            const file = path.join(dir, name);
            const ours = (0, loadLibrary_1.loadLibrary)(fs.readFileSync(file), file);
            const from = name.endsWith('.json') ? 'csljson' : name.endsWith('.yaml') ? 'markdown' : name.endsWith('.bib') ? 'bibtex' : 'biblatex';
            const theirs = JSON.parse(pandoc(['-f', from, '-t', 'csljson', file]).stdout);
            const result = compare(name, ours, theirs);
            assert.deepEqual(result.missing, [], name);
            assert.deepEqual(result.different, [], name);
            assert.equal(ours.entries.length, reference.length, `${name}: every entry of the source`);
        }
    });
});
