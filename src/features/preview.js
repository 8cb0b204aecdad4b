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
exports.markdownItExtension = markdownItExtension;
exports.registerPreviewReload = registerPreviewReload;
const vscode = __importStar(require("vscode"));
const paperNotesPlugin_1 = require("../markdown/paperNotesPlugin");
const settings_1 = require("./settings");
/** What `activate` returns for the Markdown extension: `extendMarkdownIt`. */
function markdownItExtension(deps) {
    return {
        extendMarkdownIt(md) {
            return md.use((0, paperNotesPlugin_1.createPaperNotesPlugin)({
                // With the CSL label the note is known (VS Code passes it): its own front matter libraries apply.
                lookup: (key, document) => deps.store.get(key, document instanceof vscode.Uri ? document : undefined),
                // Only what the csl label formats needs a library entry's CSL item (fetched from the library worker once).
                forFormatting: (paper) => deps.styling.forFormatting(paper),
                // Every loaded library counts in the preview (it renders without knowing which note).
                isKnown: (key) => deps.known.isUsers(key),
                keys: () => deps.known.all(),
                settings: settings_1.previewSettings,
                citationStyle: (options, document) => deps.styling.formatter(options, document),
                version: () => deps.styling.version(),
                // `nocite: @*` over a 100,000-entry library would take minutes: the preview shows the first 500.
                maxUncited: 500,
            }));
        },
    };
}
/** Re-renders open previews when the Paper Notes settings they read change (labels, references, the CSL style and locale). */
function registerPreviewReload() {
    return vscode.workspace.onDidChangeConfiguration((event) => {
        if ((0, settings_1.affects)(event, 'preview'))
            void vscode.commands.executeCommand('markdown.api.reloadPlugins');
        // The style and locale are read at each render (formatted notes are kept per formatter): a new render is enough.
        else if ((0, settings_1.affects)(event, 'citationStyle') || (0, settings_1.affects)(event, 'locale'))
            void vscode.commands.executeCommand('markdown.preview.refresh');
    });
}
