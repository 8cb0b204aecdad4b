/** Go to Definition (F12) and Peek on a citation key: a read-only page of the paper's details. */
import * as vscode from 'vscode';
import type { Paper } from '../core/paper';
import { authorsText, displayName, summaryRows } from '../core/summaryView';
import type { PaperStore } from './paperStore';
import { citationUnder } from './citationContext';

export const PAPER_SCHEME = 'paper-notes';

export function paperUri(key: string): vscode.Uri {
  return vscode.Uri.from({ scheme: PAPER_SCHEME, path: `/${key}.md` });
}

/** The paper's details as a Markdown document. */
export function paperDocument(paper: Paper): string {
  const lines = [`# ${paper.cleanTitle}`, '', `- Key: \`@${paper.key}\``, `- Name: ${displayName(paper)}`, `- Date: ${paper.date ?? 'no date (n.d.)'}`,
    `- Authors: ${authorsText(paper)} (names are not listed in the catalogue)`];
  for (const row of summaryRows(paper, { maxResults: 10 })) lines.push(`- ${row.label}: ${row.value}`);
  if (paper.codeUrl) lines.push(`- Code: <${paper.codeUrl}>`);
  for (const link of paper.links.filter((url) => url !== paper.codeUrl)) lines.push(`- Link: <${link}>`);
  lines.push('', '## Abstract', '', paper.cleanAbstract, '');
  return lines.join('\n');
}

export interface DefinitionDeps {
  store: PaperStore;
}

export function registerDefinition(deps: DefinitionDeps): vscode.Disposable {
  const content = vscode.workspace.registerTextDocumentContentProvider(PAPER_SCHEME, {
    provideTextDocumentContent(uri) {
      const key = uri.path.replace(/^\//, '').replace(/\.md$/, '');
      const paper = deps.store.get(key);
      return paper ? paperDocument(paper) : `# Unknown citation key '${key}'\n`;
    },
  });
  const definition = vscode.languages.registerDefinitionProvider({ language: 'markdown' }, {
    provideDefinition(document, position) {
      const citation = citationUnder(document, position);
      const paper = citation && deps.store.get(citation.key, document.uri);
      if (!paper) return undefined;
      // A library entry: its line in the library file. A catalogue paper: a page of its details.
      if (paper.library) return new vscode.Location(deps.store.uriOf(paper.library.file), new vscode.Position(paper.library.line - 1, paper.library.column - 1));
      return new vscode.Location(paperUri(citation.key), new vscode.Position(0, 0));
    },
  });
  return vscode.Disposable.from(content, definition);
}
