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
exports.CitationCompletionProvider = void 0;
exports.registerCompletion = registerCompletion;
/** Completion of citation keys after '@', with the same search as the Papers view. */
const vscode = __importStar(require("vscode"));
const summaryView_1 = require("../core/summaryView");
const citationContext_1 = require("./citationContext");
const paperMarkdown_1 = require("./paperMarkdown");
/** '@' at a word start, after '[', ';', '(' or '-', then the key typed so far. */
const TYPED_KEY = /(^|[\s[;(])(-?)@([\p{L}\p{N}_:.\-]*)$/u;
class CitationCompletionProvider {
    deps;
    constructor(deps) {
        this.deps = deps;
    }
    async provideCompletionItems(document, position) {
        const line = document.lineAt(position.line).text;
        const match = TYPED_KEY.exec(line.slice(0, position.character));
        if (!match || !(0, citationContext_1.canCiteAt)(document, position.translate(0, -match[3].length - 1)))
            return undefined;
        const typed = match[3];
        const start = position.translate(0, -typed.length);
        // The rest of a key right after the cursor is replaced too.
        const after = /^[\p{L}\p{N}_:.\-]*/u.exec(line.slice(position.character))[0];
        const range = new vscode.Range(start, position.translate(0, after.length));
        // "[@ke|" with no "]" after it on the line: complete a whole citation.
        const rest = line.slice(position.character + after.length);
        const addBracket = match[1] === '[' && !/^[^[]*\]/.test(rest);
        const { hits, stale } = await this.deps.store.search(typed, { limit: 50 }, document.uri, 'completion');
        if (stale)
            return undefined;
        const items = hits.map(({ paper }, rank) => {
            const item = new vscode.CompletionItem({ label: paper.key, detail: ` ${(0, summaryView_1.yearText)(paper)}`, description: paper.summary?.name ?? undefined }, vscode.CompletionItemKind.Reference);
            item.detail = `${paper.cleanTitle} (${(0, summaryView_1.yearText)(paper)})${paper.library ? ` · ${(0, summaryView_1.sourceName)(paper)}` : ''}`;
            item.documentation = (0, paperMarkdown_1.paperMarkdown)(paper);
            item.range = range;
            item.insertText = addBracket ? `${paper.key}]` : paper.key;
            // Our search ranked these already; VS Code keeps the order and filters on key, title and name.
            item.sortText = String(rank).padStart(3, '0');
            item.filterText = `${typed} ${paper.key} ${paper.cleanTitle} ${paper.summary?.name ?? ''}`;
            return item;
        });
        // Ask again as the writer types: our search is better than filtering this first list.
        return new vscode.CompletionList(items, true);
    }
}
exports.CitationCompletionProvider = CitationCompletionProvider;
function registerCompletion(deps) {
    return vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, new CitationCompletionProvider(deps), '@');
}
