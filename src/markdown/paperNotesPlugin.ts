/**
 * The markdown-it plugin behind the Markdown preview and `paper-notes render`:
 *
 * - citations (`[@key]`, `[see @a, p. 3; -@b]`, `@key`) become links with a
 *   tooltip and a readable label; unknown keys are shown as unknown;
 * - a fenced block ```paper``` with keys becomes summary cards;
 * - a fenced block ```papers``` with keys (or ```papers cited```) becomes a
 *   comparison table;
 * - a References section lists the cited papers at the end.
 *
 * A pure factory: the host passes in how to look keys up and the settings.
 * Every piece of catalogue, library or note text is escaped. Where citations
 * can be is decided by `scanInline`, the scanner diagnostics and completion
 * use too.
 */
import type MarkdownIt from 'markdown-it';
import { type CitationList, scanInline } from '../core/citationSyntax';
import type { CslFormatter } from '../core/csl/cslFormatter';
import { escapeHtml } from '../core/escape';
import { nearestKeys } from '../core/nearestKeys';
import type { Paper } from '../core/paper';
import { displayName, familyName, headlineResult, summaryRows, yearText } from '../core/summaryView';
import { forEachCitationToken } from './citationTokens';
import { CLUSTER_TOKEN, type ClusterMeta, CslNoteRenderer, cslInlineRule, REFS_TOKEN, refsBlockRule } from './cslCitations';
import { frontMatterText, type NoteCitationOptions, noteCitationOptions } from './frontMatter';

export type CitationLabel = 'csl' | 'key' | 'number' | 'nameYear';
export const CITATION_LABELS: readonly CitationLabel[] = ['csl', 'key', 'number', 'nameYear'];

export interface PaperNotesSettings {
  citationLabel: CitationLabel;
  references: boolean;
}

export interface PaperNotesHost {
  /** The paper of a key; `document` is the preview's current document when known (the `csl` label passes it). */
  lookup(key: string, document?: unknown): Paper | undefined;
  /** Keys that resolve without a paper to show (the user's own bibliography entries). */
  isKnown?(key: string): boolean;
  /** All known keys, for "did you mean" suggestions. */
  keys?(): Iterable<string>;
  settings?(): Partial<PaperNotesSettings>;
  /**
   * The CSL formatter for a note's front matter options (`csl:`, `lang:`),
   * falling back to the settings and the default style. `document` is the
   * preview's current document when known (front matter paths are relative
   * to it). Without it, the `csl` label reads as `key`.
   */
  citationStyle?(options: NoteCitationOptions, document: unknown): CslFormatter;
  /** The paper to format with the `csl` label (the preview fetches a library entry's own CSL item); unset: the paper itself. */
  forFormatting?(paper: Paper): Paper;
  /** Changes whenever the libraries change (formatted citations are kept per version). */
  version?(): number;
  /** At most this many `nocite` entries are formatted (unset: all, as `render` does). */
  maxUncited?: number;
}

export const DEFAULT_SETTINGS: PaperNotesSettings = { citationLabel: 'csl', references: true };

type StateCore = MarkdownIt.StateCore;
type StateInline = MarkdownIt.StateInline;
type Token = MarkdownIt.Token;

const CITATION_TOKEN = 'paper_notes_citation';

/** What a citation token carries from parsing to rendering (VS Code parses and renders with different env objects). */
interface CitationMeta {
  key: string;
  /** The citation as written, `-@key` included. */
  source: string;
  /** Position in the References list (1-based), or 0 when the key does not resolve. */
  number: number;
  /** The label setting when the note was parsed. */
  mode: CitationLabel;
}

export { escapeHtml };

export function tooltipFor(paper: Paper): string {
  const name = paper.summary?.name;
  return `${paper.cleanTitle} (${yearText(paper)})${name ? ` — ${name}` : ''}`;
}

/** The host with its defaults filled in. */
class Resolver {
  /** "Did you mean" answers for unknown keys, kept for one parse and render of a note. */
  private readonly nearest = new Map<string, string[]>();
  /** Suggestions cost a pass over every known key: a note gets them for this many distinct unknown keys. */
  static readonly SUGGESTED_KEYS = 20;

