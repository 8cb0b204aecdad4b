/** Where citations are in an open note: the shared notion of src/markdown/noteCitations, cached per document version. */
import * as vscode from 'vscode';
import { type NoteCitation, NoteCitations } from '../markdown/noteCitations';

const cache = new WeakMap<vscode.TextDocument, { version: number; note: NoteCitations }>();

/** The note's citations, computed once per version of the document. */
export function noteCitations(document: vscode.TextDocument): NoteCitations {
  const cached = cache.get(document);
  if (cached && cached.version === document.version) return cached.note;
  const note = new NoteCitations(document.getText());
  cache.set(document, { version: document.version, note });
  return note;
}

/** The citation key under the position (a cursor just after the key counts), where the preview would render one. */
export function citationUnder(document: vscode.TextDocument, position: vscode.Position): NoteCitation | undefined {
  return noteCitations(document).at(document.offsetAt(position));
}

/** True when a citation typed at the position would be one (not in code, HTML, a URL or a link). */
export function canCiteAt(document: vscode.TextDocument, position: vscode.Position): boolean {
  return noteCitations(document).canCiteAt(document.offsetAt(position));
}

/** The range of a note citation's key. */
export function keyRange(document: vscode.TextDocument, citation: NoteCitation): vscode.Range {
  return new vscode.Range(document.positionAt(citation.keyStart), document.positionAt(citation.keyEnd));
}

/** How far into a note its front matter is looked for. */
const FRONT_MATTER_LINES = 1000;

/** A note's first lines, where its front matter is: read without copying the whole note (this runs on keystrokes and hovers). */
export function noteHead(document: vscode.TextDocument): string {
  return document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, FRONT_MATTER_LINES), 0));
}
