/** Wiring only: build the dependencies, register each feature, return the Markdown extension. */
import * as vscode from 'vscode';
import { createCatalogueStore } from './features/catalogueStore';
import { registerCitationInserter } from './features/citationInserter';
import { registerCommands } from './features/commands';
import { registerPapersView } from './features/papersView';
import { markdownItExtension, registerPreviewReload } from './features/preview';

export function activate(context: vscode.ExtensionContext) {
  const store = createCatalogueStore(context.extensionUri);
  const inserter = registerCitationInserter();
  const papersView = registerPapersView({ extensionUri: context.extensionUri, store, inserter });
  context.subscriptions.push(
    inserter,
    papersView,
    registerCommands({ store, inserter, papersView }),
    registerPreviewReload(),
  );
  // extendMarkdownIt for the Markdown preview; the view's state lets tests see it resolved.
  return { ...markdownItExtension({ store }), papersView: { get resolvedCount() { return papersView.resolvedCount; } } };
}

export function deactivate(): void {}
