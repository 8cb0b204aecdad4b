/** Where citations are in an open document: outside code, cached per document version. */
import type * as vscode from 'vscode';
import { citationAt, codeBlockLines, codeSpans, type CitationKeyRange } from '../core/citationSyntax';

const cache = new WeakMap<vscode.TextDocument, { version: number; code: Set<number> }>();

/** Lines of the document inside fenced or indented code blocks. */
export function codeLines(document: vscode.TextDocument): Set<number> {
  const cached = cache.get(document);
  if (cached && cached.version === document.version) return cached.code;
  const code = codeBlockLines(document.getText().split(/\r?\n/));
  cache.set(document, { version: document.version, code });
  return code;
}

/** True when the position is in a code block or a code span. */
export function inCode(document: vscode.TextDocument, position: vscode.Position): boolean {
  if (codeLines(document).has(position.line)) return true;
  return codeSpans(document.lineAt(position.line).text).some(([start, end]) => position.character > start && position.character < end);
}

/** The citation key under the position, outside code. */
export function citationUnder(document: vscode.TextDocument, position: vscode.Position): CitationKeyRange | undefined {
  if (codeLines(document).has(position.line)) return undefined;
  return citationAt(document.lineAt(position.line).text, position.character);
}
