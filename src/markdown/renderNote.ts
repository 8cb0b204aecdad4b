/** Renders a note to a standalone HTML page with the preview's plugin and stylesheet. Pure. */
import MarkdownIt from 'markdown-it';
import { createPaperNotesPlugin, escapeHtml, type PaperNotesHost } from './paperNotesPlugin';

export function renderNotePage(markdown: string, host: PaperNotesHost, css: string, title: string): string {
  const md = new MarkdownIt({ html: true, linkify: true, typographer: false }).use(createPaperNotesPlugin(host));
  const body = md.render(markdown);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
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
