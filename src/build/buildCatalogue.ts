/**
 * Build step (Node): reads data/pages/*.txt, builds the catalogue with the
 * pure core and writes dist/catalogue.json. A malformed entry fails the build
 * with its page and line.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildCatalogue, type SourcePage } from '../core/catalogue';

export function readPages(dir: string): SourcePage[] {
  return fs.readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ name: file.replace(/\.txt$/, ''), text: fs.readFileSync(path.join(dir, file), 'utf8') }));
}

export function writeCatalogue(pagesDir: string, outFile: string, log: (line: string) => void = console.log): number {
  const { papers, errors, entryCount } = buildCatalogue(readPages(pagesDir));
  const undated = papers.filter((paper) => paper.date === null).length;
  if (undated) log(`catalogue: ${undated} listing${undated === 1 ? ' has' : 's have'} no date; ${undated === 1 ? 'it is' : 'they are'} kept, cited as n.d.`);
  if (errors.length > 0) {
    const lines = errors.map((error) => `  ${path.join(pagesDir, error.page)}.txt:${error.line}: ${error.reason}`);
    throw new Error(`the catalogue pages have ${errors.length} malformed entr${errors.length === 1 ? 'y' : 'ies'}:\n${lines.join('\n')}`);
  }
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify({ generatedFrom: 'data/pages', entryCount, papers }));
  return papers.length;
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..');
  const [pagesDir = path.join(root, 'data', 'pages'), outFile = path.join(root, 'dist', 'catalogue.json')] = process.argv.slice(2);
  try {
    const count = writeCatalogue(pagesDir, outFile);
    console.log(`catalogue: ${count} papers -> ${path.relative(process.cwd(), outFile)}`);
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    process.exit(1);
  }
}