  constructor(private readonly host: PaperNotesHost) {}

  /** The settings of the note being parsed and rendered, read once when it starts. */
  current: PaperNotesSettings = DEFAULT_SETTINGS;

  /** A new note is being parsed: known keys and settings may have changed since the last. */
  startNote(): void {
    this.nearest.clear();
    this.current = this.settings();
  }

  settings(): PaperNotesSettings {
    const settings = { ...DEFAULT_SETTINGS, ...this.host.settings?.() };
    if (settings.citationLabel === 'csl' && !this.host.citationStyle) settings.citationLabel = 'key';
    return settings;
  }

  /** The paper a key means; with the note, as the note sees it (its own front matter libraries count). */
  lookup(key: string, document?: unknown): Paper | undefined {
    return document === undefined ? this.host.lookup(key) : this.host.lookup(key, document);
  }

  /** A key that goes into the References list: a paper, or the user's own entry. */
  resolves(key: string): boolean {
    return !!this.host.lookup(key) || !!this.host.isKnown?.(key);
  }

  suggestions(key: string): string[] {
    let near = this.nearest.get(key);
    if (!near) {
      if (this.nearest.size >= Resolver.SUGGESTED_KEYS) return [];
      near = this.host.keys ? nearestKeys(key, this.host.keys()) : [];
      this.nearest.set(key, near);
    }
    return near;
  }
}

// ---- Parsing: citations are inline tokens; what the note cites is gathered once parsing is done.

/** Citations of one inline text, found once per text. */
const citationsByState = new WeakMap<StateInline, CitationList>();

function citationsOf(state: StateInline): CitationList {
  let list = citationsByState.get(state);
  if (!list) {
    list = scanInline(state.src).list;
    citationsByState.set(state, list);
  }
  return list;
}

/** The index of the citation that starts at the rule's position, or -1. */
function citationStartingAt(state: StateInline): { list: CitationList; index: number } | undefined {
  // No link labels needed here: markdown-it's own link rule runs first and takes
  // reference links whole, and the rule never cites inside a link's text.
  const list = citationsOf(state);
  const index = list.firstFrom(state.pos);
  return index < list.length && list.start(index) === state.pos ? { list, index } : undefined;
}

/** Inline rule at `@` and `-@`: markdown-it's text rule stops at both characters. */
function citationRule(state: StateInline, silent: boolean): boolean {
  const code = state.src.charCodeAt(state.pos);
  if (code !== 0x40 /* @ */ && code !== 0x2d /* - */) return false;
  const found = citationStartingAt(state);
  if (!found) return false;
  const end = found.list.end(found.index);
  if (end > state.posMax) return false;
  if (!silent) {
    const token = state.push(CITATION_TOKEN, '', 0);
    token.meta = { key: found.list.key(found.index), source: state.src.slice(state.pos, end), number: 0, mode: 'key' } satisfies CitationMeta;
  }
  state.pos = end;
  return true;
}

/**
 * After parsing: a citation that markdown-it put inside a link or an image's
 * alt text becomes plain text again; the others are numbered in order of
 * first citation, counting only keys that resolve (so numbers match the
 * References list).
 */
function gatherCitations(state: StateCore, resolver: Resolver, mode: CitationLabel): string[] {
  const cited = new Set<string>();
  const numbers = new Map<string, number>();
  forEachCitationToken(state.tokens, CITATION_TOKEN, (token) => {
    const meta = token.meta as CitationMeta;
    if (!cited.has(meta.key)) {
      cited.add(meta.key);
      if (resolver.resolves(meta.key)) numbers.set(meta.key, numbers.size + 1);
    }
    meta.number = numbers.get(meta.key) ?? 0;
    meta.mode = mode;
  });
  return [...cited];
}

/** The note's front matter text: VS Code's preview has a token for it, `render` passes it in `env`. */
function noteFrontMatter(state: StateCore): string | null {
  const env = state.env as { paperNotesFrontMatter?: string } | undefined;
  if (typeof env?.paperNotesFrontMatter === 'string') return env.paperNotesFrontMatter;
  const token = state.tokens.find((candidate) => candidate.type === 'front_matter');
  if (token && typeof token.meta === 'string') return token.meta;
  return frontMatterText(state.src);
}

