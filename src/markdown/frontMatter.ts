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

/** The library files the note names in `bibliography:`, as written (relative to the note's folder, or absolute). */
export function noteBibliographies(note: string): string[] {
  const text = frontMatterText(note);
  if (text === null || !/^bibliography\s*:/m.test(text)) return [];
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: 10 });
  } catch {
    return [];
  }
  if (!data || typeof data !== 'object') return [];
  const value = (data as { bibliography?: unknown }).bibliography;
  const files = Array.isArray(value) ? value : [value];
  return files.filter((file): file is string => typeof file === 'string' && file.trim() !== '').map((file) => file.trim());
}
