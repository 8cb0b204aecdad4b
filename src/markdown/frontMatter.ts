/**
 * What a note's YAML front matter says about its citations, as Pandoc reads
 * it: `bibliography:` (one file or a list). Only the front matter block is
 * read, with the maintained `yaml` parser; a front matter that is not valid
 * YAML names no files. Pure.
 */
import { parse } from 'yaml';
import { frontMatterLines } from './noteCitations';

/** The front matter block's text, without its `---` lines, or null when the note has none. */
export function frontMatterText(note: string): string | null {
  if (!note.startsWith('---')) return null;
  // Only the first lines can be front matter: split just enough of the note.
  const lines = note.slice(0, 200_000).split(/\r\n|\n|\r/);
  const count = frontMatterLines(lines);
  return count ? lines.slice(1, count - 1).join('\n') : null;
}

/** The last front matter parsed: the library and the citation options read the same block on each keystroke, parsed once. */
let lastParsed: { text: string; data: unknown } = { text: '', data: null };

/** A front matter block's YAML as data (null when it is not YAML); the same text is parsed once. Callers only read it. */
export function parsedFrontMatter(text: string): unknown {
  if (lastParsed.text !== text) {
    let data: unknown;
    try {
      data = parse(text, { maxAliasCount: 10 });
    } catch {
      data = null;
    }
    lastParsed = { text, data };
  }
  return lastParsed.data;
}

/** The library files the note names in `bibliography:`, as written (relative to the note's folder, or absolute). */
export function noteBibliographies(note: string): string[] {
  const text = frontMatterText(note);
  if (text === null || !/^bibliography\s*:/m.test(text)) return [];
  const data = parsedFrontMatter(text);
  if (!data || typeof data !== 'object') return [];
  const value = (data as { bibliography?: unknown }).bibliography;
  const files = Array.isArray(value) ? value : [value];
  return files.filter((file): file is string => typeof file === 'string' && file.trim() !== '').map((file) => file.trim());
}

/** What a note's front matter says about how its citations print, as Pandoc reads it. */
export interface NoteCitationOptions {
  /** `csl:`: a style file (relative to the note's folder) or a bundled style's name. */
  csl?: string;
  /** `lang:`: the locale (`en-US`, `de-DE`). */
  lang?: string;
  /** Keys in `nocite:` (`*` for `@*`). */
  nocite: string[];
  linkCitations: boolean;
  /** `reference-section-title:`, as written. */
  referenceSectionTitle?: string;
  suppressBibliography: boolean;
}

const CITATION_FIELDS = /^(?:csl|citation-style|lang|nocite|link-citations|reference-section-title|suppress-bibliography)\s*:/m;

/** YAML's idea of true, and Pandoc's (`true`, `yes`, `on`). */
const isTrue = (value: unknown): boolean => value === true || (typeof value === 'string' && /^(?:true|yes|on)$/i.test(value.trim()));
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined);

/** The citation options of a front matter block's text (see `frontMatterText`); defaults when it has none or is not YAML. */
export function noteCitationOptions(frontMatter: string | null): NoteCitationOptions {
  const options: NoteCitationOptions = { nocite: [], linkCitations: false, suppressBibliography: false };
  if (frontMatter === null || !CITATION_FIELDS.test(frontMatter)) return options;
  const data = parsedFrontMatter(frontMatter);
  if (!data || typeof data !== 'object' || Array.isArray(data)) return options;
  const fields = data as Record<string, unknown>;
  options.csl = text(fields.csl) ?? text(fields['citation-style']);
  options.lang = text(fields.lang);
  const nocite = fields.nocite;
  const nociteText = Array.isArray(nocite) ? nocite.filter((item) => typeof item === 'string').join(' ') : typeof nocite === 'string' ? nocite : '';
  for (const match of nociteText.matchAll(/(?<![\w.])@(\*|\{[^{}\s]+\}|[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)/gu)) {
    options.nocite.push(match[1].replace(/^\{|\}$/g, '').replace(/[:.#$%&+?<>~/-]+$/, ''));
  }
  options.linkCitations = isTrue(fields['link-citations']);
  options.referenceSectionTitle = text(fields['reference-section-title']);
  options.suppressBibliography = isTrue(fields['suppress-bibliography']);
  return options;
}
