"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.CONTENT_SECURITY_POLICY = void 0;
exports.renderNotePage = renderNotePage;
/**
 * Renders a note to a standalone HTML page with the preview's plugin and
 * stylesheet. Pure. The note's own HTML is kept (as in the preview), but the
 * page carries a Content Security Policy that runs no script at all: a shared
 * page cannot run what a note (or a library entry) smuggled in.
 */
const markdown_it_1 = __importDefault(require("markdown-it"));
const frontMatter_1 = require("./frontMatter");
const noteCitations_1 = require("./noteCitations");
const paperNotesPlugin_1 = require("./paperNotesPlugin");
/** No scripts, no plugins, no frames, no forms; images and media from anywhere, styles only inline. */
exports.CONTENT_SECURITY_POLICY = "default-src 'none'; img-src * data:; media-src * data:; style-src 'unsafe-inline'; script-src 'none'; object-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'";
function renderNotePage(markdown, host, css, title) {
    const md = new markdown_it_1.default({ html: true, linkify: true, typographer: false }).use((0, paperNotesPlugin_1.createPaperNotesPlugin)(host));
    // YAML front matter is metadata (as in VS Code's preview and in Pandoc): not shown.
    const lines = markdown.split(/\r\n|\n|\r/);
    const skip = (0, noteCitations_1.frontMatterLines)(lines);
    // The front matter still says how citations print (csl:, nocite:, ...): the plugin gets it in env.
    const body = md.render(skip ? lines.slice(skip).join('\n') : markdown, { paperNotesFrontMatter: (0, frontMatter_1.frontMatterText)(markdown) ?? '' });
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${exports.CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${(0, paperNotesPlugin_1.escapeHtml)(title)}</title>
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
