/**
 * Reading a user's .bib file just enough to merge into it safely: where each
 * entry starts and ends, its key, and whether Paper Notes wrote it. Text
 * between and inside entries is never re-serialised, so the user's own
 * entries stay byte for byte. Pure.
 */
import { GENERATED_NOTE, toBibtex } from './bibtex';
import type { Paper } from './paper';

export interface BibEntrySpan {
  type: string;
  key: string;
  /** Offsets [start, end) of the whole entry, from '@' to its closing brace. */
  start: number;
  end: number;
  /** Written by Paper Notes (its keywords field carries the marker). */
  ours: boolean;
}

export class BibParseError extends Error {
  constructor(readonly line: number, readonly column: number, readonly reason: string) {
    super(`line ${line}, column ${column}: ${reason}`);
    this.name = 'BibParseError';
  }
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Finds every entry; throws BibParseError (with line and column) on a malformed one. */
export function parseBibEntries(text: string): BibEntrySpan[] {
  const entries: BibEntrySpan[] = [];
  let i = 0;
  const fail = (offset: number, reason: string): never => {
    const { line, column } = position(text, offset);
    throw new BibParseError(line, column, reason);
  };
  while (i < text.length) {
    const at = text.indexOf('@', i);
    if (at === -1) break;
    // A '%' line is a comment for biber and Pandoc: an address in it is no entry.
    const lineStart = text.lastIndexOf('\n', at) + 1;
    if (/^\s*%/.test(text.slice(lineStart, at + 1))) {
      i = at + 1;
      continue;
    }
    // Outside entries BibTeX ignores text; '@' starts an entry.
    const head = /^@\s*([A-Za-z]+)\s*([{(])/.exec(text.slice(at));
    if (!head) fail(at, "expected an entry type and '{' after '@'");
    const type = head![1].toLowerCase();
    const open = head![2];
    const close = open === '{' ? '}' : ')';
    let depth = 1;
    let j = at + head![0].length;
    const bodyStart = j;
    let inQuote = false;
    for (; j < text.length && depth > 0; j++) {
      const ch = text[j];
      if (ch === '\\') {
        j++;
        continue;
      }
      if (ch === '"' && depth === 1 && open === '{') inQuote = !inQuote;
      else if (ch === '{') depth++;
      else if (ch === '}' || (ch === close && !inQuote)) depth--;
    }
    if (depth !== 0) fail(at, `entry is not closed: a '${close}' is missing`);
    const end = j;
    const body = text.slice(bodyStart, end - 1);
    if (type === 'comment' || type === 'preamble' || type === 'string') {
      i = end;
      continue;
    }
    const keyMatch = /^\s*([^,\s{}()]+)\s*,/.exec(body);
    if (!keyMatch) fail(bodyStart, `@${type} entry has no citation key followed by ','`);
    entries.push({
      type, key: keyMatch![1], start: at, end,
      ours: new RegExp(`keywords\\s*=\\s*[{"]${GENERATED_NOTE}[}"]`).test(body),
    });
    i = end;
  }
  return entries;
}

export interface BibMergeResult {
  text: string;
  added: string[];
  updated: string[];
  /** Cited keys the user already has an entry for (left as the user wrote it). */
  keptUsers: string[];
  unchanged: boolean;
}

/**
 * Merges BibTeX for `papers` into an existing file's text: Paper Notes'
 * own entries are replaced by fresh ones, the user's entries and all other
 * text are kept exactly, new entries are appended. Nothing is removed.
 */
export function mergeBibliography(existing: string, papers: readonly Paper[]): BibMergeResult {
  const entries = parseBibEntries(existing);
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  const added: string[] = [];
  const updated: string[] = [];
  const keptUsers: string[] = [];
  const replacements: { start: number; end: number; text: string }[] = [];
  const appended: string[] = [];
  for (const paper of papers) {
    const entry = byKey.get(paper.key);
    const fresh = toBibtex(paper).trimEnd();
    if (!entry) {
      appended.push(fresh);
      added.push(paper.key);
    } else if (entry.ours) {
      if (existing.slice(entry.start, entry.end) !== fresh) {
        replacements.push({ start: entry.start, end: entry.end, text: fresh });
        updated.push(paper.key);
      }
    } else {
      keptUsers.push(paper.key);
    }
  }
  let text = existing;
  for (const replacement of replacements.sort((a, b) => b.start - a.start)) {
    text = text.slice(0, replacement.start) + replacement.text + text.slice(replacement.end);
  }
  if (appended.length) {
    const separator = text.length === 0 ? '' : text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    text += `${separator}${appended.join('\n\n')}\n`;
  }
  return { text, added, updated, keptUsers, unchanged: text === existing };
}
