/** Wiring only: build the dependencies, register each feature, return the Markdown extension. */
import * as vscode from 'vscode';
import { createCatalogueStore } from './features/catalogueStore';
import { registerCommands } from './features/commands';
import { registerPapersView } from './features/papersView';
import { markdownItExtension, registerPreviewReload } from './features/preview';

export function activate(context: vscode.ExtensionContext) {
  const store = createCatalogueStore(context.extensionUri);
  const papersView = registerPapersView({ extensionUri: context.extensionUri, store });
  context.subscriptions.push(
    papersView,
    registerCommands({ store }),
    registerPreviewReload(),
  );
  // extendMarkdownIt for the Markdown preview; the view's state lets tests see it resolved.
  return { ...markdownItExtension({ store }), papersView: { get resolvedCount() { return papersView.resolvedCount; } } };
}

export function deactivate(): void {}
