/**
 * Web entry (VS Code's web worker extension host: vscode.dev, github.dev):
 * wiring only. The catalogue is read through `vscode.workspace.fs` before
 * the features start, so every feature finds it as on the desktop.
 */
import * as vscode from 'vscode';
import { activateWith } from './extension.shared';
import { webPlatform } from './features/platform.web';

export async function activate(context: vscode.ExtensionContext) {
  const catalogue = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'dist', 'catalogue.json'));
  return activateWith(context, webPlatform(context.extensionUri, new TextDecoder().decode(catalogue)));
}

export function deactivate(): void {}
