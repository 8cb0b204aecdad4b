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
exports.noteCitations = noteCitations;
exports.citationUnder = citationUnder;
exports.canCiteAt = canCiteAt;
exports.keyRange = keyRange;
exports.noteHead = noteHead;
/** Where citations are in an open note: the shared notion of src/markdown/noteCitations, cached per document version. */
const vscode = __importStar(require("vscode"));
const noteCitations_1 = require("../markdown/noteCitations");
const cache = new WeakMap();
/** The note's citations, computed once per version of the document. */
function noteCitations(document) {
    const cached = cache.get(document);
    if (cached && cached.version === document.version)
        return cached.note;
    const note = new noteCitations_1.NoteCitations(document.getText());
    cache.set(document, { version: document.version, note });
    return note;
}
/** The citation key under the position (a cursor just after the key counts), where the preview would render one. */
function citationUnder(document, position) {
    return noteCitations(document).at(document.offsetAt(position));
}
/** True when a citation typed at the position would be one (not in code, HTML, a URL or a link). */
function canCiteAt(document, position) {
    return noteCitations(document).canCiteAt(document.offsetAt(position));
}
/** The range of a note citation's key. */
function keyRange(document, citation) {
    return new vscode.Range(document.positionAt(citation.keyStart), document.positionAt(citation.keyEnd));
}
/** How far into a note its front matter is looked for. */
const FRONT_MATTER_LINES = 1000;
/** A note's first lines, where its front matter is: read without copying the whole note (this runs on keystrokes and hovers). */
function noteHead(document) {
    return document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, FRONT_MATTER_LINES), 0));
}
