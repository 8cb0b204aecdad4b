/** Citation text in the formats users write. Pure. */
import type { Paper } from './paper';

export type CitationFormatName = 'pandoc' | 'latex' | 'markdown';
export const CITATION_FORMATS: readonly CitationFormatName[] = ['pandoc', 'latex', 'markdown'];

/** The link a Markdown citation points at: the code link, else the first link, else none. */
function linkFor(paper: Paper): string | null {
  return paper.codeUrl ?? paper.links[0] ?? null;
}

function markdownCitation(paper: Paper): string {
  const label = `${paper.cleanTitle.replace(/([\[\]\\])/g, '\\$1')} (${paper.year})`;
  const link = linkFor(paper);
  return link ? `[${label}](${link})` : `*${label}*`;
}

/**
 * Formats one citation of several papers: `[@a; @b]`, `\cite{a,b}`, Markdown
 * links, or a template with `${key}`, `${title}`, `${year}`, `${name}`, `${codeUrl}`
 * applied to each paper and joined with "; ".
 */
export function formatCitation(papers: readonly Paper[], format: CitationFormatName | string): string {
  switch (format) {
    case 'pandoc':
      return `[${papers.map((paper) => `@${paper.key}`).join('; ')}]`;
    case 'latex':
      return `\\cite{${papers.map((paper) => paper.key).join(',')}}`;
    case 'markdown':
      return papers.map(markdownCitation).join('; ');
    default:
      return papers.map((paper) => applyTemplate(format, paper)).join('; ');
  }
}

/** Fills `${field}` placeholders; unknown placeholders are left as written. */
export function applyTemplate(template: string, paper: Paper): string {
  const fields: Record<string, string> = {
    key: paper.key,
    title: paper.cleanTitle,
    year: String(paper.year),
    name: paper.summary?.name ?? '',
    codeUrl: paper.codeUrl ?? '',
  };
  return template.replace(/\$\{(\w+)\}/g, (whole, field: string) => fields[field] ?? whole);
}
