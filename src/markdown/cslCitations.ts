/**
 * The `csl` citation label: citations and the bibliography as Pandoc prints
 * them with `--citeproc`, in the note's CSL style. Pure: the host gives the
 * formatter for a note (its style and locale) and each key's paper.
 *
 * - `[see @a, p. 33; -@b]` is one citation (a cluster); a bare `@a`, maybe
 *   with a `[p. 33]` after it, is an author-in-text citation.
 * - Front matter, as Pandoc reads it: `csl`, `lang`, `nocite` (`@*` too),
 *   `link-citations`, `reference-section-title`, `suppress-bibliography`.
 * - The bibliography goes where the note has a `::: {#refs}` div, else at the
 *   end; a note style's citations become footnotes at the very end.
 * - The HTML is Pandoc's: `<span class="citation" data-cites="a b">`, entries
 *   `<div id="ref-KEY" class="csl-entry">` in `<div id="refs" class="references csl-bib-body">`.
 *
 * A note's formatting is kept for as long as its citations, options, style
 * and libraries stay the same, so typing prose does not format again.
 */
import type MarkdownIt from 'markdown-it';
import type { CitationList } from '../core/citationSyntax';
import type { CiteItem, Cluster, CslFormatter, FormattedNote } from '../core/csl/cslFormatter';
import { cslItemFor } from '../core/csl/cslItems';
import { escapeHtml } from '../core/escape';
import type { Paper } from '../core/paper';
import { forEachCitationToken } from './citationTokens';
import type { NoteCitationOptions } from './frontMatter';

type StateCore = MarkdownIt.StateCore;
type StateInline = MarkdownIt.StateInline;
type StateBlock = MarkdownIt.StateBlock;
type Token = MarkdownIt.Token;

export const CLUSTER_TOKEN = 'paper_notes_csl_citation';
export const REFS_TOKEN = 'paper_notes_csl_refs';

/** What a citation token carries from parsing to rendering. */
export interface ClusterMeta {
  cluster: Cluster;
  /** The citation as written, for unknown keys and for citations inside links. */
  source: string;
  /** Offsets of each key in `source` (start, end pairs), to show unknown keys as written. */
  keyRanges: number[];
  /** Filled after formatting. */
  html?: string;
}

/** What the plugin needs from its host for this label. */
export interface CslHost {
  /** The paper of a key, as the note (the preview's current document, when known) sees it. */
  lookup(key: string, document: unknown): Paper | undefined;
  /** The paper to make a CSL item of (the preview's: a library entry with its own item, once the library worker sent it). */
  forFormatting(paper: Paper): Paper;
  /** The formatter for a note's options (front matter); `document` is the preview's current document, when known. */
  formatter(options: NoteCitationOptions, document: unknown): CslFormatter;
  /** Every key, for `nocite: @*`. */
  keys?(): Iterable<string>;
  /** Changes whenever the libraries do: formatted notes are kept per version. */
  version?(): number;
  /** At most this many `nocite` entries are formatted (the preview's bound on `nocite: @*` over a large library). */
  maxUncited?: number;
  /** Shows an unknown key (as the other labels do). */
  unknownHtml(key: string, source: string): string;
  /** What a citation's tooltip says of a paper (title, year, model name). */
  tooltip(paper: Paper): string;
}

const CH_OPEN_BRACKET = 0x5b;
const CH_CLOSE_BRACKET = 0x5d;
const CH_AT = 0x40;
const CH_MINUS = 0x2d;
const CH_SEMICOLON = 0x3b;

function item(list: CitationList, index: number, text: string): CiteItem {
  const start = list.start(index);
  const prefixStart = list.prefixStart(index);
  return {
    key: list.key(index),
    prefix: prefixStart === -1 || prefixStart >= start ? '' : text.slice(prefixStart, start).trim(),
    after: text.slice(list.end(index), list.suffixEnd(index)),
    suppressAuthor: text.charCodeAt(start) === CH_MINUS,
  };
}

/**
 * The citations of the group that opens at `open`, when the whole group is
 * citations (each `;`-separated part holds exactly one key), as Pandoc
 * requires of a bracketed citation; otherwise undefined and its keys are
 * read one by one, as author-in-text citations.
 */
