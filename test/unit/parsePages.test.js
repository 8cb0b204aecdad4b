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
const catalogue_1 = require("../../src/core/catalogue");
const parsePages_1 = require("../../src/core/parsePages");
const helpers_1 = require("./helpers");
const ENTRY = (title, date = 'May 16, 2024', abstract = 'An abstract with code at https://github.com/a/b.') => `${title}\n\n${abstract}\n\n  • 3 authors\n·\n${date}`;
describe('parsePage on the real listing pages', () => {
    it('reads 243 entries and merges them into 194 unique papers', () => {
        const build = (0, helpers_1.realCatalogue)();
        assert.equal(build.errors.length, 0, build.errors.map(String).join('\n'));
        assert.equal(build.entryCount, 243);
        assert.equal(build.papers.length, 194);
        assert.equal(new Set(build.papers.map((paper) => paper.title)).size, 194);
    });
    it('counts entries page by page', () => {
        const counts = (0, helpers_1.realPages)().map((page) => (0, parsePages_1.parsePage)(page.text, page.name).entries.length);
        assert.deepEqual(counts, [40, 42, 115, 46]);
    });
    it('keeps the two cards without authors or date lines, undated, citable and last', () => {
        const papers = (0, helpers_1.realCatalogue)().papers;
        const undated = papers.filter((paper) => paper.date === null);
        assert.deepEqual(undated.map((paper) => [paper.key, paper.year, paper.authorsCount]), [['diffspectra', null, null], ['dreamvla', null, null]]);
        assert.deepEqual(papers.slice(-2), undated, 'undated papers come after every dated one');
        const card = (0, helpers_1.paperByTitle)('DiffSpectra: Molecular Structure Elucidation from Spectra using Diffusion Models');
        assert.ok(card.abstract.startsWith('Molecular structure elucidation from spectra'));
        assert.deepEqual(card.pages, ['002_8807ff1b0108aef3']);
    });
    it('merges only true repeats: papers that share a title but not abstract or date stay apart', () => {
        const transformer2020 = ENTRY('Transformer', 'May 16, 2020', 'The first abstract.');
        const transformer2024 = ENTRY('Transformer', 'Jan 2, 2024', 'A different paper.');
        const build = (0, catalogue_1.buildCatalogue)([{ name: 'a', text: `${transformer2020}\n\n${transformer2024}` }, { name: 'b', text: transformer2020.replace('May 16, 2020', 'May 16, 2020 7') }]);
        assert.deepEqual(build.papers.map((paper) => [paper.key, paper.abstract, paper.pages.join(), paper.upvotes]), [
            ['transformer2024', 'A different paper.', 'a', 0],
            ['transformer2020', 'The first abstract.', 'a,b', 7],
        ]);
    });
    it('reads SpecDETR field by field', () => {
        const paper = (0, helpers_1.paperByTitle)('SpecDETR: A Transformer-based Hyperspectral Point Object Detection Network');
        assert.equal(paper.key, 'specdetr2024');
        assert.equal(paper.year, 2024);
        assert.equal(paper.date, '2024-05-16');
        assert.equal(paper.authorsCount, 6);
        assert.equal(paper.upvotes, 0);
        assert.equal(paper.codeUrl, 'https://github.com/ZhaoxuLi123/SpecDETR');
        assert.deepEqual(paper.links, ['https://github.com/ZhaoxuLi123/SpecDETR']);
        assert.deepEqual(paper.pages, ['000_9369882b0f3b6ab5']);
        assert.ok(paper.abstract.startsWith('Hyperspectral target detection (HTD) aims'));
        assert.ok(paper.abstract.endsWith('https://github.com/ZhaoxuLi123/SpecDETR.'));
    });
    it('reads Sliced Recursive Transformer, listed on two pages', () => {
        const paper = (0, helpers_1.paperByTitle)('Sliced Recursive Transformer');
        assert.equal(paper.key, 'slicedrecursive2021');
        assert.equal(paper.date, '2021-11-09');
        assert.equal(paper.authorsCount, 3);
        assert.equal(paper.codeUrl, 'https://github.com/szq0214/SReT');
        assert.deepEqual(paper.pages, ['000_9369882b0f3b6ab5', '002_8807ff1b0108aef3']);
    });
    it('gives a date without a year the listing year, 2025', () => {
        assert.equal(parsePages_1.LISTING_YEAR, 2025);
        const paper = (0, helpers_1.paperByTitle)('FlashKAT: Understanding and Addressing Performance Bottlenecks in the Kolmogorov-Arnold Transformer');
        assert.equal(paper.date, '2025-05-19');
        assert.equal(paper.year, 2025);
        const universal = (0, helpers_1.paperByTitle)('Universal Approximation Theorem for a Single-Layer Transformer');
        assert.equal(universal.date, '2025-07-11');
        assert.equal(universal.pages.length, 4);
    });
    it('takes the highest upvotes where pages differ (ATLAS: 3, 2 and 3)', () => {
        const paper = (0, helpers_1.paperByTitle)('ATLAS: Learning to Optimally Memorize the Context at Test Time');
        assert.equal(paper.upvotes, 3);
        assert.equal(paper.pages.length, 3);
        assert.equal(paper.date, '2025-05-29');
    });
    it('removes trailing punctuation and unbalanced parentheses from links', () => {
        assert.equal((0, helpers_1.paperByTitle)('Tokens-to-Token ViT: Training Vision Transformers from Scratch on ImageNet').codeUrl, 'https://github.com/yitu-opensource/T2T-ViT');
        const tnt = (0, helpers_1.paperByTitle)('Transformer in Transformer');
        assert.equal(tnt.codeUrl, 'https://github.com/huawei-noah/CV-Backbones');
        assert.deepEqual(tnt.links, ['https://github.com/huawei-noah/CV-Backbones', 'https://gitee.com/mindspore/models/tree/master/research/cv/TNT']);
        const height = (0, helpers_1.paperByTitle)('HEIGHT: Heterogeneous Interaction Graph Transformer for Robot Navigation in Crowded and Constrained Environments');
        assert.equal(height.codeUrl, null);
        assert.deepEqual(height.links, ['https://sites.google.com/view/crowdnav-height/home']);
    });
    it('finds code links after other text and skips links to non-code hosts', () => {
        const papers = (0, helpers_1.realCatalogue)().papers;
        const withCode = papers.filter((paper) => paper.codeUrl);
        assert.ok(withCode.length >= 50, `only ${withCode.length} papers with code`);
        for (const paper of withCode) {
            assert.match(paper.codeUrl, /^https:\/\/(github\.com|gitee\.com|gitlab\.com)\/[^\s]*[^.,;:)]$/);
            assert.equal(paper.codeUrl, paper.links.find((link) => /github|gitee|gitlab/.test(link)));
        }
        assert.equal((0, helpers_1.paperByTitle)('Mamba YOLO: SSMs-Based YOLO For Object Detection').codeUrl, 'https://github.com/HZAI-ZJNU/Mamba-YOLO');
    });
    it('lists papers newest first, undated last', () => {
        const dates = (0, helpers_1.realCatalogue)().papers.map((paper) => paper.date ?? '');
        assert.deepEqual(dates, [...dates].sort().reverse());
    });
});
describe('parseDateLine', () => {
    it('reads dates with and without year and upvotes', () => {
        assert.deepEqual((0, parsePages_1.parseDateLine)('May 16, 2024'), { year: 2024, date: '2024-05-16', upvotes: 0 });
        assert.deepEqual((0, parsePages_1.parseDateLine)('Jul 11'), { year: 2025, date: '2025-07-11', upvotes: 0 });
        assert.deepEqual((0, parsePages_1.parseDateLine)('Mar 13 3'), { year: 2025, date: '2025-03-13', upvotes: 3 });
        assert.deepEqual((0, parsePages_1.parseDateLine)('Nov 7, 2024 2'), { year: 2024, date: '2024-11-07', upvotes: 2 });
    });
    it('refuses impossible and malformed dates', () => {
        assert.equal((0, parsePages_1.parseDateLine)('Feb 30, 2024'), null);
        assert.equal((0, parsePages_1.parseDateLine)('Feb 29, 2023'), null);
        assert.equal((0, parsePages_1.parseDateLine)('Foo 3, 2024'), null);
        assert.equal((0, parsePages_1.parseDateLine)('May 16 2024x'), null);
    });
});
describe('malformed pages', () => {
    it('reports a truncated entry with the page and line, and keeps the rest', () => {
        const text = `${ENTRY('First: ok')}\n\nSecond: cut\n\nAbstract.\n\n  • 2 authors\n`;
        const result = (0, parsePages_1.parsePage)(text, 'cut-page');
        assert.equal(result.entries.length, 1);
        assert.equal(result.errors.length, 1);
        assert.equal(result.errors[0].page, 'cut-page');
        assert.equal(result.errors[0].line, 14);
        assert.match(result.errors[0].message, /^cut-page:14: malformed entry starting at line 9: expected a "·" line, found a blank line/);
        const bare = (0, parsePages_1.parsePage)(ENTRY('Only: cut').split('\n').slice(0, 5).join('\n'), 'bare');
        assert.match(bare.errors[0].message, /^bare:6: .*expected a "·" line, found the end of the page/);
    });
    it('reports a missing date line', () => {
        const text = `${ENTRY('First: ok')}\n\nSecond\n\nAbstract.\n\n  • 2 authors\n·\nsometime in spring\n\n${ENTRY('Third: ok')}`;
        const result = (0, parsePages_1.parsePage)(text, 'p');
        assert.deepEqual(result.entries.map((entry) => entry.title), ['First: ok', 'Third: ok']);
        assert.equal(result.errors.length, 1);
        assert.match(result.errors[0].message, /^p:15: .*expected a date line .*found "sometime in spring"/);
    });
    it('reports junk between entries as an error with its page and line', () => {
        const text = `${ENTRY('First: ok')}\n\n<div>junk</div>\n\n${ENTRY('Second: ok')}\n\n${ENTRY('Third: ok')}`;
        const result = (0, parsePages_1.parsePage)(text, 'junk-page');
        assert.ok(result.errors.length >= 1, 'junk was not reported');
        assert.match(result.errors[0].message, /^junk-page:\d+: malformed entry/);
        assert.ok(result.entries.some((entry) => entry.title === 'Third: ok'), 'entries after the junk were lost');
    });
    it('reports a bad page header', () => {
        const result = (0, parsePages_1.parsePage)('new\n\nSomething else\n\n', 'h');
        assert.match(result.errors[0].message, /^h:3: unexpected page header/);
    });
    it('fails the catalogue build with every error', () => {
        const build = (0, catalogue_1.buildCatalogue)([{ name: 'a', text: `${ENTRY('One')}\n\nTwo\n\nAbs\n\n  • x authors\n·\nMay 1, 2020` }]);
        assert.equal(build.papers.length, 1);
        assert.equal(build.errors.length, 1);
        assert.match(build.errors[0].message, /^a:13: .*expected an authors line/);
    });
    it('handles Windows line endings', () => {
        const result = (0, parsePages_1.parsePage)(ENTRY('One').replace(/\n/g, '\r\n'), 'crlf');
        assert.equal(result.errors.length, 0);
        assert.equal(result.entries[0].title, 'One');
    });
});
