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
exports.citationHints = citationHints;
exports.registerInlayHints = registerInlayHints;
/**
 * Inlay hints: after each citation key, what the paper is (`Mamba`, or
 * `Mamba · SSM · 5x throughput`), for catalogue papers and library entries
 * alike, only where the preview renders a citation (never in code, URLs or
 * comments). The hint's tooltip is the full summary; clicking it shows the
 * paper in the Papers view. `paperNotes.inlayHints` picks the mode; VS Code's
 * own `editor.inlayHints.enabled` is respected by VS Code.
 */
const vscode = __importStar(require("vscode"));
const summaryView_1 = require("../core/summaryView");
const citationContext_1 = require("./citationContext");
const paperMarkdown_1 = require("./paperMarkdown");
const settings_1 = require("./settings");
/** The paper behind each hint given out: its tooltip is made only when VS Code asks for it (a hover), not for every hint. */
const papersOfHints = new WeakMap();
/** The hints of a note's citations inside `range`. */
function citationHints(document, range, store) {
    const mode = (0, settings_1.inlayHintMode)();
    if (mode === 'off')
        return [];
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    const hints = [];
    for (const citation of (0, citationContext_1.noteCitations)(document).all()) {
        if (citation.end < from || citation.start > to)
            continue;
        const paper = store.get(citation.key, document.uri);
        const text = paper && (0, summaryView_1.inlayHintText)(paper, mode);
        if (!paper || !text)
            continue;
        const part = new vscode.InlayHintLabelPart(text);
        part.command = { title: 'Show in Papers view', command: 'paperNotes.showPaper', arguments: [paper.key] };
        const hint = new vscode.InlayHint(document.positionAt(citation.end), [part]);
        hint.paddingLeft = true;
        papersOfHints.set(hint, paper);
        hints.push(hint);
    }
    return hints;
}
function registerInlayHints(deps) {
    const changed = new vscode.EventEmitter();
    return vscode.Disposable.from(changed, vscode.languages.registerInlayHintsProvider({ language: 'markdown' }, {
        onDidChangeInlayHints: changed.event,
        provideInlayHints: (document, range) => citationHints(document, range, deps.store),
        resolveInlayHint(hint) {
            const paper = papersOfHints.get(hint);
            if (paper && Array.isArray(hint.label))
                hint.label[0].tooltip = (0, paperMarkdown_1.paperMarkdown)(paper, { commands: false });
            return hint;
        },
    }), 
    // A library loaded, or the mode changed: the hints are asked for again.
    deps.store.onDidChange(() => changed.fire()), vscode.workspace.onDidChangeConfiguration((event) => {
        if ((0, settings_1.affects)(event, 'inlayHints'))
            changed.fire();
    }));
}
