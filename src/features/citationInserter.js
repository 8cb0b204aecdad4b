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
exports.registerCitationInserter = registerCitationInserter;
/** Inserting citations into the note being written: the last active Markdown editor, at its cursor. */
const vscode = __importStar(require("vscode"));
const citationInsert_1 = require("../core/citationInsert");
const citationContext_1 = require("./citationContext");
const settings_1 = require("./settings");
const citationFormat_1 = require("../core/citationFormat");
function registerCitationInserter() {
    let lastMarkdown = vscode.window.activeTextEditor?.document.languageId === 'markdown' ? vscode.window.activeTextEditor : undefined;
    const tracking = vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor?.document.languageId === 'markdown')
            lastMarkdown = editor;
    });
    const target = () => {
        const active = vscode.window.activeTextEditor;
        if (active?.document.languageId === 'markdown')
            return active;
        // The side bar has focus: the editor the writer came from, if it is still open.
        if (lastMarkdown && !lastMarkdown.document.isClosed) {
            return vscode.window.visibleTextEditors.find((editor) => editor.document === lastMarkdown.document) ?? lastMarkdown;
        }
        return undefined;
    };
    return {
        dispose: () => tracking.dispose(),
        async insert(papers) {
            const format = (0, settings_1.citationFormat)();
            const editor = target();
            if (!editor) {
                const copy = 'Copy Citation';
                // Not awaited: the message stays until the writer answers, the command does not.
                void vscode.window.showInformationMessage('No Markdown note is open to cite in. Open a note, or copy the citation.', copy)
                    .then((choice) => (choice === copy ? vscode.env.clipboard.writeText((0, citationFormat_1.formatCitation)(papers, format)) : undefined));
                return false;
            }
            // Focus the note first, then edit: once the citation shows, the writer's next keys go to the note.
            const focused = await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
            const document = focused.document;
            const note = (0, citationContext_1.noteCitations)(document);
            return focused.edit((edit) => {
                for (const selection of focused.selections) {
                    const start = document.offsetAt(selection.start);
                    const end = document.offsetAt(selection.end);
                    const change = (0, citationInsert_1.citationEdit)({ citation: note.at(start), group: note.groupAt(start) }, start, end, papers, format);
                    if (change)
                        edit.replace(new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.text);
                }
            });
        },
    };
}
