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
const citationKey_1 = require("../../src/core/citationKey");
const titleParts_1 = require("../../src/core/titleParts");
const pinnedKeys_1 = require("./fixtures/pinnedKeys");
const helpers_1 = require("./helpers");
describe('citation keys', () => {
    it('are exactly the pinned 194 keys (a change to any key must be deliberate)', () => {
        const keys = (0, helpers_1.realCatalogue)().papers.map((paper) => paper.key).sort();
        assert.equal(pinnedKeys_1.PINNED_KEYS.length, 194);
        assert.deepEqual(keys, [...pinnedKeys_1.PINNED_KEYS].sort());
    });
    it('are unique, lowercase ASCII letters and digits, and start with a letter', () => {
        const keys = (0, helpers_1.realCatalogue)().papers.map((paper) => paper.key);
        assert.equal(new Set(keys).size, keys.length);
        for (const key of keys)
            assert.match(key, /^[a-z][a-z0-9]*$/);
    });
    it('end with the paper year; an undated paper\'s key is its stem alone', () => {
        for (const paper of (0, helpers_1.realCatalogue)().papers) {
            if (paper.year === null)
                assert.match(paper.key, /^[a-z]+$/, paper.key);
            else
                assert.ok(paper.key.endsWith(String(paper.year)), paper.key);
        }
        assert.equal((0, citationKey_1.baseKeyFor)('DreamVLA: A Vision-Language-Action Model', null), 'dreamvla');
    });
    it('have a stem: the key without its year and collision letter', () => {
        assert.equal((0, titleParts_1.keyStem)('slicedrecursive2021'), 'slicedrecursive');
        assert.equal((0, titleParts_1.keyStem)('transformer2020b'), 'transformer');
        assert.equal((0, titleParts_1.keyStem)('dreamvla'), 'dreamvla');
        assert.equal((0, titleParts_1.keyStem)('c5t52021'), 'c5t5');
    });
    it('use the short name before a colon', () => {
        assert.equal((0, citationKey_1.baseKeyFor)('SpecDETR: A Transformer-based Hyperspectral Point Object Detection Network', 2024), 'specdetr2024');
        assert.equal((0, citationKey_1.baseKeyFor)('Tokens-to-Token ViT: Training Vision Transformers from Scratch on ImageNet', 2021), 'tokenstotokenvit2021');
        assert.equal((0, citationKey_1.baseKeyFor)('$Δ$-DiT: A Training-Free Acceleration Method', 2024), 'deltadit2024');
    });
    it('fall back to the first significant title words when there is no short name', () => {
        assert.equal((0, citationKey_1.baseKeyFor)('Sliced Recursive Transformer', 2021), 'slicedrecursive2021');
        assert.equal((0, citationKey_1.baseKeyFor)('Transformer in Transformer', 2021), 'transformertransformer2021');
        assert.equal((0, citationKey_1.baseKeyFor)('To grok or not to grok: Disentangling generalization', 2023), 'grokgrokdisentangling2023');
        assert.equal((0, titleParts_1.shortNameOf)('Transformers in Time Series: A Survey'), null);
        assert.equal((0, titleParts_1.shortNameOf)('Transformers in Time: A Survey'), 'Transformers in Time');
        assert.equal((0, titleParts_1.shortNameOf)('Mamba - Linear Time'), null);
        assert.equal((0, titleParts_1.shortNameOf)('Mamba - Linear Time', { dash: true }), 'Mamba');
        assert.equal((0, titleParts_1.shortNameOf)('Mamba: Linear - Time', { dash: true }), 'Mamba');
        assert.equal((0, titleParts_1.shortNameOf)(': No Head'), null);
        assert.equal((0, citationKey_1.baseKeyFor)('Transformer-based Image Generation from Scene Graphs', 2023), 'transformerimage2023');
    });
    it('fold accents and Greek letters to ASCII', () => {
        assert.equal((0, citationKey_1.keyPart)('Café Δ-Net'), 'cafedeltanet');
        assert.equal((0, citationKey_1.baseKeyFor)('123: Numbers first', 2020), 'p1232020');
    });
    it('suffix collisions with b, c, ... in date order', () => {
        const papers = [
            { title: 'Mamba: later', year: 2023, date: '2023-12-01' },
            { title: 'Mamba: earlier', year: 2023, date: '2023-01-01' },
            { title: 'Mamba: middle', year: 2023, date: '2023-06-01' },
        ];
        const keys = (0, citationKey_1.assignKeys)(papers);
        assert.deepEqual(papers.map((paper) => keys.get(paper)), ['mamba2023c', 'mamba2023', 'mamba2023b']);
    });
});
