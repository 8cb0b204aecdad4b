/**
 * Where and what to insert when a writer cites papers at the cursor. Pure:
 * it works on the line's text and the selection's columns.
 */
import { citationGroupAt, findCitations } from './citationSyntax';
import { formatCitation } from './citationFormat';
import type { Paper } from './paper';

export interface LineEdit {
  /** Columns [start, end) of the line to replace. */
  start: number;
  end: number;
  text: string;
}

/**
 * The edit that cites `papers` at a selection on one line. With the Pandoc
 * format and the cursor inside an existing `[@a ...]` citation, the keys join
 * it (`[@a; @b]`) instead of nesting a new one; keys already there are not
 * repeated. Otherwise the selection is replaced by a new citation. Returns
 * null when there is nothing to add.
 */
export function citationEdit(line: string, start: number, end: number, papers: readonly Paper[], format: string): LineEdit | null {
  if (papers.length === 0) return null;
  if (format === 'pandoc' && start === end) {
    const group = citationGroupAt(line, start);
    if (group) {
      const present = new Set(findCitations(line).filter((citation) => citation.group?.start === group.start).map((citation) => citation.key));
      const adding = papers.filter((paper) => !present.has(paper.key));
      if (adding.length === 0) return null;
      const close = group.end - 1;
      return { start: close, end: close, text: adding.map((paper) => `; @${paper.key}`).join('') };
    }
  }
  return { start, end, text: formatCitation(papers, format) };
}
