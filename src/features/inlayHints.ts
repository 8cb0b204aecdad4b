/**
 * Inlay hints: after each citation key, what the paper is (`Mamba`, or
 * `Mamba · SSM · 5x throughput`), for catalogue papers and library entries
 * alike, only where the preview renders a citation (never in code, URLs or
 * comments). The hint's tooltip is the full summary; clicking it shows the
 * paper in the Papers view. `paperNotes.inlayHints` picks the mode; VS Code's
 * own `editor.inlayHints.enabled` is respected by VS Code.
 */
import * as vscode from 'vscode';
import type { Paper } from '../core/paper';
import { inlayHintText } from '../core/summaryView';
import { noteCitations } from './citationContext';
import type { PaperStore } from './paperStore';
import { paperMarkdown } from './paperMarkdown';
import { affects, inlayHintMode } from './settings';

export interface InlayHintsDeps {
  store: PaperStore;
}

/** The paper behind each hint given out: its tooltip is made only when VS Code asks for it (a hover), not for every hint. */
const papersOfHints = new WeakMap<vscode.InlayHint, Paper>();

/** The hints of a note's citations inside `range`. */
export function citationHints(document: vscode.TextDocument, range: vscode.Range, store: PaperStore): vscode.InlayHint[] {
  const mode = inlayHintMode();
  if (mode === 'off') return [];
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  const hints: vscode.InlayHint[] = [];
  for (const citation of noteCitations(document).all()) {
    if (citation.end < from || citation.start > to) continue;
    const paper = store.get(citation.key, document.uri);
    const text = paper && inlayHintText(paper, mode);
    if (!paper || !text) continue;
    const part = new vscode.InlayHintLabelPart(text);
    part.command = { title: 'Show in Papers view', command: 'paperNotes.showPaper', arguments: [paper.key] };
    const hint = new vscode.InlayHint(document.positionAt(citation.end), [part]);
    hint.paddingLeft = true;
    papersOfHints.set(hint, paper);
    hints.push(hint);
  }
  return hints;
}

export function registerInlayHints(deps: InlayHintsDeps): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  return vscode.Disposable.from(
    changed,
    vscode.languages.registerInlayHintsProvider({ language: 'markdown' }, {
      onDidChangeInlayHints: changed.event,
      provideInlayHints: (document, range) => citationHints(document, range, deps.store),
      resolveInlayHint(hint) {
        const paper = papersOfHints.get(hint);
        if (paper && Array.isArray(hint.label)) hint.label[0].tooltip = paperMarkdown(paper, { commands: false });
        return hint;
      },
    }),
    // A library loaded, or the mode changed: the hints are asked for again.
    deps.store.onDidChange(() => changed.fire()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affects(event, 'inlayHints')) changed.fire();
    }),
  );
}