function citationsCoreRule(resolver: Resolver, csl: CslNoteRenderer) {
  return (state: StateCore): void => {
    const settings = resolver.current;
    const isCsl = settings.citationLabel === 'csl';
    const cited = isCsl ? csl.run(state, noteCitationOptions(noteFrontMatter(state)), settings.references) : gatherCitations(state, resolver, settings.citationLabel);
    const resolved = cited.filter((key) => resolver.resolves(key));
    for (const token of state.tokens) {
      if (token.type === 'fence' && fenceInfo(token) === 'papers cited') {
        token.meta = { ...token.meta, paperNotesCited: resolved.filter((key) => resolver.lookup(key)) };
      }
    }
    // The cards are what the note's citations mean: looked up as the note sees them (as the CSL label formats them).
    const document = (state.env as { currentDocument?: unknown } | undefined)?.currentDocument;
    const papers = resolved.flatMap((key) => {
      const paper = resolver.lookup(key, document);
      return paper ? [paper] : [];
    });
    if (!isCsl && settings.references && resolved.length > 0) {
      const token = new state.Token('html_block', '', 0);
      token.content = referencesHtml(resolved, resolver, settings.citationLabel === 'number');
      state.tokens.push(token);
    }
    // The summary card each citation opens on hover or focus (media/previewPopover.js), in the page itself: nothing is fetched.
    if (papers.length) {
      const token = new state.Token('html_block', '', 0);
      token.content = popoverCardsHtml(papers);
      state.tokens.push(token);
    }
  };
}

/**
 * Hidden cards, one per cited paper, that the preview's script shows beside a
 * citation on hover or keyboard focus. Without the script (a page from
 * `paper-notes render` under a CSP that allows no script) they stay hidden
 * and each citation's `title` still says what the paper is.
 */
export function popoverCardsHtml(papers: readonly Paper[]): string {
  const cards = papers.map((paper) => {
    const rows = summaryRows(paper, { kind: false, maxResults: 2 }).filter((row) => POPOVER_ROWS.has(row.label))
      .map((row) => `<dt>${escapeHtml(row.label)}</dt><dd>${escapeHtml(row.value)}</dd>`).join('');
    const code = paper.codeUrl ? `<dt>Code</dt><dd>${codeLinkHtml(paper.codeUrl, paper.codeUrl.replace(/^https?:\/\//, ''))}</dd>` : '';
    return `<div class="paper-notes-popover-card" data-key="${escapeHtml(paper.key)}">`
      + `<div class="paper-notes-card-head"><span class="paper-notes-name">${escapeHtml(displayName(paper))}</span>`
      + `<span class="paper-notes-year">${escapeHtml(yearText(paper))}</span>`
      + `${paper.summary ? `<span class="paper-notes-kind">${escapeHtml(paper.summary.kind)}</span>` : ''}</div>`
      + `<div class="paper-notes-title">${escapeHtml(paper.cleanTitle)}</div>`
      + `${rows || code ? `<dl class="paper-notes-fields">${rows}${code}</dl>` : ''}</div>`;
  });
  return `<div class="paper-notes-popovers" hidden>${cards.join('')}</div>\n`;
}

/** What a popover shows: what the paper is, not everything the card in a note shows. */
const POPOVER_ROWS = new Set(['Venue', 'Family', 'Modalities', 'Results', 'Summary']);

// ---- Rendering.

function citationLabel(paper: Paper, meta: CitationMeta, mode: CitationLabel): string {
  if (mode === 'number') return String(meta.number);
  if (mode === 'nameYear') return meta.source.startsWith('-') ? yearText(paper) : `${displayName(paper)} ${yearText(paper)}`;
  return meta.source;
}

