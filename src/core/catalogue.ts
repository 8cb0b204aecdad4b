/** Building the catalogue from listing pages, and looking papers up. Pure. */
import { assignKeys } from './citationKey';
import { cleanText } from './cleanText';
import { codeUrlFrom, extractLinks } from './links';
import type { Paper } from './paper';
import { summarize } from './summarize';
import { type PageEntry, PageParseError, parsePage } from './parsePages';

export interface SourcePage {
  name: string;
  text: string;
}

export interface CatalogueBuild {
  papers: Paper[];
  entryCount: number;
  errors: PageParseError[];
}

/**
 * The same paper listed again (on another page, or twice): same title,
 * abstract and date. Papers that only share a title stay apart.
 */
function listingIdentity(entry: PageEntry): string {
  return JSON.stringify([entry.title, entry.abstract, entry.date]);
}

/** Parses every page, merges repeats of the same paper and assigns keys. Papers are newest first. */
export function buildCatalogue(pages: readonly SourcePage[]): CatalogueBuild {
  const errors: PageParseError[] = [];
  const repeats = new Map<string, PageEntry[]>();
  let entryCount = 0;
  for (const page of pages) {
    const result = parsePage(page.text, page.name);
    errors.push(...result.errors);
    for (const entry of result.entries) {
      entryCount++;
      const identity = listingIdentity(entry);
      const group = repeats.get(identity);
      if (group) group.push(entry);
      else repeats.set(identity, [entry]);
    }
  }
  const merged = [...repeats.values()].map(mergeEntries);
  const keys = assignKeys(merged);
  const papers = merged.map((paper) => ({ ...paper, key: keys.get(paper)! }));
  papers.sort(newestFirst);
  return { papers, entryCount, errors };
}

/** What `localeCompare` does, made once: a sort of 100,000 papers compares about two million times. */
const collator = new Intl.Collator();

/** Default order of lists: newest first (undated last), then by title. */
export function newestFirst(a: Paper, b: Paper): number {
  return collator.compare(b.date ?? '', a.date ?? '') || collator.compare(a.title, b.title);
}

function mergeEntries(entries: PageEntry[]): Paper {
  const first = entries[0];
  const links = extractLinks(first.abstract);
  const cleanAbstract = cleanText(first.abstract);
  const codeUrl = codeUrlFrom(links);
  // Repeats agree on title, abstract and date; counts take the highest any page gives.
  return {
    key: '',
    title: first.title,
    cleanTitle: cleanText(first.title),
    abstract: first.abstract,
    cleanAbstract,
    year: first.year,
    date: first.date,
    authorsCount: first.authorsCount === null ? null : Math.max(...entries.map((entry) => entry.authorsCount ?? 0)),
    upvotes: Math.max(...entries.map((entry) => entry.upvotes)),
    codeUrl,
    links,
    pages: [...new Set(entries.map((entry) => entry.page))].sort(),
    // Summaries are read out of the abstract once, at build time.
    summary: summarize({ title: first.title, abstract: cleanAbstract }),
  };
}

/** Read access to the papers by key. */
export class Catalogue {
  private readonly byKey: Map<string, Paper>;

  constructor(readonly papers: readonly Paper[]) {
    this.byKey = new Map(papers.map((paper) => [paper.key, paper]));
  }

  get(key: string): Paper | undefined {
    return this.byKey.get(key);
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  get keys(): string[] {
    return [...this.byKey.keys()];
  }
}

/** The file the build writes (dist/catalogue.json). */
export interface CatalogueFile {
  generatedFrom: string;
  entryCount: number;
  papers: Paper[];
}

/** Reads the generated catalogue file's text. */
export function catalogueFromJson(text: string): Catalogue {
  const file = JSON.parse(text) as CatalogueFile;
  if (!Array.isArray(file.papers)) throw new Error('catalogue file has no papers array');
  return new Catalogue(file.papers);
}
