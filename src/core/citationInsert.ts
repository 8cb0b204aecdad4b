/**
 * Where and what to insert when a writer cites papers at the cursor. Pure:
 * it works on offsets and on what is around the cursor (the citation and the
 * citation group there), whoever found them.
 */
import type { CitationGroup, CitationKeyRange } from './citationSyntax';
import { citationAt, citationGroupAt } from './citationSyntax';
import { formatCitation } from './citationFormat';
import type { Paper } from './paper';
import type { TextEdit } from './textEdit';

/** What is around the cursor. */
export interface CiteContext {
  /** The citation whose `@key` covers the cursor. */
  citation?: Pick<CitationKeyRange, 'start' | 'end' | 'group'>;
  /** The citation group the cursor is inside, with the keys it holds. */
  group?: { group: CitationGroup; keys: readonly string[] };
}

/** The context at `offset` of one piece of inline text, found with its citations. */
export function citeContextAt(citations: readonly CitationKeyRange[], offset: number): CiteContext {
  return { citation: citationAt(citations, offset), group: citationGroupAt(citations, offset) };
}

/**
 * The edit that cites `papers` at a selection [start, end). With the Pandoc
 * format and the cursor inside an existing `[@a ...]` citation, the keys join
 * it (`[@a; @b]`) instead of nesting a new one; keys already there are not
 * repeated. A cursor inside a key never splits it: the citation goes after
 * the key's group, or after the key. Otherwise the selection is replaced.
 * Returns null when there is nothing to add.
 */
export function citationEdit(context: CiteContext, start: number, end: number, papers: readonly Paper[], format: string): TextEdit | null {
  if (papers.length === 0) return null;
  if (start !== end) return { start, end, text: formatCitation(papers, format) };
  if (format === 'pandoc' && context.group) {
    const present = new Set(context.group.keys);
    const adding = papers.filter((paper) => !present.has(paper.key));
    if (adding.length === 0) return null;
    const close = context.group.group.end - 1;
    return { start: close, end: close, text: adding.map((paper) => `; @${paper.key}`).join('') };
  }
  const inside = context.citation && start > context.citation.start && start < context.citation.end ? context.citation : undefined;
  if (inside) {
    const after = inside.group ? inside.group.end : inside.end;
    return { start: after, end: after, text: ` ${formatCitation(papers, format)}` };
  }
  return { start, end, text: formatCitation(papers, format) };
}
