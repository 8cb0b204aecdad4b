/** Citation text in the formats users write, and checking a format setting. Pure. */
import type { Paper } from './paper';
import { yearText } from './summaryView';

export type CitationFormatName = 'pandoc' | 'latex' | 'markdown';
export const CITATION_FORMATS: readonly CitationFormatName[] = ['pandoc', 'latex', 'markdown'];
export const DEFAULT_CITATION_FORMAT: CitationFormatName = 'pandoc';

/** The placeholders a template may use, and what each is. */
const PLACEHOLDERS: ReadonlyMap<string, (paper: Paper) => string> = new Map([
  ['key', (paper: Paper) => paper.key],
  ['title', (paper: Paper) => paper.cleanTitle],
  ['year', (paper: Paper) => yearText(paper)],
  ['name', (paper: Paper) => paper.summary?.name ?? ''],
  ['codeUrl', (paper: Paper) => paper.codeUrl ?? ''],
]);
export const TEMPLATE_PLACEHOLDERS: readonly string[] = [...PLACEHOLDERS.keys()];

const PLACEHOLDER = /\$\{([^}]*)\}/g;

/** The link a Markdown citation points at: the code link, else the first link, else none. */
function linkFor(paper: Paper): string | null {
  return paper.codeUrl ?? paper.links[0] ?? null;
}

function markdownCitation(paper: Paper): string {
  const label = `${paper.cleanTitle.replace(/([\[\]\\])/g, '\\$1')} (${yearText(paper)})`;
  const link = linkFor(paper);
  return link ? `[${label}](${link})` : `*${label}*`;
}

/**
 * Formats one citation of several papers: `[@a; @b]`, `\cite{a,b}`, Markdown
 * links, or a template with `${key}`, `${title}`, `${year}`, `${name}`, `${codeUrl}`
 * applied to each paper and joined with "; ". The format must be valid (see
 * `checkCitationFormat`).
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

/** Fills the documented `${field}` placeholders, and only those. */
export function applyTemplate(template: string, paper: Paper): string {
  return template.replace(PLACEHOLDER, (whole, field: string) => PLACEHOLDERS.get(field)?.(paper) ?? whole);
}

export type CheckedFormat = { format: string; error?: undefined } | { format: CitationFormatName; error: string };

/**
 * Checks a citation format setting. Empty means the default. A format name
 * must be written exactly; a template must use at least one placeholder and
 * no unknown one. A bad value gives the default format and a message to show.
 */
export function checkCitationFormat(value: string | undefined): CheckedFormat {
  const format = (value ?? '').trim();
  if (!format) return { format: DEFAULT_CITATION_FORMAT };
  if ((CITATION_FORMATS as readonly string[]).includes(format)) return { format };
  const used = [...format.matchAll(PLACEHOLDER)].map((match) => match[1]);
  const unknown = used.filter((name) => !PLACEHOLDERS.has(name));
  const named = CITATION_FORMATS.find((name) => name === format.toLowerCase());
  const help = `use ${CITATION_FORMATS.join(', ')}, or a template with ${TEMPLATE_PLACEHOLDERS.map((name) => `\${${name}}`).join(', ')}`;
  let error: string | undefined;
  if (unknown.length) error = `'${format}' uses unknown placeholder${unknown.length === 1 ? '' : 's'} ${unknown.map((name) => `\${${name}}`).join(', ')}: ${help}`;
  else if (used.length === 0) error = `'${format}' is not a citation format${named ? ` (did you mean '${named}'?)` : ''}: ${help}`;
  return error ? { format: DEFAULT_CITATION_FORMAT, error: `paperNotes.citationFormat ${error}. Using '${DEFAULT_CITATION_FORMAT}' meanwhile.` } : { format };
}
