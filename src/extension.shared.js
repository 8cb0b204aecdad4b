"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.activateWith = activateWith;
const bibliography_1 = require("./features/bibliography");
const citationInserter_1 = require("./features/citationInserter");
const commands_1 = require("./features/commands");
const completion_1 = require("./features/completion");
const definition_1 = require("./features/definition");
const diagnostics_1 = require("./features/diagnostics");
const citationStyles_1 = require("./features/citationStyles");
const hover_1 = require("./features/hover");
const inlayHints_1 = require("./features/inlayHints");
const knownKeys_1 = require("./features/knownKeys");
const libraryStatus_1 = require("./features/libraryStatus");
const paperStore_1 = require("./features/paperStore");
const papersView_1 = require("./features/papersView");
const preview_1 = require("./features/preview");
function activateWith(context, platform) {
    const store = (0, paperStore_1.createPaperStore)(platform, context.globalStorageUri);
    let diagnostics;
    const known = (0, knownKeys_1.createKnownKeys)(store, () => diagnostics?.refresh());
    diagnostics = (0, diagnostics_1.registerDiagnostics)({ store, known });
    const inserter = (0, citationInserter_1.registerCitationInserter)();
    const papersView = (0, papersView_1.registerPapersView)({ extensionUri: context.extensionUri, store, inserter });
    const styling = (0, citationStyles_1.createCitationStyling)(store, platform);
    context.subscriptions.push(store, known, diagnostics, inserter, papersView, styling, (0, commands_1.registerCommands)({ store, inserter, papersView, styling }), (0, completion_1.registerCompletion)({ store }), (0, hover_1.registerHover)({ store, known, styling }), (0, inlayHints_1.registerInlayHints)({ store }), (0, definition_1.registerDefinition)({ store }), (0, bibliography_1.registerBibliography)({ store, platform }), (0, libraryStatus_1.registerLibraryStatus)({ store }), (0, preview_1.registerPreviewReload)());
    // extendMarkdownIt for the Markdown preview; the view's state and the store let tests see them resolved.
    return {
        ...(0, preview_1.markdownItExtension)({ store, known, styling }),
        platform: platform.kind,
        papersView: { get resolvedCount() { return papersView.resolvedCount; }, get followedKey() { return papersView.followedKey; } },
        libraries: { whenReady: () => store.whenReady(), files: () => store.libraryFiles(), get: (key) => store.get(key) },
    };
}
