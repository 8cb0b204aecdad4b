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
exports.PAPER_SCHEME = void 0;
exports.paperUri = paperUri;
exports.paperDocument = paperDocument;
exports.registerDefinition = registerDefinition;
/** Go to Definition (F12) and Peek on a citation key: a read-only page of the paper's details. */
const vscode = __importStar(require("vscode"));
const summaryView_1 = require("../core/summaryView");
const citationContext_1 = require("./citationContext");
exports.PAPER_SCHEME = 'paper-notes';
function paperUri(key) {
    return vscode.Uri.from({ scheme: exports.PAPER_SCHEME, path: `/${key}.md` });
}
/** The paper's details as a Markdown document. */
function paperDocument(paper) {
    const lines = [`# ${paper.cleanTitle}`, '', `- Key: \`@${paper.key}\``, `- Name: ${(0, summaryView_1.displayName)(paper)}`, `- Date: ${paper.date ?? 'no date (n.d.)'}`,
        `- Authors: ${(0, summaryView_1.authorsText)(paper)} (names are not listed in the catalogue)`];
    for (const row of (0, summaryView_1.summaryRows)(paper, { maxResults: 10 }))
        lines.push(`- ${row.label}: ${row.value}`);
    if (paper.codeUrl)
        lines.push(`- Code: <${paper.codeUrl}>`);
    for (const link of paper.links.filter((url) => url !== paper.codeUrl))
        lines.push(`- Link: <${link}>`);
    lines.push('', '## Abstract', '', paper.cleanAbstract, '');
    return lines.join('\n');
}
function registerDefinition(deps) {
    const content = vscode.workspace.registerTextDocumentContentProvider(exports.PAPER_SCHEME, {
        provideTextDocumentContent(uri) {
            const key = uri.path.replace(/^\//, '').replace(/\.md$/, '');
            const paper = deps.store.get(key);
            return paper ? paperDocument(paper) : `# Unknown citation key '${key}'\n`;
        },
    });
    const definition = vscode.languages.registerDefinitionProvider({ language: 'markdown' }, {
        provideDefinition(document, position) {
            const citation = (0, citationContext_1.citationUnder)(document, position);
            const paper = citation && deps.store.get(citation.key, document.uri);
            if (!paper)
                return undefined;
            // A library entry: its line in the library file. A catalogue paper: a page of its details.
            if (paper.library)
                return new vscode.Location(deps.store.uriOf(paper.library.file), new vscode.Position(paper.library.line - 1, paper.library.column - 1));
            return new vscode.Location(paperUri(citation.key), new vscode.Position(0, 0));
        },
    });
    return vscode.Disposable.from(content, definition);
}