function citationHtml(meta: CitationMeta, resolver: Resolver): string {
  const paper = resolver.lookup(meta.key);
  const mode = meta.mode;
  const key = escapeHtml(meta.key);
  if (paper) {
    const label = citationLabel(paper, meta, mode);
    return `<a class="paper-notes-cite" href="#paper-notes-ref-${key}" title="${escapeHtml(tooltipFor(paper))}" data-key="${key}">${escapeHtml(label)}</a>`;
  }
  if (meta.number > 0) {
    const label = mode === 'number' ? String(meta.number) : meta.source;
    return `<a class="paper-notes-cite paper-notes-own" href="#paper-notes-ref-${key}" title="${escapeHtml(`@${meta.key} — an entry of your bibliography`)}" data-key="${key}">${escapeHtml(label)}</a>`;
  }
  const near = resolver.suggestions(meta.key);
  const hint = `Unknown citation key '${meta.key}'${near.length ? ` — did you mean ${near.join(', ')}?` : ''}`;
  return `<span class="paper-notes-cite paper-notes-unknown" title="${escapeHtml(hint)}">${escapeHtml(meta.source)}</span>`;
}

function unknownHtml(key: string, resolver: Resolver): string {
  const near = resolver.suggestions(key);
  return `<div class="paper-notes-card paper-notes-unknown-card"><span class="paper-notes-unknown">Unknown citation key '${escapeHtml(key)}'</span>${
    near.length ? ` — did you mean ${near.map((k) => `<code>${escapeHtml(k)}</code>`).join(', ')}?` : ''}</div>`;
}

function codeLinkHtml(url: string, text: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
}

function cardHtml(paper: Paper): string {
  const rows = summaryRows(paper, { kind: false }).map((row) => `<dt>${escapeHtml(row.label)}</dt><dd>${escapeHtml(row.value)}</dd>`).join('');
  const code = paper.codeUrl ? `<dt>Code</dt><dd>${codeLinkHtml(paper.codeUrl, paper.codeUrl.replace(/^https?:\/\//, ''))}</dd>` : '';
  return `<div class="paper-notes-card" id="paper-notes-card-${escapeHtml(paper.key)}">`
    + `<div class="paper-notes-card-head"><span class="paper-notes-name">${escapeHtml(displayName(paper))}</span>`
    + `<span class="paper-notes-year">${escapeHtml(yearText(paper))}</span>`
    + `${paper.summary ? `<span class="paper-notes-kind">${escapeHtml(paper.summary.kind)}</span>` : ''}</div>`
    + `<div class="paper-notes-title">${escapeHtml(paper.cleanTitle)} <code class="paper-notes-key">@${escapeHtml(paper.key)}</code></div>`
    + `<dl class="paper-notes-fields">${rows}${code}</dl></div>`;
}

const TABLE_HEAD = ['Name', 'Year', 'Family', 'Modality', 'Complexity', 'Headline result', 'Code'];

function tableRowHtml(key: string, resolver: Resolver): string {
  const paper = resolver.lookup(key);
  if (!paper) return `<tr><td colspan="${TABLE_HEAD.length}">${unknownHtml(key, resolver)}</td></tr>`;
  const summary = paper.summary;
  const cells = [
    `<a href="#paper-notes-ref-${escapeHtml(paper.key)}" title="${escapeHtml(tooltipFor(paper))}">${escapeHtml(displayName(paper))}</a>`,
    escapeHtml(yearText(paper)),
    escapeHtml(summary?.family.map(familyName).join(', ') ?? ''),
    escapeHtml(summary?.modalities.join(', ') ?? ''),
    escapeHtml(summary?.complexity ?? ''),
    escapeHtml(headlineResult(paper)),
    paper.codeUrl ? codeLinkHtml(paper.codeUrl, 'code') : '',
  ];
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
}

function tableHtml(keys: string[], resolver: Resolver): string {
  return `<table class="paper-notes-table"><thead><tr>${TABLE_HEAD.map((cell) => `<th>${cell}</th>`).join('')}</tr></thead>`
    + `<tbody>${keys.map((key) => tableRowHtml(key, resolver)).join('')}</tbody></table>`;
}

