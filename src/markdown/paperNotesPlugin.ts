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
 * Every piece of catalogue or note text is escaped.
 */
import type MarkdownIt from 'markdown-it';
import { findCitations } from '../core/citationSyntax';
import { nearestKeys } from '../core/nearestKeys';
import type { Paper } from '../core/paper';
import { displayName, familyName, headlineResult, summaryRows } from '../core/summaryView';


export type CitationLabel = 'key' | 'number' | 'nameYear';

export interface PaperNotesSettings {
  citationLabel: CitationLabel;
  references: boolean;
}

export interface PaperNotesHost {
  lookup(key: string): Paper | undefined;
  /** All known keys, for "did you mean" suggestions. */
  keys?(): Iterable<string>;
  settings?(): Partial<PaperNotesSettings>;
}

export const DEFAULT_SETTINGS: PaperNotesSettings = { citationLabel: 'key', references: true };

/** Per-render state kept in markdown-it's env. */
interface NoteState {
  /** Cited keys in order of first citation (known and unknown). */
  cited: string[];
}

const ENV_KEY = 'paperNotes';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

export function tooltipFor(paper: Paper): string {
  const name = paper.summary?.name;
  return `${paper.cleanTitle} (${paper.year})${name ? ` — ${name}` : ''}`;
}

function noteState(env: Record<string, unknown>): NoteState {
  if (!env[ENV_KEY]) env[ENV_KEY] = { cited: [] } satisfies NoteState;
  return env[ENV_KEY] as NoteState;
}

