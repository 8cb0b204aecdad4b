/**
 * Renders a note to a standalone HTML page with the preview's plugin and
 * stylesheet. Pure. The note's own HTML is kept (as in the preview), but the
 * page carries a Content Security Policy that runs no script at all: a shared
 * page cannot run what a note (or a library entry) smuggled in.
 */
import MarkdownIt from 'markdown-it';
import { frontMatterText } from './frontMatter';
import { frontMatterLines } from './noteCitations';
import { createPaperNotesPlugin, escapeHtml, type PaperNotesHost } from './paperNotesPlugin';

/** No scripts, no plugins, no frames, no forms; images and media from anywhere, styles only inline. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; img-src * data:; media-src * data:; style-src 'unsafe-inline'; script-src 'none'; object-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'";

export function renderNotePage(markdown: string, host: PaperNotesHost, css: string, title: string): string {
  const md = new MarkdownIt({ html: true, linkify: true, typographer: false }).use(createPaperNotesPlugin(host));
  // YAML front matter is metadata (as in VS Code's preview and in Pandoc): not shown.
  const lines = markdown.split(/\r\n|\n|\r/);
  const skip = frontMatterLines(lines);
  // The front matter still says how citations print (csl:, nocite:, ...): the plugin gets it in env.
  const body = md.render(skip ? lines.slice(skip).join('\n') : markdown, { paperNotesFrontMatter: frontMatterText(markdown) ?? '' });
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { max-width: 52em; margin: 2em auto; padding: 0 1em; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.5; color: #1f1f1f; }
a { color: #0066bf; }
code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
pre { background: rgba(127, 127, 127, 0.1); padding: 8px 12px; overflow-x: auto; }
${css}
</style>
</head>
<body>
${body}</body>
</html>
`;
}
