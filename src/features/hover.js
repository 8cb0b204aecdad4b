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
exports.keyHover = keyHover;
exports.registerHover = registerHover;
/** Hover on a citation key: what the paper is, with links to act on it. */
const vscode = __importStar(require("vscode"));
const nearestKeys_1 = require("../core/nearestKeys");
const summaryView_1 = require("../core/summaryView");
const citationContext_1 = require("./citationContext");
const paperMarkdown_1 = require("./paperMarkdown");
/** Hover text for a key: the paper, the user's own entry, or "unknown" with the nearest keys. Every key and title is escaped. */
async function keyHover(key, deps, document) {
    const note = document?.uri;
    const paper = deps.store.get(key, note);
    if (paper) {
        const md = (0, paperMarkdown_1.paperMarkdown)(paper, { commands: true });
        const reference = await formattedReference(key, deps, document);
        if (reference)
            md.value = `${reference}\n\n---\n\n${md.value}`;
        const twice = deps.store.definitions(key);
        if (paper.library && deps.store.catalogue().has(key)) {
            md.appendMarkdown(`\n\nYour library's entry is used for ${(0, paperMarkdown_1.codeSpan)(`@${key}`)}; the catalogue's paper of that key (${(0, paperMarkdown_1.escapeMarkdown)(deps.store.catalogue().get(key).cleanTitle)}) is still in search.`);
        }
        if (twice.length > 1)
            md.appendMarkdown(`\n\n${(0, paperMarkdown_1.codeSpan)(`@${key}`)} is defined ${twice.length} times: ${twice.map((entry) => (0, paperMarkdown_1.escapeMarkdown)(`${(0, summaryView_1.sourceName)(entry)}:${entry.library.line}`)).join(', ')}; the first is used.`);
        return md;
    }
    const text = new vscode.MarkdownString(undefined, false);
    text.supportHtml = false;
    text.appendMarkdown(`**Unknown citation key** ${(0, paperMarkdown_1.codeSpan)(`@${key}`)}`);
    const near = (0, nearestKeys_1.nearestKeys)(key, deps.known.all(note));
    if (near.length) {
        text.appendMarkdown(`\n\nDid you mean ${near.map((candidate) => {
            const title = deps.store.get(candidate, note)?.cleanTitle;
            return `${(0, paperMarkdown_1.codeSpan)(`@${candidate}`)}${title ? ` (${(0, paperMarkdown_1.escapeMarkdown)(title)})` : ''}`;
        }).join(', ')}?`);
    }
    return text;
}
/** The key's reference in the note's style, as Markdown; empty when it cannot be formatted (reported by the styling). */
async function formattedReference(key, deps, document) {
    if (!deps.styling)
        return '';
    try {
        return (await deps.styling.references([key], document))[0]?.markdown ?? '';
    }
    catch {
        return '';
    }
}
function registerHover(deps) {
    return vscode.languages.registerHoverProvider({ language: 'markdown' }, {
        async provideHover(document, position) {
            const citation = (0, citationContext_1.citationUnder)(document, position);
            if (!citation)
                return undefined;
            return new vscode.Hover(await keyHover(citation.key, deps, document), new vscode.Range(document.positionAt(citation.start), document.positionAt(citation.end)));
        },
    });
}
