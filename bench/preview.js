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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.benchPreview = benchPreview;
/**
 * The Markdown preview's time on notes of 200, 2,000 and 4,000 citations:
 * markdown-it alone (the baseline), the plugin with each non-CSL label, and
 * the CSL label (APA and a numeric style) both when the note's citations
 * changed (formatted again) and when only its prose did (formatted citations
 * kept). Medians of several renders, after a warm-up.
 */
const fs = __importStar(require("node:fs"));
const markdown_it_1 = __importDefault(require("markdown-it"));
const citationStyles_1 = require("../src/core/csl/citationStyles");
const paperNotesPlugin_1 = require("../src/markdown/paperNotesPlugin");
const common_1 = require("./common");
const RUNS = 15;
/** A note of `paragraphs` paragraphs with `perParagraph` citations each, in every shape Pandoc has. */
function note(paragraphs, perParagraph, edit = '') {
    const papers = (0, common_1.catalogue)();
    const out = [];
    for (let i = 0; i < paragraphs; i++) {
        const key = (n) => papers[(i * perParagraph + n) % papers.length].key;
        const sentences = papers[i % papers.length].cleanAbstract.split(/(?<=\.) /).slice(0, 3);
        const cites = [`[@${key(0)}, p. ${i + 1}]`, `@${key(1)} [sec. 2]`, `[see @${key(2)}; -@${key(3)}]`, `[@${key(4)}]`].slice(0, perParagraph);
        out.push(`${sentences[0]} ${cites.join(' and ')}. ${sentences.slice(1).join(' ')}${i === 0 ? edit : ''}\n`);
    }
    return out.join('\n');
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[sorted.length >> 1];
}
/** Median render time in ms; `text(run)` may change the note between runs. */
function time(md, text) {
    md.render(text(-1));
    const times = [];
    for (let run = 0; run < RUNS; run++) {
        const input = text(run);
        const start = performance.now();
        md.render(input);
        times.push(performance.now() - start);
    }
    return median(times);
}
function benchPreview() {
    const papers = new Map((0, common_1.catalogue)().map((paper) => [paper.key, paper]));
    const styles = new citationStyles_1.CitationStyles({
        readStyle: (file) => (fs.existsSync(file) ? { version: file, read: () => fs.readFileSync(file, 'utf8') } : `${file} is not installed`),
        settings: () => ({}),
        report: (message) => console.log(`  (style problem: ${message})`),
    });
    const plugin = (label, style) => new markdown_it_1.default({ html: true, linkify: true }).use((0, paperNotesPlugin_1.createPaperNotesPlugin)({
        lookup: (key) => papers.get(key),
        keys: () => papers.keys(),
        settings: () => ({ citationLabel: label, references: true }),
        citationStyle: () => styles.formatter({ csl: style }),
    }));
    const plain = new markdown_it_1.default({ html: true, linkify: true });
    const shapes = [['200 citations (50 paragraphs)', 50, 4], ['2,000 citations (500 paragraphs)', 500, 4], ['4,000 citations (2,000 paragraphs)', 2000, 2]];
    console.log('\nPreview render time, median of 15 (baseline: markdown-it alone on the same note)');
    console.log('  CSL columns: "prose" = a keystroke outside citations (formatted citations kept); "locator" = one citation\'s locator changed;');
    console.log('  "new cite" = the cited papers changed (items registered and the bibliography made again); "note style" = Chicago notes');
    console.log('  (Debian\'s chicago-fullnote-bibliography.csl), where each citation depends on those before it (citeproc-js processes them in order).');
    console.log(`  ${'note'.padEnd(36)} ${'alone'.padStart(8)} ${'key'.padStart(14)} ${'number'.padStart(14)} ${'nameYear'.padStart(14)} ${'apa prose'.padStart(14)} ${'apa locator'.padStart(15)} ${'apa new cite'.padStart(16)} ${'vancouver loc.'.padStart(15)} ${'note style'.padStart(16)}`);
    let worstNonCsl = 0;
    for (const [name, paragraphs, per] of shapes) {
        // A keystroke in the prose: the citations stay the same.
        const typed = (run) => note(paragraphs, per, ` typed${run}`);
        // A change to a citation: formatted again.
        const cited = (run) => note(paragraphs, per).replace('p. 1]', `p. ${run + 100}]`);
        const alone = time(plain, typed);
        const cells = [];
        for (const label of ['key', 'number', 'nameYear']) {
            const ms = time(plugin(label), typed);
            worstNonCsl = Math.max(worstNonCsl, ms / alone);
            cells.push(`${(0, common_1.fmt)(ms, 1)} ms ${(0, common_1.fmt)(ms / alone, 2)}x`.padStart(14));
        }
        // A citation of another paper at the start in each run: the cited papers' order changes.
        const added = (run) => `New [@${(0, common_1.catalogue)()[Math.abs(run) % 50].key}].\n\n${note(paragraphs, per)}`;
        const apa = plugin('csl');
        const prose = time(apa, typed);
        const changed = time(apa, cited);
        const fresh = time(apa, added);
        const vancouver = time(plugin('csl', 'vancouver'), cited);
        const chicagoFile = '/usr/share/citation-style-language/styles/chicago-fullnote-bibliography.csl';
        const noteStyle = fs.existsSync(chicagoFile) ? time(plugin('csl', chicagoFile), cited) : NaN;
        const cell = (ms, width) => (Number.isNaN(ms) ? 'n/a' : `${(0, common_1.fmt)(ms, 1)} ms ${(0, common_1.fmt)(ms / alone, 1)}x`).padStart(width);
        console.log(`  ${name.padEnd(36)} ${`${(0, common_1.fmt)(alone, 1)} ms`.padStart(8)} ${cells.join(' ')} ${cell(prose, 14)} ${cell(changed, 15)} ${cell(fresh, 16)} ${cell(vancouver, 15)} ${cell(noteStyle, 16)}`);
    }
    console.log(`  the plugin without CSL, worst: ${(0, common_1.fmt)(worstNonCsl, 2)}x markdown-it alone (target <= 1.5x)`);
}
