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
exports.UNKNOWN_KEY_CODE = void 0;
exports.registerDiagnostics = registerDiagnostics;
/** Unknown citation keys, flagged as the note changes, with quick fixes. */
const vscode = __importStar(require("vscode"));
const nearestKeys_1 = require("../core/nearestKeys");
const titleParts_1 = require("../core/titleParts");
const citationContext_1 = require("./citationContext");
const settings_1 = require("./settings");
exports.UNKNOWN_KEY_CODE = 'unknown-citation-key';
const DELAY_MS = 250;
const SEVERITIES = {
    error: vscode.DiagnosticSeverity.Error,
    warning: vscode.DiagnosticSeverity.Warning,
    information: vscode.DiagnosticSeverity.Information,
    hint: vscode.DiagnosticSeverity.Hint,
    off: null,
};
function severity() {
    return SEVERITIES[(0, settings_1.unknownKeySeverity)()];
}
function registerDiagnostics(deps) {
    const collection = vscode.languages.createDiagnosticCollection('paper-notes');
    const timers = new Map();
    const check = (document) => {
        if (document.languageId !== 'markdown' || document.uri.scheme === 'paper-notes')
            return;
        const level = severity();
        if (level === null) {
            collection.delete(document.uri);
            return;
        }
        const diagnostics = [];
        (0, citationContext_1.noteCitations)(document).forEachKey((key, keyStart, keyEnd) => {
            if (deps.known.has(key, document.uri))
                return;
            const diagnostic = new vscode.Diagnostic(new vscode.Range(document.positionAt(keyStart), document.positionAt(keyEnd)), `Unknown citation key '${key}'`, level);
            diagnostic.code = exports.UNKNOWN_KEY_CODE;
            diagnostic.source = 'Paper Notes';
            diagnostics.push(diagnostic);
        });
        collection.set(document.uri, diagnostics);
    };
    const schedule = (document) => {
        const id = document.uri.toString();
        clearTimeout(timers.get(id));
        timers.set(id, setTimeout(() => {
            timers.delete(id);
            check(document);
        }, DELAY_MS));
    };
    const refresh = () => vscode.workspace.textDocuments.forEach(check);
    refresh();
    const disposables = [
        collection,
        vscode.workspace.onDidOpenTextDocument(check),
        vscode.workspace.onDidChangeTextDocument((event) => schedule(event.document)),
        vscode.workspace.onDidCloseTextDocument((document) => {
            clearTimeout(timers.get(document.uri.toString()));
            collection.delete(document.uri);
        }),
        vscode.workspace.onDidChangeConfiguration((event) => {
            if ((0, settings_1.affects)(event, 'diagnostics'))
                refresh();
        }),
        vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new UnknownKeyFixes(deps), {
            providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
        }),
        { dispose: () => timers.forEach((timer) => clearTimeout(timer)) },
    ];
    return { refresh, dispose: () => disposables.forEach((disposable) => disposable.dispose()) };
}
class UnknownKeyFixes {
    deps;
    constructor(deps) {
        this.deps = deps;
    }
    provideCodeActions(document, _range, context) {
        const actions = [];
        for (const diagnostic of context.diagnostics.filter((item) => item.code === exports.UNKNOWN_KEY_CODE)) {
            const key = document.getText(diagnostic.range);
            (0, nearestKeys_1.nearestKeys)(key, this.deps.known.all(document.uri)).forEach((near, index) => {
                const title = this.deps.store.get(near, document.uri)?.cleanTitle;
                const action = new vscode.CodeAction(`Replace with @${near}${title ? ` — ${title}` : ''}`, vscode.CodeActionKind.QuickFix);
                action.edit = new vscode.WorkspaceEdit();
                action.edit.replace(document.uri, diagnostic.range, near);
                action.diagnostics = [diagnostic];
                action.isPreferred = index === 0;
                actions.push(action);
            });
            const search = new vscode.CodeAction(`Search the Papers view for '${key}'`, vscode.CodeActionKind.QuickFix);
            search.command = { command: 'paperNotes.searchPapers', title: 'Search Papers', arguments: [(0, titleParts_1.keyStem)(key)] };
            search.diagnostics = [diagnostic];
            actions.push(search);
        }
        return actions;
    }
}