function clusterAt(list: CitationList, first: number, open: number, text: string): { cluster: Cluster; end: number; keyRanges: number[] } | undefined {
  const group = list.group(first);
  if (!group || group.start !== open) return undefined;
  const items: CiteItem[] = [];
  const keyRanges: number[] = [];
  let index = first;
  let expectedStart = open + 1;
  for (; index < list.length && list.start(index) < group.end; index++) {
    const prefixStart = list.prefixStart(index);
    // Each item starts right after `[` or `;`: a second key in one item, or a nested group, is not Pandoc's syntax.
    if (prefixStart !== expectedStart || list.group(index)?.start !== open) return undefined;
    items.push(item(list, index, text));
    keyRanges.push(list.keyStart(index) - open, list.keyEnd(index) - open);
    const suffixEnd = list.suffixEnd(index);
    if (suffixEnd === group.end - 1) {
      expectedStart = -1;
      index++;
      break;
    }
    if (text.charCodeAt(suffixEnd) !== CH_SEMICOLON) return undefined;
    expectedStart = suffixEnd + 1;
  }
  if (expectedStart !== -1 || (index < list.length && list.start(index) < group.end)) return undefined;
  return { cluster: { items, authorInText: false }, end: group.end, keyRanges };
}

/** `[p. 33]` right after an author-in-text key (one space allowed before it): its end, or -1. */
function suffixBracketEnd(text: string, from: number, max: number): number {
  let at = from;
  if (text.charCodeAt(at) === 0x20) at++;
  // `[^1]` is a footnote mark, not a suffix (Pandoc's rule too).
  if (text.charCodeAt(at) !== CH_OPEN_BRACKET || text.charCodeAt(at + 1) === 0x5e) return -1;
  for (let i = at + 1; i < max && i < at + 1000; i++) {
    const code = text.charCodeAt(i);
    if (code === CH_CLOSE_BRACKET) {
      // A link (`[text](url)` or `[text][label]`) is not a suffix.
      const next = text.charCodeAt(i + 1);
      return next === 0x28 || next === CH_OPEN_BRACKET ? -1 : i + 1;
    }
    if (code === CH_OPEN_BRACKET || code === CH_AT || code === 0x5c || code === 0x60 || code === 0x3c || code === 0x0a) return -1;
  }
  return -1;
}

/**
 * The inline rule in `csl` mode, at `[` (a whole cluster) and at `@`/`-@`
 * (an author-in-text citation). `citations` gives the text's citations,
 * found once per text.
 */
export function cslInlineRule(citations: (state: StateInline) => CitationList) {
  return (state: StateInline, silent: boolean): boolean => {
    const code = state.src.charCodeAt(state.pos);
    if (code !== CH_OPEN_BRACKET && code !== CH_AT && code !== CH_MINUS) return false;
    const list = citations(state);
    const index = list.firstFrom(state.pos);
    if (index >= list.length) return false;
    const text = state.src;
    let found: { cluster: Cluster; end: number; keyRanges: number[] } | undefined;
    if (code === CH_OPEN_BRACKET) {
      found = clusterAt(list, index, state.pos, text);
    } else if (list.start(index) === state.pos) {
      const own = item(list, index, text);
      const keyEnd = list.end(index);
      const bracketEnd = suffixBracketEnd(text, keyEnd, state.posMax);
      own.after = bracketEnd === -1 ? '' : text.slice(text.indexOf('[', keyEnd) + 1, bracketEnd - 1);
      own.prefix = '';
      found = {
        cluster: { items: [own], authorInText: !own.suppressAuthor },
        end: bracketEnd === -1 ? keyEnd : bracketEnd,
        keyRanges: [list.keyStart(index) - state.pos, list.keyEnd(index) - state.pos],
      };
    }
    if (!found || found.end > state.posMax) return false;
    if (!silent) {
      const token = state.push(CLUSTER_TOKEN, '', 0);
      token.meta = { cluster: found.cluster, source: text.slice(state.pos, found.end), keyRanges: found.keyRanges } satisfies ClusterMeta;
    }
    state.pos = found.end;
    return true;
  };
}

