/**
 * One entry model for every library format: a CSL-JSON item (the exchange
 * form, what a CSL processor formats) plus what the features show (plain
 * title, "Family, Given" authors, year, venue, DOI, URL, abstract) and where
 * the entry stands in its file. Pure.
 */
import { decodeEntities } from '../escape';

export interface LibraryEntry {
  key: string;
  /** CSL type: 'article-journal', 'paper-conference', 'book', ... */
  type: string;
  /** Plain Unicode text: TeX converted, markup removed. */
  title: string;
  /** "Family, Given" (particles kept in the family part), or a literal name. */
  authors: string[];
  year: number | null;
  /** ISO date as far as it is known (`2017`, `2017-06`, `2017-06-12`), or null. */
  date: string | null;
  venue: string | null;
  doi: string | null;
  url: string | null;
  abstract: string;
  file: string;
  /** 1-based, where the entry starts. */
  line: number;
  column: number;
  /** The entry's own text in a BibTeX file; null for CSL files. */
  bibtex: string | null;
  csl: Record<string, unknown>;
  /** For a BibTeX entry, the item as Pandoc formats it (see bibtexLibrary's forStyles); `csl` otherwise. */
  cslForStyles?: Record<string, unknown>;
}

export interface LibraryError {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** CSL's rich text (`<i>`, `<b>`, `<span class="nocase">`) as plain text. */
export function plainText(value: unknown): string {
  if (typeof value !== 'string') return typeof value === 'number' ? String(value) : '';
  return value
    .replace(/<\/?(?:i|b|sup|sub|sc|span)(?:\s[^<>]*)?>/gi, '')
    .replace(/&[#a-z0-9]+;/gi, decodeEntities)
    // What citation.js writes where an accent lacked its letter.
    .replace(/undefined(?=[\u0300-\u036f])/g, '')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface CslName {
  family?: unknown;
  given?: unknown;
  literal?: unknown;
  'non-dropping-particle'?: unknown;
  'dropping-particle'?: unknown;
  suffix?: unknown;
}

export function nameText(name: CslName): string {
  if (typeof name.literal === 'string') return plainText(name.literal);
  const family = [name['non-dropping-particle'], name.family].map(plainText).filter(Boolean).join(' ');
  const given = [name.given, name['dropping-particle']].map(plainText).filter(Boolean).join(' ');
  const suffix = plainText(name.suffix);
  return [family, suffix, given].filter(Boolean).join(', ');
}

/** The CSL date's parts as an ISO-like string, and its year. */
export function dateOf(value: unknown): { date: string | null; year: number | null } {
  if (!value || typeof value !== 'object') return { date: null, year: null };
  const date = value as { 'date-parts'?: unknown; raw?: unknown; literal?: unknown };
  const parts = Array.isArray(date['date-parts']) ? date['date-parts'][0] : null;
  if (Array.isArray(parts) && parts.length && Number.isFinite(Number(parts[0])) && String(parts[0]).trim() !== '') {
    const numbers = parts.slice(0, 3).map(Number);
    if (numbers.every((n) => Number.isInteger(n))) {
      const [year, month, day] = numbers;
      const pad = (n: number): string => String(n).padStart(2, '0');
      return { year, date: [String(year).padStart(4, '0'), ...(month ? [pad(month)] : []), ...(month && day ? [pad(day)] : [])].join('-') };
    }
  }
  for (const text of [date.raw, date.literal]) {
    const match = typeof text === 'string' ? /(?<!\d)(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(text) : null;
    if (match) return { year: Number(match[1]), date: match[0] };
  }
  return { date: null, year: null };
}

const firstString = (...values: unknown[]): string | null => {
  for (const value of values) {
    const text = plainText(Array.isArray(value) ? value[0] : value);
    if (text) return text;
  }
  return null;
};

/** A CSL item as a library entry; `key` is the item's id. */
export function entryFromCsl(csl: Record<string, unknown>, where: { file: string; line: number; column: number; bibtex: string | null }): LibraryEntry {
  const names = Array.isArray(csl.author) ? csl.author : Array.isArray(csl.editor) ? csl.editor : [];
  const { date, year } = dateOf(csl.issued);
  const doi = firstString(csl.DOI);
  return {
    key: String(csl.id),
    type: typeof csl.type === 'string' ? csl.type : 'document',
    title: plainText(csl.title),
    authors: names.filter((name): name is CslName => !!name && typeof name === 'object').map(nameText).filter(Boolean),
    year,
    date,
    venue: firstString(csl['container-title'], csl['collection-title'], csl['event-title'], csl.publisher),
    doi,
    url: firstString(csl.URL) ?? (doi ? `https://doi.org/${doi}` : null),
    abstract: plainText(csl.abstract),
    ...where,
    csl,
  };
}
