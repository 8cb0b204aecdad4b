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
const summaryView_1 = require("../../src/core/summaryView");
const helpers_1 = require("./helpers");
const summary = (fields) => ({ kind: 'architecture', name: null, family: [], modalities: [], tasks: [], datasets: [], results: [], complexity: null, ...fields });
describe('inlay hint text', () => {
    const papers = new Map((0, helpers_1.realCatalogue)().papers.map((paper) => [paper.key, paper]));
    const catalogue = { get: (key) => papers.get(key) };
    it('is the model\'s name in name mode, nothing when off', () => {
        assert.equal((0, summaryView_1.inlayHintText)(catalogue.get('mamba2023'), 'name'), 'Mamba');
        assert.equal((0, summaryView_1.inlayHintText)(catalogue.get('slicedrecursive2021'), 'name'), 'SReT');
        assert.equal((0, summaryView_1.inlayHintText)(catalogue.get('mamba2023'), 'off'), null);
    });
    it('adds the most telling family and the headline result in summary mode', () => {
        const paper = (0, helpers_1.makePaper)({ summary: summary({ name: 'Mamba', family: ['transformer', 'ssm'], results: [{ value: '5x', metric: 'throughput' }, { value: '2%', metric: 'gain' }] }) });
        assert.equal((0, summaryView_1.inlayHintText)(paper, 'summary'), 'Mamba · SSM · 5x throughput');
        const vit = (0, helpers_1.makePaper)({ summary: summary({ name: 'SReT', family: ['transformer', 'vision-transformer'] }) });
        assert.equal((0, summaryView_1.inlayHintText)(vit, 'summary'), 'SReT · ViT', 'no empty parts');
        assert.equal((0, summaryView_1.inlayHintText)(catalogue.get('slicedrecursive2021'), 'summary'), 'SReT · ViT · ~2% gain');
    });
    it('names a paper without a model name by its title\'s short name; in name mode a paper without one gets no hint', () => {
        assert.equal((0, summaryView_1.inlayHintText)((0, helpers_1.makePaper)({ cleanTitle: 'Deep Residual Learning for Image Recognition', summary: null }), 'summary'), 'Deep Residual Learning for Image…');
        assert.equal((0, summaryView_1.inlayHintText)((0, helpers_1.makePaper)({ cleanTitle: 'Deep Residual Learning for Image Recognition', summary: null }), 'name'), null);
        assert.equal((0, summaryView_1.inlayHintText)((0, helpers_1.makePaper)({ cleanTitle: 'GLUE: A Multi-Task Benchmark', summary: summary({}) }), 'name'), 'GLUE');
    });
    it(`never runs past ${summaryView_1.MAX_HINT_LENGTH} characters, cutting at a word`, () => {
        const long = (0, helpers_1.makePaper)({ summary: summary({ name: 'Name', family: ['hybrid'], results: [{ value: '3.5%', metric: 'improvement on a very long list of benchmarks that goes on and on' }] }) });
        const text = (0, summaryView_1.inlayHintText)(long, 'summary');
        assert.ok(text.length <= summaryView_1.MAX_HINT_LENGTH, text);
        assert.match(text, /^Name · Hybrid · 3\.5% improvement on a very long list of\S*…$/);
        assert.equal((0, summaryView_1.inlayHintText)((0, helpers_1.makePaper)({ summary: summary({ name: 'A\n  B' }) }), 'name'), 'A B', 'one line');
    });
});
