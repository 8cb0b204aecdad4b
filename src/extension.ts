/** Wiring only: build the dependencies, register each feature, return the Markdown extension. */
import * as vscode from 'vscode';
import { createCatalogueStore } from './features/catalogueStore';
import { registerCommands } from './features/commands';
import { registerPapersView } from './features/papersView';
import { markdownItExtension, registerPreviewReload } from './features/preview';

export function activate(context: vscode.ExtensionContext) {
  const store = createCatalogueStore(context.extensionUri);
  context.subscriptions.push(
    registerPapersView({ extensionUri: context.extensionUri, store }),
    registerCommands({ store }),
    registerPreviewReload(),
  );
  return markdownItExtension({ store });
}

export function deactivate(): void {}
