/** Library entries as the extension host keeps them: shared strings and empty lists. Pure. */
import type { Paper } from '../paper';

/** One frozen empty list for every empty list of every entry: fewer objects for the host's garbage collector to walk. */
const NONE: never[] = Object.freeze([]) as unknown as never[];
const shared = new Map<string, string>();
/** One string object for values many entries repeat (types, dates, venues). */
function intern(value: string): string {
  let known = shared.get(value);
  if (known === undefined) {
    if (shared.size > 50_000) shared.clear();
    shared.set(value, value);
    known = value;
  }
  return known;
}

/**
 * Entries arrive as copies (structured clone): strings two fields share and
 * empty lists become separate objects. Sharing them again keeps the host's
 * heap, and its garbage collections, small.
 */
export function compactPaper(paper: Paper, file: string): void {
  if (paper.cleanTitle === paper.title) paper.cleanTitle = paper.title;
  if (!paper.links.length) paper.links = NONE;
  if (!paper.pages.length) paper.pages = NONE;
  if (paper.date) paper.date = intern(paper.date);
  const summary = paper.summary;
  if (summary) {
    if (!summary.family.length) summary.family = NONE;
    if (!summary.modalities.length) summary.modalities = NONE;
    if (!summary.tasks.length) summary.tasks = NONE;
    if (!summary.datasets.length) summary.datasets = NONE;
    if (!summary.results.length) summary.results = NONE;
    summary.kind = intern(summary.kind);
  }
  const library = paper.library;
  if (library) {
    library.file = file;
    library.type = intern(library.type);
    if (library.venue) library.venue = intern(library.venue);
    if (!library.authors.length) library.authors = NONE;
  }
}