/** `::: {#refs}` followed by its closing `:::` (nothing between, so no text is hidden): where the bibliography goes. */
export function refsBlockRule(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const line = (n: number): string => state.src.slice(state.bMarks[n] + state.tShift[n], state.eMarks[n]);
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (!/^:{3,}\s*\{\s*#refs(?:\s+[^}]*)?\}\s*$/.test(line(startLine)) && !/^:{3,}\s*refs\s*$/.test(line(startLine))) return false;
  let next = startLine + 1;
  while (next < endLine && state.isEmpty(next)) next++;
  if (next >= endLine || !/^:{3,}\s*$/.test(line(next))) return false;
  if (silent) return true;
  const token = state.push(REFS_TOKEN, 'div', 0);
  token.map = [startLine, next + 1];
  token.block = true;
  state.line = next + 1;
  return true;
}

/** Formatted notes, newest last; a few are kept (the preview renders one note at a time, sometimes two). */
const KEPT_NOTES = 8;

/** Formats a note's citations once its tokens are parsed, and places the bibliography and footnotes. */
export class CslNoteRenderer {
  private readonly kept = new Map<string, FormattedNote>();
  private formatterIds = new WeakMap<CslFormatter, number>();
  private nextFormatterId = 1;

  constructor(private readonly host: CslHost) {}

  private formatted(formatter: CslFormatter, clusters: Cluster[], options: NoteCitationOptions, document: unknown): FormattedNote {
    let id = this.formatterIds.get(formatter);
    if (id === undefined) this.formatterIds.set(formatter, (id = this.nextFormatterId++));
    // The note counts too: what a key means depends on the libraries its front matter names.
    const key = JSON.stringify([id, this.host.version?.() ?? 0, String(document ?? ''), options.nocite, options.linkCitations, clusters]);
    let note = this.kept.get(key);
    if (note) {
      this.kept.delete(key);
    } else {
      note = formatter.format({ clusters, nocite: options.nocite, linkCitations: options.linkCitations, maxUncited: this.host.maxUncited }, (citeKey) => {
        const paper = this.host.lookup(citeKey, document);
        return paper ? cslItemFor(this.host.forFormatting(paper)) : undefined;
      }, this.host.keys);
      if (this.kept.size >= KEPT_NOTES) this.kept.delete(this.kept.keys().next().value!);
    }
    this.kept.set(key, note);
    return note;
  }

  /** The core rule: runs after parsing. Returns the cited keys in order of first citation. */
  run(state: StateCore, options: NoteCitationOptions, showBibliography: boolean): string[] {
    const metas: ClusterMeta[] = [];
    const noteTokens: { children: Token[]; index: number }[] = [];
    forEachCitationToken(state.tokens, CLUSTER_TOKEN, (token, children, index) => {
      metas.push(token.meta as ClusterMeta);
      noteTokens.push({ children, index });
    });
    const refs = state.tokens.find((token) => token.type === REFS_TOKEN);
    const cited = [...new Set(metas.flatMap((meta) => meta.cluster.items.map((citeItem) => citeItem.key)))];
    if (!metas.length && !options.nocite.length) return cited;
    const document = (state.env as { currentDocument?: unknown } | undefined)?.currentDocument;
    let formatter: CslFormatter;
    let note: FormattedNote;
    try {
      formatter = this.host.formatter(options, document);
      note = this.formatted(formatter, metas.map((meta) => meta.cluster), options, document);
    } catch (error) {
      // One entry citeproc-js cannot take must not take the note down: its citations stay as written.
      for (const meta of metas) meta.html = `<span class="citation" data-cites="${escapeHtml(meta.cluster.items.map((citeItem) => citeItem.key).join(' '))}">${escapeHtml(meta.source)}</span>`;
      const token = new state.Token('html_block', '', 0);
      token.content = `<p class="paper-notes-unknown">Paper Notes could not format this note's citations: ${escapeHtml(String((error as Error)?.message ?? error))}</p>\n`;
      state.tokens.push(token);
      return cited;
    }
    const isNoteStyle = formatter.info.kind === 'note';
    const footnotes: string[] = [];
    metas.forEach((meta, n) => {
      const formatted = note.citations[n];
      const known = new Set(formatted.keys);
      const unknown = meta.cluster.items.filter((citeItem) => !known.has(citeItem.key));
      const cites = escapeHtml(meta.cluster.items.map((citeItem) => citeItem.key).join(' '));
      if (!known.size) {
        // Nothing to format: the citation as written, its keys marked unknown.
        let html = '';
        let at = 0;
        for (let k = 0; k < meta.keyRanges.length; k += 2) {
          const keyStart = meta.keyRanges[k];
          const keyEnd = meta.keyRanges[k + 1];
          const atSign = meta.source.lastIndexOf('@', keyStart);
          html += escapeHtml(meta.source.slice(at, atSign)) + this.host.unknownHtml(meta.source.slice(keyStart, keyEnd), meta.source.slice(atSign, keyEnd + (meta.source[keyEnd] === '}' ? 1 : 0)));
          at = keyEnd + (meta.source[keyEnd] === '}' ? 1 : 0);
        }
        meta.html = `<span class="citation" data-cites="${cites}">${html}${escapeHtml(meta.source.slice(at))}</span>`;
        return;
      }
      let html = formatted.html;
      if (isNoteStyle && formatted.note !== null) {
        const number = footnotes.length + 1;
        footnotes.push(`<li id="fn${number}" role="doc-endnote"><p>${formatted.note}<a href="#fnref${number}" class="footnote-back" role="doc-backlink">↩︎</a></p></li>`);
        html += `<a href="#fn${number}" class="footnote-ref" id="fnref${number}" role="doc-noteref"><sup>${number}</sup></a>`;
        if (!meta.cluster.authorInText) movePunctuation(noteTokens[n].children, noteTokens[n].index);
      }
      // An unknown item shows as written, its prefix and suffix too: nothing the note says is dropped.
      const unknownHtml = unknown.map((citeItem) => `${citeItem.prefix ? `${escapeHtml(citeItem.prefix)} ` : ''}${this.host.unknownHtml(citeItem.key, `${citeItem.suppressAuthor ? '-' : ''}@${citeItem.key}`)}${escapeHtml(citeItem.after.replace(/\s+$/, ''))}`).join('; ');
      // Not in Pandoc's HTML, and harmless to stylesheets written for it: what each cited paper is, on hover.
      const tooltip = [...known].map((key) => this.host.lookup(key, document)).filter((paper): paper is Paper => !!paper).map((paper) => this.host.tooltip(paper)).join('; ');
      meta.html = `<span class="citation" data-cites="${cites}"${tooltip ? ` title="${escapeHtml(tooltip)}"` : ''}>${html}</span>${unknownHtml ? ` ${unknownHtml}` : ''}`;
    });
    const tail: Token[] = [];
    if (showBibliography && !options.suppressBibliography && note.bibliography.length) {
      const title = options.referenceSectionTitle ? `<h1 class="unnumbered" id="bibliography">${escapeHtml(options.referenceSectionTitle)}</h1>\n` : '';
      const omitted = note.omitted ? `<p class="paper-notes-omitted">${note.omitted} more entries of <code>nocite</code> are left out of the preview (<code>paper-notes render</code> prints them all).</p>\n` : '';
      const html = `${title}<div id="refs" class="${['references', 'csl-bib-body', ...note.bibliographyClasses].join(' ')}" role="doc-bibliography">\n${
        note.bibliography.map((entry) => `<div id="ref-${escapeHtml(entry.key)}" class="csl-entry" role="doc-biblioentry">${entry.html}</div>\n`).join('')}</div>\n${omitted}`;
      if (refs) {
        refs.type = 'html_block';
        refs.content = html;
      } else {
        const token = new state.Token('html_block', '', 0);
        token.content = html;
        tail.push(token);
      }
    }
    if (footnotes.length) {
      const token = new state.Token('html_block', '', 0);
      token.content = `<section class="footnotes footnotes-end-of-document" role="doc-endnotes">\n<hr />\n<ol>\n${footnotes.join('\n')}\n</ol>\n</section>\n`;
      tail.push(token);
    }
    state.tokens.push(...tail);
    return cited;
  }
}

/**
 * As Pandoc does for a note style: the space before a citation goes, and
 * punctuation right after it moves before the note mark (`text [@a].` reads
 * `text.¹`).
 */
function movePunctuation(children: Token[], index: number): void {
  const before = children[index - 1];
  const after = children[index + 1];
  if (before?.type === 'text') before.content = before.content.replace(/[ \t]+$/, '');
  if (after?.type === 'text' && before?.type === 'text') {
    const punctuation = /^[.,;:!?]+/.exec(after.content);
    if (punctuation && !/[.,;:!?]$/.test(before.content)) {
      before.content += punctuation[0];
      after.content = after.content.slice(punctuation[0].length);
    }
  }
}
