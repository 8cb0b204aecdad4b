/** Inserting citations into the note being written: the last active Markdown editor, at its cursor. */
import * as vscode from 'vscode';
import { citationEdit } from '../core/citationInsert';
import { noteCitations } from './citationContext';
import { citationFormat } from './settings';
import { formatCitation } from '../core/citationFormat';
import type { Paper } from '../core/paper';

export interface CitationInserter extends vscode.Disposable {
  /** Cites the papers at every cursor of the last active Markdown editor, as one undoable edit. */
  insert(papers: readonly Paper[]): Promise<boolean>;
}

export function registerCitationInserter(): CitationInserter {
  let lastMarkdown: vscode.TextEditor | undefined =
    vscode.window.activeTextEditor?.document.languageId === 'markdown' ? vscode.window.activeTextEditor : undefined;
  const tracking = vscode.window.onDidChangeActiveTextEditor((editor) => {
    if (editor?.document.languageId === 'markdown') lastMarkdown = editor;
  });

  const target = (): vscode.TextEditor | undefined => {
    const active = vscode.window.activeTextEditor;
    if (active?.document.languageId === 'markdown') return active;
    // The side bar has focus: the editor the writer came from, if it is still open.
    if (lastMarkdown && !lastMarkdown.document.isClosed) {
      return vscode.window.visibleTextEditors.find((editor) => editor.document === lastMarkdown!.document) ?? lastMarkdown;
    }
    return undefined;
  };

  return {
    dispose: () => tracking.dispose(),
    async insert(papers) {
      const format = citationFormat();
      const editor = target();
      if (!editor) {
        const copy = 'Copy Citation';
        // Not awaited: the message stays until the writer answers, the command does not.
        void vscode.window.showInformationMessage('No Markdown note is open to cite in. Open a note, or copy the citation.', copy)
          .then((choice) => (choice === copy ? vscode.env.clipboard.writeText(formatCitation(papers, format)) : undefined));
        return false;
      }
      // Focus the note first, then edit: once the citation shows, the writer's next keys go to the note.
      const focused = await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
      const document = focused.document;
      const note = noteCitations(document);
      return focused.edit((edit) => {
        for (const selection of focused.selections) {
          const start = document.offsetAt(selection.start);
          const end = document.offsetAt(selection.end);
          const change = citationEdit({ citation: note.at(start), group: note.groupAt(start) }, start, end, papers, format);
          if (change) edit.replace(new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.text);
        }
      });
    },
  };
}
