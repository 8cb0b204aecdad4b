/** Searching the catalogue with fuse.js. Pure. */
import Fuse from 'fuse.js';
import type { Paper } from './paper';

export interface SearchHit {
  paper: Paper;
  /** 0 is a perfect match, 1 no match at all (fuse.js's scale). */
  score: number;
}

export interface SearchOptions {
  limit?: number;
}

/** A search index over key, title, short name and abstract; title and name outrank the abstract. */
export class PaperIndex {
  private readonly fuse: Fuse<Paper>;

  constructor(readonly papers: readonly Paper[]) {
    this.fuse = new Fuse(papers, {
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.4,
      keys: [
        { name: 'title', weight: 3 },
        { name: 'key', weight: 2 },
        { name: 'summary.name', weight: 2 },
        { name: 'cleanAbstract', weight: 1 },
      ],
    });
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = options.limit ?? 20;
    const text = query.trim();
    if (!text) return this.papers.slice(0, limit).map((paper) => ({ paper, score: 0 }));
    return this.fuse.search(text, { limit }).map((result) => ({ paper: result.item, score: result.score ?? 0 }));
  }
}
