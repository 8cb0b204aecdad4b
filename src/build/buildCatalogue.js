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
exports.readPages = readPages;
exports.writeCatalogue = writeCatalogue;
/**
 * Build step (Node): reads data/pages/*.txt, builds the catalogue with the
 * pure core and writes dist/catalogue.json. A malformed entry fails the build
 * with its page and line.
 */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const catalogue_1 = require("../core/catalogue");
function readPages(dir) {
    return fs.readdirSync(dir)
        .filter((file) => file.endsWith('.txt'))
        .sort()
        .map((file) => ({ name: file.replace(/\.txt$/, ''), text: fs.readFileSync(path.join(dir, file), 'utf8') }));
}
function writeCatalogue(pagesDir, outFile, log = console.log) {
    const { papers, errors, entryCount } = (0, catalogue_1.buildCatalogue)(readPages(pagesDir));
    const undated = papers.filter((paper) => paper.date === null).length;
    if (undated)
        log(`catalogue: ${undated} listing${undated === 1 ? ' has' : 's have'} no date; ${undated === 1 ? 'it is' : 'they are'} kept, cited as n.d.`);
    if (errors.length > 0) {
        const lines = errors.map((error) => `  ${path.join(pagesDir, error.page)}.txt:${error.line}: ${error.reason}`);
        throw new Error(`the catalogue pages have ${errors.length} malformed entr${errors.length === 1 ? 'y' : 'ies'}:\n${lines.join('\n')}`);
    }
    fs.mkdirSync(path.dirname(outFile), { recursive: true });
    fs.writeFileSync(outFile, JSON.stringify({ generatedFrom: 'data/pages', entryCount, papers }));
    return papers.length;
}
if (require.main === module) {
    const root = path.resolve(__dirname, '..');
    const [pagesDir = path.join(root, 'data', 'pages'), outFile = path.join(root, 'dist', 'catalogue.json')] = process.argv.slice(2);
    try {
        const count = writeCatalogue(pagesDir, outFile);
        console.log(`catalogue: ${count} papers -> ${path.relative(process.cwd(), outFile)}`);
    }
    catch (error) {
        console.error(`error: ${error.message}`);
        process.exit(1);
    }
}
