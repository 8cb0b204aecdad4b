/**
 * The markdown-it plugin behind the Markdown preview (and the command line's
 * render): citations become links with a tooltip. A pure factory: the host
 * passes in how to look a key up. All catalogue text is escaped.
 */
import type MarkdownIt from 'markdown-it';

type StateCore = MarkdownIt.StateCore;
type Token = MarkdownIt.Token;
import { findCitations } from '../core/citationSyntax';
import type { Paper } from '../core/paper';

export interface PaperNotesHost {
  lookup(key: string): Paper | undefined;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export function tooltipFor(paper: Paper): string {
  const name = paper.summary?.name;
  return `${paper.cleanTitle} (${paper.year})${name ? ` — ${name}` : ''}`;
}

function citationHtml(key: string, source: string, paper: Paper | undefined): string {
  if (!paper) {
    return `<span class="paper-notes-cite paper-notes-unknown" title="${escapeHtml(`Unknown citation key '${key}'`)}">${escapeHtml(source)}</span>`;
  }
  return `<a class="paper-notes-cite" href="#paper-notes-ref-${escapeHtml(paper.key)}" title="${escapeHtml(tooltipFor(paper))}" data-key="${escapeHtml(paper.key)}">${escapeHtml(source)}</a>`;
}

/** Splits one text token around its citations. */
function splitText(state: StateCore, token: Token, host: PaperNotesHost): Token[] | null {
  const citations = findCitations(token.content);
  if (citations.length === 0) return null;
  const out: Token[] = [];
  let last = 0;
  const pushText = (text: string): void => {
    if (!text) return;
    const textToken = new state.Token('text', '', 0);
    textToken.content = text;
    out.push(textToken);
  };
  for (const citation of citations) {
    pushText(token.content.slice(last, citation.start));
    const html = new state.Token('html_inline', '', 0);
    html.content = citationHtml(citation.key, token.content.slice(citation.start, citation.end), host.lookup(citation.key));
    out.push(html);
    last = citation.end;
  }
  pushText(token.content.slice(last));
  return out;
}

export function createPaperNotesPlugin(host: PaperNotesHost): (md: MarkdownIt) => void {
  return (md) => {
    const rule = (state: StateCore): void => {
      for (const block of state.tokens) {
        if (block.type !== 'inline' || !block.children) continue;
        const children: Token[] = [];
        for (const child of block.children) {
          const replaced = child.type === 'text' ? splitText(state, child, host) : null;
          if (replaced) children.push(...replaced);
          else children.push(child);
        }
        block.children = children;
      }
    };
    // Before text_join, so an escaped \@ is still its own token and stays text.
    // (markdown-it before 13 has no text_join; there, right after inline parsing.)
    try {
      md.core.ruler.before('text_join', 'paper_notes_citations', rule);
    } catch {
      md.core.ruler.after('inline', 'paper_notes_citations', rule);
    }
  };
}
