/** A replacement of a range of text, as the pure core hands edits to its hosts. Pure. */

export interface TextEdit {
  /** Offsets [start, end) to replace. */
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits given in order of their offsets. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}
