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
exports.PAGES_DIR = exports.ROOT = void 0;
exports.tempDir = tempDir;
exports.realPages = realPages;
exports.realCatalogue = realCatalogue;
exports.paperByTitle = paperByTitle;
exports.makePaper = makePaper;
/** Shared test helpers: the real listing pages and the catalogue built from them. */
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const catalogue_1 = require("../../src/core/catalogue");
exports.ROOT = path.resolve(__dirname, '..', '..', '..');
/** A fresh folder under the system's temporary folder, removed when the test process exits. */
function tempDir(prefix) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `paper-notes-${prefix}-`));
    if (tempDirs.length === 0)
        process.once('exit', () => tempDirs.forEach((made) => fs.rmSync(made, { recursive: true, force: true })));
    tempDirs.push(dir);
    return dir;
}
const tempDirs = [];
exports.PAGES_DIR = path.join(exports.ROOT, 'data', 'pages');
function realPages() {
    return fs.readdirSync(exports.PAGES_DIR).filter((file) => file.endsWith('.txt')).sort()
        .map((file) => ({ name: file.replace(/\.txt$/, ''), text: fs.readFileSync(path.join(exports.PAGES_DIR, file), 'utf8') }));
}
let cached;
function realCatalogue() {
    return (cached ??= (0, catalogue_1.buildCatalogue)(realPages()));
}
function paperByTitle(title) {
    const paper = realCatalogue().papers.find((candidate) => candidate.title === title);
    if (!paper)
        throw new Error(`no paper titled ${title}`);
    return paper;
}
/** A minimal paper for tests that need one. */
function makePaper(fields = {}) {
    const title = fields.title ?? 'A Test Paper';
    return {
        key: 'testpaper2024', title, cleanTitle: fields.cleanTitle ?? title, abstract: 'An abstract.', cleanAbstract: 'An abstract.',
        year: 2024, date: '2024-01-02', authorsCount: 2, upvotes: 0, codeUrl: null, links: [], pages: ['p'], summary: null,
        ...fields,
    };
}
