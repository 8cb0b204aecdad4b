/** The Paper model shared by every layer. Pure types, no runtime. */

/** What the summarizer reads out of an abstract (filled in by `summarize`). */
export interface Summary {
  kind: string;
  name: string | null;
  family: string[];
  modalities: string[];
  tasks: string[];
  datasets: string[];
  results: { value: string; metric: string; dataset?: string }[];
  complexity: string | null;
}

export interface Paper {
  /** Citation key, `^[a-z][a-z0-9]*$`, unique in the catalogue. */
  key: string;
  /** Title exactly as on the listing page. */
  title: string;
  /** Title with LaTeX debris cleaned for display (`$Δ$-DiT` → `Δ-DiT`). */
  cleanTitle: string;
  /** Abstract exactly as on the listing page. */
  abstract: string;
  /** Abstract cleaned for display (`16times16` → `16×16`, `\%` → `%`, ...). */
  cleanAbstract: string;
  /** Null for an undated listing (Pandoc and CSL print "n.d."). */
  year: number | null;
  /** ISO date, `YYYY-MM-DD`, or null for an undated listing. */
  date: string | null;
  /** The pages give only a count of authors, never their names; null when a listing gives none. */
  authorsCount: number | null;
  /** Highest upvote count among the pages that list the paper; 0 when absent. */
  upvotes: number;
  /** First link in the abstract to github.com, gitee.com or gitlab.com. */
  codeUrl: string | null;
  /** Every URL in the abstract, trailing punctuation removed. */
  links: string[];
  /** Names of the source pages that list the paper. */
  pages: string[];
  summary: Summary | null;
  /** Set for an entry of the user's own library (absent for catalogue papers). */
  library?: LibrarySource;
}

/** Where a library entry comes from, and what the library says that the catalogue does not. */
export interface LibrarySource {
  /** The library file (a path or URI string, as the loader was given it). */
  file: string;
  /** 1-based line and column where the entry starts in that file. */
  line: number;
  column: number;
  /** CSL type: `article-journal`, `paper-conference`, `book`, ... */
  type: string;
  /** "Family, Given", particles in the family part; a literal name as it stands. */
  authors: string[];
  /** Journal, proceedings or publisher. */
  venue: string | null;
  doi: string | null;
  url: string | null;
  /** The entry's own text in a BibTeX file (what Copy BibTeX copies); null for CSL files, and where it is kept elsewhere (see hasBibtex). */
  bibtex: string | null;
  /** The entry's CSL-JSON item as JSON text, without its abstract (what citation styles format). */
  csl?: string;
  /** True when the entry has its own BibTeX text but it is not held here (the extension host asks the library worker for it). */
  hasBibtex?: boolean;
  /** True when the entry has a CSL item but it is not held here (the extension host asks the library worker for it). */
  hasCsl?: boolean;
  /** True when the entry has an abstract but it is not held here (cleanAbstract is empty on the extension host until asked for). */
  hasAbstract?: boolean;
}
