/**
 * The Markdown preview's time on notes of 200, 2,000 and 4,000 citations:
 * markdown-it alone (the baseline), the plugin with each non-CSL label, and
 * the CSL label (APA and a numeric style) both when the note's citations
 * changed (formatted again) and when only its prose did (formatted citations
 * kept). Medians of several renders, after a warm-up.
 */
import * as fs from 'node:fs';
import MarkdownIt from 'markdown-it';
import { CitationStyles } from '../src/core/csl/citationStyles';
import type { Paper } from '../src/core/paper';
import { type CitationLabel, createPaperNotesPlugin } from '../src/markdown/paperNotesPlugin';
import { catalogue, fmt } from './common';

const RUNS = 15;

/** A note of `paragraphs` paragraphs with `perParagraph` citations each, in every shape Pandoc has. */
function note(paragraphs: number, perParagraph: number, edit = ''): string {
  const papers = catalogue();
  const out: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const key = (n: number): string => papers[(i * perParagraph + n) % papers.length].key;
    const sentences = papers[i % papers.length].cleanAbstract.split(/(?<=\.) /).slice(0, 3);
    const cites = [`[@${key(0)}, p. ${i + 1}]`, `@${key(1)} [sec. 2]`, `[see @${key(2)}; -@${key(3)}]`, `[@${key(4)}]`].slice(0, perParagraph);
    out.push(`${sentences[0]} ${cites.join(' and ')}. ${sentences.slice(1).join(' ')}${i === 0 ? edit : ''}\n`);
  }
  return out.join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

/** Median render time in ms; `text(run)` may change the note between runs. */
function time(md: MarkdownIt, text: (run: number) => string): number {
  md.render(text(-1));
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const input = text(run);
    const start = performance.now();
    md.render(input);
    times.push(performance.now() - start);
  }
  return median(times);
}

export function benchPreview(): void {
  const papers = new Map<string, Paper>(catalogue().map((paper) => [paper.key, paper]));
  const styles = new CitationStyles({
    readStyle: (file) => (fs.existsSync(file) ? { version: file, read: () => fs.readFileSync(file, 'utf8') } : `${file} is not installed`),
    settings: () => ({}),
    report: (message) => console.log(`  (style problem: ${message})`),
  });
  const plugin = (label: CitationLabel, style?: string) => new MarkdownIt({ html: true, linkify: true }).use(createPaperNotesPlugin({
    lookup: (key) => papers.get(key),
    keys: () => papers.keys(),
    settings: () => ({ citationLabel: label, references: true }),
    citationStyle: () => styles.formatter({ csl: style }),
  }));
  const plain = new MarkdownIt({ html: true, linkify: true });
  const shapes: [string, number, number][] = [['200 citations (50 paragraphs)', 50, 4], ['2,000 citations (500 paragraphs)', 500, 4], ['4,000 citations (2,000 paragraphs)', 2000, 2]];
  console.log('\nPreview render time, median of 15 (baseline: markdown-it alone on the same note)');
  console.log('  CSL columns: "prose" = a keystroke outside citations (formatted citations kept); "locator" = one citation\'s locator changed;');
  console.log('  "new cite" = the cited papers changed (items registered and the bibliography made again); "note style" = Chicago notes');
  console.log('  (Debian\'s chicago-fullnote-bibliography.csl), where each citation depends on those before it (citeproc-js processes them in order).');
  console.log(`  ${'note'.padEnd(36)} ${'alone'.padStart(8)} ${'key'.padStart(14)} ${'number'.padStart(14)} ${'nameYear'.padStart(14)} ${'apa prose'.padStart(14)} ${'apa locator'.padStart(15)} ${'apa new cite'.padStart(16)} ${'vancouver loc.'.padStart(15)} ${'note style'.padStart(16)}`);
  let worstNonCsl = 0;
  for (const [name, paragraphs, per] of shapes) {
    // A keystroke in the prose: the citations stay the same.
    const typed = (run: number): string => note(paragraphs, per, ` typed${run}`);
    // A change to a citation: formatted again.
    const cited = (run: number): string => note(paragraphs, per).replace('p. 1]', `p. ${run + 100}]`);
    const alone = time(plain, typed);
    const cells: string[] = [];
    for (const label of ['key', 'number', 'nameYear'] as const) {
      const ms = time(plugin(label), typed);
      worstNonCsl = Math.max(worstNonCsl, ms / alone);
      cells.push(`${fmt(ms, 1)} ms ${fmt(ms / alone, 2)}x`.padStart(14));
    }
    // A citation of another paper at the start in each run: the cited papers' order changes.
    const added = (run: number): string => `New [@${catalogue()[Math.abs(run) % 50].key}].\n\n${note(paragraphs, per)}`;
    const apa = plugin('csl');
    const prose = time(apa, typed);
    const changed = time(apa, cited);
    const fresh = time(apa, added);
    const vancouver = time(plugin('csl', 'vancouver'), cited);
    const chicagoFile = '/usr/share/citation-style-language/styles/chicago-fullnote-bibliography.csl';
    const noteStyle = fs.existsSync(chicagoFile) ? time(plugin('csl', chicagoFile), cited) : NaN;
    const cell = (ms: number, width: number): string => (Number.isNaN(ms) ? 'n/a' : `${fmt(ms, 1)} ms ${fmt(ms / alone, 1)}x`).padStart(width);
    console.log(`  ${name.padEnd(36)} ${`${fmt(alone, 1)} ms`.padStart(8)} ${cells.join(' ')} ${cell(prose, 14)} ${cell(changed, 15)} ${cell(fresh, 16)} ${cell(vancouver, 15)} ${cell(noteStyle, 16)}`);
  }
  console.log(`  the plugin without CSL, worst: ${fmt(worstNonCsl, 2)}x markdown-it alone (target <= 1.5x)`);
}