function referenceItemHtml(key: string, resolver: Resolver, numbered: boolean): string {
  const paper = resolver.lookup(key);
  const label = numbered ? '' : `<code>@${escapeHtml(key)}</code> `;
  if (!paper) return `<li id="paper-notes-ref-${escapeHtml(key)}">${label}${numbered ? `<code>@${escapeHtml(key)}</code> ` : ''}(an entry of your bibliography)</li>`;
  return `<li id="paper-notes-ref-${escapeHtml(key)}">${label}${escapeHtml(paper.cleanTitle)} (${escapeHtml(yearText(paper))})`
    + `${paper.codeUrl ? ` — ${codeLinkHtml(paper.codeUrl, 'code')}` : ''}</li>`;
}

function referencesHtml(keys: string[], resolver: Resolver, numbered: boolean): string {
  const list = numbered ? 'ol' : 'ul';
  return `<section class="paper-notes-references"><h2>References</h2><${list}>${keys.map((key) => referenceItemHtml(key, resolver, numbered)).join('')}</${list}></section>\n`;
}

function fenceInfo(token: Token): string {
  return token.info.trim().replace(/\s+/g, ' ');
}

const keysIn = (content: string): string[] => content.split(/[\s,;]+/).map((key) => key.replace(/^@/, '')).filter(Boolean);

/** The ```paper and ```papers blocks; any other fence renders as before. */
function fenceHtml(token: Token, resolver: Resolver): string | null {
  const info = fenceInfo(token);
  if (info === 'paper') {
    return `<div class="paper-notes-cards">${keysIn(token.content).map((key) => {
      const paper = resolver.lookup(key);
      return paper ? cardHtml(paper) : unknownHtml(key, resolver);
    }).join('')}</div>\n`;
  }
  if (info !== 'papers' && info !== 'papers cited') return null;
  const keys = info === 'papers cited' ? (token.meta as { paperNotesCited?: string[] } | null)?.paperNotesCited ?? [] : keysIn(token.content);
  return keys.length ? `${tableHtml(keys, resolver)}\n` : '<p class="paper-notes-empty">No cited papers to compare yet.</p>\n';
}

export function createPaperNotesPlugin(host: PaperNotesHost): (md: MarkdownIt) => void {
  const resolver = new Resolver(host);
  const csl = new CslNoteRenderer({
    lookup: (key, document) => host.lookup(key, document),
    forFormatting: (paper) => host.forFormatting?.(paper) ?? paper,
    formatter: (options, document) => host.citationStyle!(options, document),
    keys: host.keys ? () => host.keys!() : undefined,
    version: host.version ? () => host.version!() : undefined,
    maxUncited: host.maxUncited,
    unknownHtml: (key, source) => citationHtml({ key, source, number: 0, mode: 'key' }, resolver),
    tooltip: tooltipFor,
  });
  const cslRule = cslInlineRule(citationsOf);
  return (md) => {
    // The label decides how citations are parsed: settings are read once, as a note's parse starts.
    md.core.ruler.before('block', 'paper_notes_label', () => resolver.startNote());
    const isCsl = (): boolean => resolver.current.citationLabel === 'csl';
    md.block.ruler.before('paragraph', REFS_TOKEN, (state, startLine, endLine, silent) => isCsl() && refsBlockRule(state, startLine, endLine, silent));
    md.inline.ruler.push(CLUSTER_TOKEN, (state, silent) => isCsl() && cslRule(state, silent));
    md.inline.ruler.push(CITATION_TOKEN, (state, silent) => !isCsl() && citationRule(state, silent));
    md.core.ruler.push('paper_notes_citations', citationsCoreRule(resolver, csl));
    md.renderer.rules[CITATION_TOKEN] = (tokens, index) => citationHtml(tokens[index].meta as CitationMeta, resolver);
    md.renderer.rules[CLUSTER_TOKEN] = (tokens, index) => (tokens[index].meta as ClusterMeta).html ?? escapeHtml((tokens[index].meta as ClusterMeta).source);
    md.renderer.rules[REFS_TOKEN] = () => '';
    const fence = md.renderer.rules.fence;
    md.renderer.rules.fence = (tokens, index, options, env, self) =>
      fenceHtml(tokens[index], resolver) ?? (fence ? fence(tokens, index, options, env, self) : self.renderToken(tokens, index, options));
  };
}
