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
const cleanText_1 = require("../../src/core/cleanText");
const helpers_1 = require("./helpers");
describe('cleanText', () => {
    const cases = [
        ['6400times6400 images, 16times16 patches', '6400×6400 images, 16×16 patches'],
        ['3.09times faster (5times fewer)', '3.09× faster (5× fewer)'],
        ['up to 5.18\\times$ latency reductions and 42.9%$ energy savings', 'up to 5.18× latency reductions and 42.9% energy savings'],
        ['reduced by over 50\\%, and 1\\%-10\\%', 'reduced by over 50%, and 1%-10%'],
        ['$Δ$-DiT: A Training-Free Acceleration Method', 'Δ-DiT: A Training-Free Acceleration Method'],
        ['reduces training costs (by sim 50%) and', 'reduces training costs (by ~50%) and'],
        ['an accuracy of 96.00% pm 0.48% for', 'an accuracy of 96.00% ± 0.48% for'],
        ['where (xi cdot 100%) of labels and 100 (1-xi)%', 'where (ξ · 100%) of labels and 100 (1-ξ)%'],
        ['O(L^{{4}/{3}}) memory and O(n^2) time', 'O(L^(4/3)) memory and O(n²) time'],
        ['softmax(XQK^top X^top), weights W^star', 'softmax(XQKᵀ Xᵀ), weights W*'],
        ['on PIXART-alpha; Delta-Cache; adapters alpha B A / r', 'on PIXART-α; Δ-Cache; adapters α B A / r'],
        ['this \\emph{scan and snap} dynamics and {\\em parameter and retrieval} levels', 'this scan and snap dynamics and parameter and retrieval levels'],
        ["a ``memory wall'', the \"training'' set", 'a “memory wall”, the “training” set'],
        ['reconstruction~-- that of Something-Something~v2', 'reconstruction — that of Something-Something v2'],
        ['a compact size (13~15M) and 10~30% less, ~24x faster', 'a compact size (13–15M) and 10–30% less, ~24x faster'],
        ['a similar Embedding\\&MLP paradigm', 'a similar Embedding&MLP paradigm'],
        ['we implement \\proj, a novel technique', 'we implement proj, a novel technique'],
        ['non\u00a0breaking', 'non breaking'],
    ];
    for (const [raw, clean] of cases) {
        it(`cleans ${JSON.stringify(raw.slice(0, 40))}`, () => assert.equal((0, cleanText_1.cleanText)(raw), clean));
    }
    it('leaves ordinary words alone', () => {
        const text = 'sometimes runtimes take 25 times longer; a delta of 5; the beta version; simple and similar';
        assert.equal((0, cleanText_1.cleanText)(text), text);
    });
    it('is idempotent', () => {
        for (const paper of (0, helpers_1.realCatalogue)().papers)
            assert.equal((0, cleanText_1.cleanText)(paper.cleanAbstract), paper.cleanAbstract, paper.key);
    });
    it('leaves no LaTeX debris in any cleaned abstract of the catalogue', () => {
        for (const paper of (0, helpers_1.realCatalogue)().papers) {
            assert.doesNotMatch(paper.cleanAbstract, /\\[A-Za-z%&_#$]|\$|\dtimes|\bsim \d|``|''| pm \d|\^\{/, paper.key);
            assert.doesNotMatch(paper.cleanTitle, /\$/, paper.key);
        }
    });
});
