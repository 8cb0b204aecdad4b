/** Desktop entry (Node extension host): wiring only. */
import type * as vscode from 'vscode';
import { activateWith } from './extension.shared';
import { nodePlatform } from './features/platform.node';

export function activate(context: vscode.ExtensionContext) {
  return activateWith(context, nodePlatform(context.extensionUri));
}

export function deactivate(): void {}
