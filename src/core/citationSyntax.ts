/**
 * Pandoc citation syntax: the one parser every feature uses (completion,
 * hover, diagnostics, preview, bibliography). Pure.
 *
 *   [@key]  [@key, p. 33]  [see @a, ch. 1; also @b]  [-@key]  @key  @{key}
 *
 * Code spans, fenced and indented code blocks, e-mail addresses and escaped
 * `\@` are not citations.
 */

export interface CitationKeyRange {
  key: string;
  /** Offset of the `@` (or `-@`'s `-`) in the line. */
  start: number;
  /** Offset just after the key (after the closing brace for `@{key}`). */
  end: number;
  /** Offsets of the key itself. */
  keyStart: number;
  keyEnd: number;
  /** `-@key`: the author is suppressed. */
  suppressAuthor: boolean;
  /** The enclosing `[...]` group, when the key is in one. */
  group?: CitationGroup;
  /** Text after the key inside its group item (`, p. 33`), trimmed. */
  locator: string;
  /** Text before the key inside its group item (`see`), trimmed. */
  prefix: string;
}

export interface CitationGroup {
  /** Offset of `[`. */
  start: number;
  /** Offset just after `]`. */
  end: number;
}

/** Characters a key may contain inside (Pandoc allows internal punctuation). */
const KEY_BODY = /[\p{L}\p{N}_:.#$%&\-+?<>~/]/u;
const KEY_START = /[\p{L}\p{N}_]/u;
const TRAILING_PUNCTUATION = /[:.#$%&\-+?<>~/]+$/;

/** Offsets [start, end) of inline code spans in a line (backtick runs of equal length). */
export function codeSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  let i = 0;
  while (i < line.length) {
    if (line[i] === '\\') {
      i += 2;
      continue;
    }
    if (line[i] !== '`') {
      i++;
      continue;
    }
    let run = 0;
    while (line[i + run] === '`') run++;
    const fence = '`'.repeat(run);
    let close = line.indexOf(fence, i + run);
    while (close !== -1 && line[close + run] === '`') {
      let next = close;
      while (line[next] === '`') next++;
      close = line.indexOf(fence, next);
    }
    if (close === -1) {
      i += run;
      continue;
    }
    spans.push([i, close + run]);
    i = close + run;
  }
  return spans;
}

function inSpans(offset: number, spans: [number, number][]): boolean {
  return spans.some(([start, end]) => offset >= start && offset < end);
}

function isEscaped(line: string, offset: number): boolean {
  let backslashes = 0;
  for (let i = offset - 1; i >= 0 && line[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 1;
}

/** Reads a key at `at` (just after `@`); returns its text and end, or null. */
function readKey(line: string, at: number): { key: string; keyStart: number; keyEnd: number; end: number } | null {
  if (line[at] === '{') {
    const close = line.indexOf('}', at + 1);
    if (close <= at + 1 || /[{}\[\]@;]/.test(line.slice(at + 1, close))) return null;
    return { key: line.slice(at + 1, close), keyStart: at + 1, keyEnd: close, end: close + 1 };
  }
  if (!KEY_START.test(line[at] ?? '')) return null;
  let end = at + 1;
  while (end < line.length && KEY_BODY.test(line[end])) end++;
  const raw = line.slice(at, end);
  const key = raw.replace(TRAILING_PUNCTUATION, '');
  if (!key) return null;
  return { key, keyStart: at, keyEnd: at + key.length, end: at + key.length };
}

/** The `[...]` groups of a line that hold at least one `@`, outside code spans. */
function bracketGroups(line: string, spans: [number, number][]): CitationGroup[] {
  const groups: CitationGroup[] = [];
  const open: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (inSpans(i, spans) || isEscaped(line, i)) continue;
    if (line[i] === '[') open.push(i);
    else if (line[i] === ']' && open.length > 0) {
      const start = open.pop()!;
      // A link's text ([text](url) or [text][ref]) is not a citation group.
      if (line[i + 1] === '(' || line[i + 1] === '[') continue;
      if (line.slice(start, i).includes('@')) groups.push({ start, end: i + 1 });
    }
  }
  return groups;
}

/** Every citation key in one line, with exact ranges, left to right. */
export function findCitations(line: string): CitationKeyRange[] {
  const spans = codeSpans(line);
  const groups = bracketGroups(line, spans);
  const found: CitationKeyRange[] = [];
  for (let i = line.indexOf('@'); i !== -1; i = line.indexOf('@', i + 1)) {
    if (inSpans(i, spans) || isEscaped(line, i)) continue;
    const before = line[i - 1] ?? '';
    const suppressAuthor = before === '-' && !/[\p{L}\p{N}_]/u.test(line[i - 2] ?? '');
    // An e-mail address or a handle inside a word is not a citation.
    if (!suppressAuthor && /[\p{L}\p{N}_.+\-]/u.test(before)) continue;
    const read = readKey(line, i + 1);
    if (!read) continue;
    const start = suppressAuthor ? i - 1 : i;
    const group = innermostGroup(groups, start);
    const citation: CitationKeyRange = {
      key: read.key, start, end: read.end, keyStart: read.keyStart, keyEnd: read.keyEnd,
      suppressAuthor, locator: '', prefix: '',
    };
    if (group) {
      citation.group = group;
      const itemStart = Math.max(group.start + 1, line.lastIndexOf(';', start) + 1);
      const nextSemicolon = line.indexOf(';', read.end);
      const itemEnd = nextSemicolon !== -1 && nextSemicolon < group.end ? nextSemicolon : group.end - 1;
      citation.prefix = line.slice(itemStart, start).trim();
      citation.locator = line.slice(read.end, itemEnd).replace(/^\s*,/, '').trim();
    }
    found.push(citation);
    i = read.end - 1;
  }
  return found;
}

function innermostGroup(groups: CitationGroup[], offset: number): CitationGroup | undefined {
  let best: CitationGroup | undefined;
  for (const group of groups) {
    if (offset > group.start && offset < group.end && (!best || group.start > best.start)) best = group;
  }
  return best;
}

/** The citation whose `@key` covers `column` (a cursor just after the key counts), or undefined. */
export function citationAt(line: string, column: number): CitationKeyRange | undefined {
  return findCitations(line).find((citation) => column >= citation.start && column <= citation.end);
}

/** The citation group (`[...]` with citations) that contains `column`, or undefined. */
export function citationGroupAt(line: string, column: number): CitationGroup | undefined {
  const groups = findCitations(line).map((citation) => citation.group).filter((group): group is CitationGroup => !!group);
  return groups.find((group) => column > group.start && column < group.end);
}

/** Line numbers (0-based) that are inside fenced or indented code blocks. */
export function codeBlockLines(lines: readonly string[]): Set<number> {
  const code = new Set<number>();
  let fence: { char: string; length: number } | null = null;
  let previousBlank = true;
  let inParagraph = false;
  let inList = false;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (fence) {
      code.add(n);
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = null;
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open && !(open[1][0] === '`' && line.slice(open[0].length).includes('`'))) {
      fence = { char: open[1][0], length: open[1].length };
      code.add(n);
      inParagraph = false;
      continue;
    }
    const blank = line.trim() === '';
    const indented = /^( {4}|\t)/.test(line);
    if (!blank && indented && !inParagraph && !inList && (previousBlank || code.has(n - 1))) {
      code.add(n);
    } else if (!blank) {
      const listItem = /^\s*([-*+]|\d+[.)])\s/.test(line);
      if (listItem) inList = true;
      else if (!indented && previousBlank) inList = false;
      inParagraph = !listItem && !/^ {0,3}#/.test(line);
    } else {
      inParagraph = false;
    }
    previousBlank = blank;
  }
  return code;
}

export interface DocumentCitation extends CitationKeyRange {
  /** 0-based line number. */
  line: number;
}

/** Every citation in a Markdown document, outside code blocks. */
export function findCitationsInDocument(text: string): DocumentCitation[] {
  const lines = text.split(/\r?\n/);
  const code = codeBlockLines(lines);
  const found: DocumentCitation[] = [];
  lines.forEach((line, n) => {
    if (code.has(n)) return;
    for (const citation of findCitations(line)) found.push({ ...citation, line: n });
  });
  return found;
}
