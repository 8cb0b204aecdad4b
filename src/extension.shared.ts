/** What both entries register (desktop and browser): the same features over the platform each entry passes. */
import * as vscode from 'vscode';
import { registerBibliography } from './features/bibliography';
import { registerCitationInserter } from './features/citationInserter';
import { registerCommands } from './features/commands';
import { registerCompletion } from './features/completion';
import { registerDefinition } from './features/definition';
import { type DiagnosticsRegistration, registerDiagnostics } from './features/diagnostics';
import { createCitationStyling } from './features/citationStyles';
import { registerHover } from './features/hover';
import { registerInlayHints } from './features/inlayHints';
import { createKnownKeys } from './features/knownKeys';
import { registerLibraryStatus } from './features/libraryStatus';
import { createPaperStore } from './features/paperStore';
import { registerPapersView } from './features/papersView';
import type { Platform } from './features/platform';
import { markdownItExtension, registerPreviewReload } from './features/preview';

export function activateWith(context: vscode.ExtensionContext, platform: Platform) {
  const store = createPaperStore(platform, context.globalStorageUri);
  let diagnostics: DiagnosticsRegistration | undefined;
  const known = createKnownKeys(store, () => diagnostics?.refresh());
  diagnostics = registerDiagnostics({ store, known });
  const inserter = registerCitationInserter();
  const papersView = registerPapersView({ extensionUri: context.extensionUri, store, inserter });
  const styling = createCitationStyling(store, platform);
  context.subscriptions.push(
    store,
    known,
    diagnostics,
    inserter,
    papersView,
    styling,
    registerCommands({ store, inserter, papersView, styling }),
    registerCompletion({ store }),
    registerHover({ store, known, styling }),
    registerInlayHints({ store }),
    registerDefinition({ store }),
    registerBibliography({ store, platform }),
    registerLibraryStatus({ store }),
    registerPreviewReload(),
  );
  // extendMarkdownIt for the Markdown preview; the view's state and the store let tests see them resolved.
  return {
    ...markdownItExtension({ store, known, styling }),
    platform: platform.kind,
    papersView: { get resolvedCount() { return papersView.resolvedCount; }, get followedKey() { return papersView.followedKey; } },
    libraries: { whenReady: () => store.whenReady(), files: () => store.libraryFiles(), get: (key: string) => store.get(key) },
  };
}
