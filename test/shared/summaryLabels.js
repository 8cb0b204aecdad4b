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
exports.catalogueLabels = catalogueLabels;
exports.outsideLabels = outsideLabels;
exports.outsideBibtex = outsideBibtex;
exports.outsideSummaries = outsideSummaries;
/**
 * The hand-labelled summaries the bench and the unit tests score against:
 * catalogue papers (split `tune` or `holdout`) and abstracts written for the
 * project from outside the catalogue (split `outside`, never used to tune).
 * Outside abstracts are read the way a user's library is: written into a
 * BibTeX file and loaded by the library loader, so TeX in them is converted
 * exactly as in a real library before the summarizer sees it.
 */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const loadLibrary_1 = require("../../src/core/library/loadLibrary");
const libraryPaper_1 = require("../../src/core/library/libraryPaper");
const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures');
function catalogueLabels() {
    return JSON.parse(fs.readFileSync(path.join(FIXTURES, 'summaryLabels.json'), 'utf8')).labels;
}
function outsideLabels() {
    return JSON.parse(fs.readFileSync(path.join(FIXTURES, 'outsideSummaryLabels.json'), 'utf8')).labels;
}
/** The outside abstracts as one BibTeX library, the way a reference manager exports them. */
function outsideBibtex(labels) {
    return labels.map((label) => `@article{${label.key},\n  title = {${label.title}},\n  year = {${label.year}},\n  abstract = {${label.abstract}}\n}\n`).join('\n');
}
/** Each outside abstract's summary, made by the library path (loader, TeX conversion, summarizer). */
function outsideSummaries(labels) {
    const load = (0, loadLibrary_1.loadLibrary)(new TextEncoder().encode(outsideBibtex(labels)), 'outside.bib');
    if (load.fatal || load.errors.length)
        throw new Error(`the outside abstracts do not load as a library: ${load.fatal ?? JSON.stringify(load.errors[0])}`);
    const summaries = new Map();
    for (const entry of load.entries) {
        const summary = (0, libraryPaper_1.paperFromEntry)(entry).summary;
        if (summary)
            summaries.set(entry.key, summary);
    }
    return summaries;
}
