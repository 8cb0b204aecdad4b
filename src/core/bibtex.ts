/**
 * BibTeX for catalogue papers, accepted by BibTeX, biblatex and Pandoc's
 * citeproc. The pages give no author names, so none are invented: entries are
 * `@misc` with title, year, date, the code link as `url`, and the abstract. Pure.
 */
import type { Paper } from './paper';

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\textasciitilde{}',
};

/** Escapes LaTeX's special characters; non-ASCII (Δ, ×, é) is kept as UTF-8. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (ch) => SPECIAL[ch]);
}

/** A URL inside a BibTeX field: only braces and spaces would break it. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\s]/g, (ch) => encodeURIComponent(ch));
}

/** Marks an entry as written by Paper Notes, so a bibliography update can recognise its own entries. */
export const GENERATED_NOTE = 'Paper Notes catalogue';

export function toBibtex(paper: Paper): string {
  const fields: [string, string][] = [
    // Double braces keep the title's capitalisation (ViT, DETR) in every style.
    ['title', `{${escapeBibtex(paper.cleanTitle)}}`],
    ['year', String(paper.year)],
    ['date', paper.date],
  ];
  if (paper.codeUrl) fields.push(['url', bibtexUrl(paper.codeUrl)]);
  fields.push(['note', `${paper.authorsCount} author${paper.authorsCount === 1 ? '' : 's'} (names not listed)`]);
  fields.push(['abstract', escapeBibtex(paper.cleanAbstract)]);
  fields.push(['keywords', GENERATED_NOTE]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{${paper.key},\n${body}\n}\n`;
}

export function toBibtexFile(papers: readonly Paper[]): string {
  return papers.map(toBibtex).join('\n');
}