export function createPaperNotesPlugin(host: PaperNotesHost): (md: MarkdownIt) => void {
  const settings = (): PaperNotesSettings => ({ ...DEFAULT_SETTINGS, ...host.settings?.() });
  const suggestions = (key: string): string[] => (host.keys ? nearestKeys(key, host.keys()) : []);

  function citationLabel(paper: Paper, source: string, number: number, mode: CitationLabel): string {
    const suppress = source.startsWith('-');
    if (mode === 'number') return String(number);
    if (mode === 'nameYear') return suppress ? String(paper.year) : `${displayName(paper)} ${paper.year}`;
    return source;
  }

  function citationHtml(key: string, source: string, state: NoteState): string {
    const paper = host.lookup(key);
    if (!paper) {
      const near = suggestions(key);
      const hint = `Unknown citation key '${key}'${near.length ? ` — did you mean ${near.join(', ')}?` : ''}`;
      return `<span class="paper-notes-cite paper-notes-unknown" title="${escapeHtml(hint)}">${escapeHtml(source)}</span>`;
    }
    const number = state.cited.indexOf(key) + 1;
    const label = citationLabel(paper, source, number, settings().citationLabel);
    return `<a class="paper-notes-cite" href="#paper-notes-ref-${escapeHtml(paper.key)}" title="${escapeHtml(tooltipFor(paper))}" data-key="${escapeHtml(paper.key)}">${escapeHtml(label)}</a>`;
  }

  function unknownHtml(key: string): string {
    const near = suggestions(key);
    return `<div class="paper-notes-card paper-notes-unknown-card"><span class="paper-notes-unknown">Unknown citation key '${escapeHtml(key)}'</span>${
      near.length ? ` — did you mean ${near.map((k) => `<code>${escapeHtml(k)}</code>`).join(', ')}?` : ''}</div>`;
  }

  function cardHtml(paper: Paper): string {
    const rows = summaryRows(paper, { kind: false }).map((row) => `<dt>${escapeHtml(row.label)}</dt><dd>${escapeHtml(row.value)}</dd>`).join('');
    const code = paper.codeUrl
      ? `<dt>Code</dt><dd><a href="${escapeHtml(paper.codeUrl)}">${escapeHtml(paper.codeUrl.replace(/^https?:\/\//, ''))}</a></dd>`
      : '';
    return `<div class="paper-notes-card" id="paper-notes-card-${escapeHtml(paper.key)}">`
      + `<div class="paper-notes-card-head"><span class="paper-notes-name">${escapeHtml(displayName(paper))}</span>`
      + `<span class="paper-notes-year">${paper.year}</span>`
      + `${paper.summary ? `<span class="paper-notes-kind">${escapeHtml(paper.summary.kind)}</span>` : ''}</div>`
      + `<div class="paper-notes-title">${escapeHtml(paper.cleanTitle)} <code class="paper-notes-key">@${escapeHtml(paper.key)}</code></div>`
      + `<dl class="paper-notes-fields">${rows}${code}</dl></div>`;
  }

  function tableHtml(keys: string[]): string {
    const head = ['Name', 'Year', 'Family', 'Modality', 'Complexity', 'Headline result', 'Code'];
    const rows = keys.map((key) => {
      const paper = host.lookup(key);
      if (!paper) return `<tr><td colspan="${head.length}">${unknownHtml(key)}</td></tr>`;
      const summary = paper.summary;
      const cells = [
        `<a href="#paper-notes-ref-${escapeHtml(paper.key)}" title="${escapeHtml(tooltipFor(paper))}">${escapeHtml(displayName(paper))}</a>`,
        String(paper.year),
        escapeHtml(summary?.family.map(familyName).join(', ') ?? ''),
        escapeHtml(summary?.modalities.join(', ') ?? ''),
        escapeHtml(summary?.complexity ?? ''),
        escapeHtml(headlineResult(paper)),
        paper.codeUrl ? `<a href="${escapeHtml(paper.codeUrl)}">code</a>` : '',
      ];
      return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
    });
    return `<table class="paper-notes-table"><thead><tr>${head.map((cell) => `<th>${cell}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
  }

  function referencesHtml(note: NoteState): string {
    const papers = note.cited.map((key) => host.lookup(key)).filter((paper): paper is Paper => !!paper);
    if (papers.length === 0) return '';
    const numbered = settings().citationLabel === 'number';
    const items = papers.map((paper) => `<li id="paper-notes-ref-${escapeHtml(paper.key)}">${numbered ? '' : `<code>@${escapeHtml(paper.key)}</code> `}`
      + `${escapeHtml(paper.cleanTitle)} (${paper.year})${paper.codeUrl ? ` — <a href="${escapeHtml(paper.codeUrl)}">code</a>` : ''}</li>`);
    return `<section class="paper-notes-references"><h2>References</h2><${numbered ? 'ol' : 'ul'}>${items.join('')}</${numbered ? 'ol' : 'ul'}></section>\n`;
  }

  const keysIn = (content: string): string[] => content.split(/[\s,;]+/).map((key) => key.replace(/^@/, '')).filter(Boolean);

  return (md) => {
    // Citations are an inline rule at '@' (a terminator for markdown-it's text rule), so code
    // spans and escaped \@ never reach it, in every markdown-it version VS Code has shipped.
    const citationsBySource = new Map<string, ReturnType<typeof findCitations>>();
    md.inline.ruler.push('paper_notes_citation', (state, silent) => {
      if (state.src.charCodeAt(state.pos) !== 0x40 /* @ */) return false;
      let citations = citationsBySource.get(state.src);
      if (!citations) {
        if (citationsBySource.size > 256) citationsBySource.clear();
        citations = findCitations(state.src);
        citationsBySource.set(state.src, citations);
      }
      const citation = citations.find((candidate) => candidate.keyStart === state.pos + 1 || (candidate.keyStart === state.pos + 2 && state.src[state.pos + 1] === '{'));
      if (!citation) return false;
      if (!silent) {
        let source = state.src.slice(state.pos, citation.end);
        if (citation.suppressAuthor && state.pending.endsWith('-')) {
          state.pending = state.pending.slice(0, -1);
          source = `-${source}`;
        }
        const note = noteState(state.env);
        if (!note.cited.includes(citation.key)) note.cited.push(citation.key);
        const token = state.push('html_inline', '', 0);
        token.content = citationHtml(citation.key, source, note);
      }
      state.pos = citation.end;
      return true;
    });

    // Hosts may parse and render with different env objects (VS Code does), so what the
    // renderer needs from parsing travels on the tokens.
    md.core.ruler.push('paper_notes_cited_fences', (state) => {
      for (const token of state.tokens) {
        if (token.type === 'fence' && token.info.trim().replace(/\s+/g, ' ') === 'papers cited') {
          token.meta = { ...token.meta, paperNotesCited: [...noteState(state.env).cited] };
        }
      }
    });

    md.core.ruler.push('paper_notes_references', (state) => {
      if (!settings().references) return;
      const html = referencesHtml(noteState(state.env));
      if (!html) return;
      const token = new state.Token('html_block', '', 0);
      token.content = html;
      state.tokens.push(token);
    });

    const fence = md.renderer.rules.fence;
    md.renderer.rules.fence = (tokens, index, options, env, self) => {
      const token = tokens[index];
      const info = token.info.trim().replace(/\s+/g, ' ');
      if (info === 'paper') {
        return `<div class="paper-notes-cards">${keysIn(token.content).map((key) => {
          const paper = host.lookup(key);
          return paper ? cardHtml(paper) : unknownHtml(key);
        }).join('')}</div>\n`;
      }
      if (info === 'papers' || info === 'papers cited') {
        const cited = (token.meta as { paperNotesCited?: string[] } | null)?.paperNotesCited ?? [];
        const keys = info === 'papers cited' ? cited.filter((key) => host.lookup(key)) : keysIn(token.content);
        return keys.length ? `${tableHtml(keys)}\n` : '<p class="paper-notes-empty">No cited papers to compare yet.</p>\n';
      }
      return fence ? fence(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
    };
  };
}
