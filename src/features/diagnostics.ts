/** Unknown citation keys, flagged as the note changes, with quick fixes. */
import * as vscode from 'vscode';
import { nearestKeys } from '../core/nearestKeys';
import { keyStem } from '../core/titleParts';
import type { PaperStore } from './paperStore';
import { noteCitations } from './citationContext';
import type { KnownKeys } from './knownKeys';
import { affects, unknownKeySeverity, type UnknownKeySeverity } from './settings';

export const UNKNOWN_KEY_CODE = 'unknown-citation-key';
const DELAY_MS = 250;

const SEVERITIES: Record<UnknownKeySeverity, vscode.DiagnosticSeverity | null> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
  off: null,
};

export interface DiagnosticsDeps {
  store: PaperStore;
  known: KnownKeys;
}

function severity(): vscode.DiagnosticSeverity | null {
  return SEVERITIES[unknownKeySeverity()];
}

export interface DiagnosticsRegistration extends vscode.Disposable {
  /** Re-checks every open note (after the known keys changed). */
  refresh(): void;
}

export function registerDiagnostics(deps: DiagnosticsDeps): DiagnosticsRegistration {
  const collection = vscode.languages.createDiagnosticCollection('paper-notes');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const check = (document: vscode.TextDocument): void => {
    if (document.languageId !== 'markdown' || document.uri.scheme === 'paper-notes') return;
    const level = severity();
    if (level === null) {
      collection.delete(document.uri);
      return;
    }
    const diagnostics: vscode.Diagnostic[] = [];
    noteCitations(document).forEachKey((key, keyStart, keyEnd) => {
      if (deps.known.has(key, document.uri)) return;
      const diagnostic = new vscode.Diagnostic(new vscode.Range(document.positionAt(keyStart), document.positionAt(keyEnd)), `Unknown citation key '${key}'`, level);
      diagnostic.code = UNKNOWN_KEY_CODE;
      diagnostic.source = 'Paper Notes';
      diagnostics.push(diagnostic);
    });
    collection.set(document.uri, diagnostics);
  };

  const schedule = (document: vscode.TextDocument): void => {
    const id = document.uri.toString();
    clearTimeout(timers.get(id));
    timers.set(id, setTimeout(() => {
      timers.delete(id);
      check(document);
    }, DELAY_MS));
  };

  const refresh = (): void => vscode.workspace.textDocuments.forEach(check);
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
      if (affects(event, 'diagnostics')) refresh();
    }),
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new UnknownKeyFixes(deps), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
    }),
    { dispose: () => timers.forEach((timer) => clearTimeout(timer)) },
  ];
  return { refresh, dispose: () => disposables.forEach((disposable) => disposable.dispose()) };
}

class UnknownKeyFixes implements vscode.CodeActionProvider {
  constructor(private readonly deps: DiagnosticsDeps) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics.filter((item) => item.code === UNKNOWN_KEY_CODE)) {
      const key = document.getText(diagnostic.range);
      nearestKeys(key, this.deps.known.all(document.uri)).forEach((near, index) => {
        const title = this.deps.store.get(near, document.uri)?.cleanTitle;
        const action = new vscode.CodeAction(`Replace with @${near}${title ? ` — ${title}` : ''}`, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, diagnostic.range, near);
        action.diagnostics = [diagnostic];
        action.isPreferred = index === 0;
        actions.push(action);
      });
      const search = new vscode.CodeAction(`Search the Papers view for '${key}'`, vscode.CodeActionKind.QuickFix);
      search.command = { command: 'paperNotes.searchPapers', title: 'Search Papers', arguments: [keyStem(key)] };
      search.diagnostics = [diagnostic];
      actions.push(search);
    }
    return actions;
  }
}
