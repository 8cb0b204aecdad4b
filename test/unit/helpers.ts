/** Shared test helpers: the real listing pages and the catalogue built from them. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildCatalogue, type CatalogueBuild, type SourcePage } from '../../src/core/catalogue';
import type { Paper } from '../../src/core/paper';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
/** A fresh folder under the system's temporary folder, removed when the test process exits. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `paper-notes-${prefix}-`));
  if (tempDirs.length === 0) process.once('exit', () => tempDirs.forEach((made) => fs.rmSync(made, { recursive: true, force: true })));
  tempDirs.push(dir);
  return dir;
}
const tempDirs: string[] = [];

export const PAGES_DIR = path.join(ROOT, 'data', 'pages');

export function realPages(): SourcePage[] {
  return fs.readdirSync(PAGES_DIR).filter((file) => file.endsWith('.txt')).sort()
    .map((file) => ({ name: file.replace(/\.txt$/, ''), text: fs.readFileSync(path.join(PAGES_DIR, file), 'utf8') }));
}

let cached: CatalogueBuild | undefined;
export function realCatalogue(): CatalogueBuild {
  return (cached ??= buildCatalogue(realPages()));
}

export function paperByTitle(title: string): Paper {
  const paper = realCatalogue().papers.find((candidate) => candidate.title === title);
  if (!paper) throw new Error(`no paper titled ${title}`);
  return paper;
}

/** A minimal paper for tests that need one. */
export function makePaper(fields: Partial<Paper> = {}): Paper {
  const title = fields.title ?? 'A Test Paper';
  return {
    key: 'testpaper2024', title, cleanTitle: fields.cleanTitle ?? title, abstract: 'An abstract.', cleanAbstract: 'An abstract.',
    year: 2024, date: '2024-01-02', authorsCount: 2, upvotes: 0, codeUrl: null, links: [], pages: ['p'], summary: null,
    ...fields,
  };
}
