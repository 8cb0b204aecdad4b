/**
 * Filters inside a search query: `year:2023`, `year:>=2022`, `year:2021..2023`,
 * `has:code`, `kind:method`, `family:ssm`, `modality:vision`, `sort:newest`.
 * Unknown filters and bad values are explained, never silently ignored. Pure.
 */
import type { Paper } from './paper';
import { FAMILIES, KINDS, MODALITIES } from './summarize';

export type SortOrder = 'relevance' | 'newest' | 'upvotes';
export const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'newest', 'upvotes'];

export interface ParsedQuery {
  /** The words left after the filters were taken out. */
  text: string;
  filters: ((paper: Paper) => boolean)[];
  /** What the filters say, for display: "year ≥ 2022", "has code". */
  descriptions: string[];
  sort?: SortOrder;
  /** Problems with the query, each a sentence for the user. */
  errors: string[];
}

const FILTER_NAMES = ['year', 'has', 'kind', 'family', 'modality', 'sort', 'in', 'author'];
const FILTER_HELP = 'filters: year:2023, year:>=2022, year:2021..2023, has:code, kind:, family:, modality:, sort:relevance|newest|upvotes, in:library|catalogue|<file name>, author:<name>';

function yearFilter(value: string): { test: (year: number) => boolean; description: string } | string {
  let match = /^(\d{4})$/.exec(value);
  if (match) return { test: (year) => year === Number(match![1]), description: `year ${match[1]}` };
  match = /^(\d{4})\.\.(\d{4})$/.exec(value);
  if (match) {
    const [from, to] = [Number(match[1]), Number(match[2])].sort((a, b) => a - b);
    return { test: (year) => year >= from && year <= to, description: `year ${from}–${to}` };
  }
  match = /^(>=|<=|>|<)(\d{4})$/.exec(value);
  if (match) {
    const bound = Number(match[2]);
    const op = match[1];
    const test = op === '>=' ? (y: number) => y >= bound : op === '<=' ? (y: number) => y <= bound : op === '>' ? (y: number) => y > bound : (y: number) => y < bound;
    return { test, description: `year ${op.replace('>=', '≥').replace('<=', '≤')} ${bound}` };
  }
  return `year:${value} is not a year; try year:2023, year:>=2022 or year:2021..2023`;
}

function oneOf(name: string, value: string, allowed: readonly string[]): string | null {
  return allowed.includes(value) ? null : `${name}:${value} is not a ${name}; use one of ${allowed.join(', ')}`;
}

/** Lowercase, without accents: `Schölkopf` and `scholkopf` are one name. */
function foldName(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** `in:library`, `in:catalogue`, or a library file's name (`in:refs.bib`, `in:refs`). */
function sourceFilter(value: string): (paper: Paper) => boolean {
  if (value === 'library') return (paper) => paper.library !== undefined;
  if (value === 'catalogue' || value === 'catalog') return (paper) => paper.library === undefined;
  return (paper) => {
    if (!paper.library) return false;
    const name = paper.library.file.replace(/^.*[\\/]/, '').toLowerCase();
    return name === value || name.replace(/\.[^.]*$/, '') === value;
  };
}

export function parseQuery(query: string): ParsedQuery {
  const parsed: ParsedQuery = { text: '', filters: [], descriptions: [], errors: [] };
  const words: string[] = [];
  for (const word of query.trim().split(/\s+/).filter(Boolean)) {
    const match = /^([a-z]+):(.*)$/i.exec(word);
    if (!match || /^https?$/i.test(match[1])) {
      words.push(word);
      continue;
    }
    const name = match[1].toLowerCase();
    const value = match[2].toLowerCase();
    // "components:" in pasted prose is a word and its punctuation; "year:" is a filter being typed.
    if (!value && !FILTER_NAMES.includes(name)) {
      words.push(match[1]);
      continue;
    }
    if (!FILTER_NAMES.includes(name)) {
      parsed.errors.push(`unknown filter '${name}:' (${FILTER_HELP})`);
      continue;
    }
    if (!value) {
      parsed.errors.push(`${name}: needs a value (${FILTER_HELP})`);
      continue;
    }
    switch (name) {
      case 'year': {
        const filter = yearFilter(value);
        if (typeof filter === 'string') parsed.errors.push(filter);
        else {
          parsed.filters.push((paper) => paper.year !== null && filter.test(paper.year));
          parsed.descriptions.push(filter.description);
        }
        break;
      }
      case 'has':
        if (value === 'code') {
          parsed.filters.push((paper) => paper.codeUrl !== null);
          parsed.descriptions.push('has code');
        } else parsed.errors.push(`has:${value} is not known; use has:code`);
        break;
      case 'kind': case 'family': case 'modality': {
        const allowed = name === 'kind' ? KINDS : name === 'family' ? FAMILIES : MODALITIES;
        const error = oneOf(name, value, allowed);
        if (error) {
          parsed.errors.push(error);
          break;
        }
        if (name === 'kind') parsed.filters.push((paper) => paper.summary?.kind === value);
        if (name === 'family') parsed.filters.push((paper) => paper.summary?.family.includes(value) ?? false);
        if (name === 'modality') parsed.filters.push((paper) => paper.summary?.modalities.includes(value) ?? false);
        parsed.descriptions.push(`${name} ${value}`);
        break;
      }
      case 'in':
        parsed.filters.push(sourceFilter(value));
        parsed.descriptions.push(value === 'library' ? 'in your libraries' : value === 'catalogue' ? 'in the catalogue' : `in ${value}`);
        break;
      case 'author': {
        const wanted = foldName(value);
        parsed.filters.push((paper) => (paper.library?.authors ?? []).some((author) => foldName(author).split(/[\s,.-]+/).some((part) => part.startsWith(wanted))));
        parsed.descriptions.push(`author ${value}`);
        break;
      }
      case 'sort': {
        const error = oneOf(name, value, SORT_ORDERS);
        if (error) parsed.errors.push(error);
        else parsed.sort = value as SortOrder;
        break;
      }
    }
  }
  parsed.text = words.join(' ');
  return parsed;
}
