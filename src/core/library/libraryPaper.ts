/**
 * A library entry as a Paper, so every feature treats the user's entries and
 * the catalogue's papers alike. An entry with an abstract gets a summary from
 * the same summarizer as the catalogue; one without has none (the card says
 * so). Pure.
 */
import { cleanText } from '../cleanText';
import { codeUrlFrom, extractLinks } from '../links';
import type { Paper } from '../paper';
import { summarize } from '../summarize';
import type { LibraryEntry } from './cslItem';
import { storedCslItem } from '../csl/cslItems';

export function paperFromEntry(entry: LibraryEntry): Paper {
  const cleanAbstract = entry.abstract ? cleanText(entry.abstract) : '';
  const links = [...new Set([...(entry.url ? [entry.url] : []), ...extractLinks(entry.abstract)])];
  const title = entry.title || entry.key;
  return {
    key: entry.key,
    title,
    cleanTitle: title,
    // The raw abstract is the cleaned one for a library entry (its TeX is already converted): kept once.
    abstract: '',
    cleanAbstract,
    year: entry.year,
    date: entry.date,
    authorsCount: entry.authors.length || null,
    upvotes: 0,
    codeUrl: codeUrlFrom(links),
    links,
    pages: [],
    summary: cleanAbstract ? summarize({ title, abstract: cleanAbstract }) : null,
    library: {
      file: entry.file, line: entry.line, column: entry.column, type: entry.type, authors: entry.authors,
      venue: entry.venue, doi: entry.doi, url: entry.url, bibtex: entry.bibtex, csl: storedCslItem(entry.cslForStyles ?? entry.csl),
    },
  };
}
