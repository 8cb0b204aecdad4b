"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.escapeMarkdown = void 0;
exports.codeSpan = codeSpan;
exports.paperMarkdown = paperMarkdown;
/** How papers read in editor widgets (hover, completion documentation, the definition view). */
const vscode = __importStar(require("vscode"));
const escape_1 = require("../core/escape");
Object.defineProperty(exports, "escapeMarkdown", { enumerable: true, get: function () { return escape_1.escapeMarkdown; } });
const summaryView_1 = require("../core/summaryView");
/**
 * Text as a Markdown code span: shown exactly as it is (no backslashes), and
 * nothing in it is Markdown. The fence is longer than any run of backticks in
 * the text.
 */
function codeSpan(text) {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : '';
    return `${fence}${pad}${text.replace(/[\r\n]+/g, ' ')}${pad}${fence}`;
}
/** The summary of a paper as Markdown: the same rows the preview's cards show. */
function paperMarkdown(paper, options = {}) {
    const md = new vscode.MarkdownString(undefined, false);
    md.supportHtml = false;
    md.appendMarkdown(`**${(0, escape_1.escapeMarkdown)(paper.cleanTitle)}** (${(0, escape_1.escapeMarkdown)((0, summaryView_1.yearText)(paper))})  \n`);
    md.appendMarkdown(`${codeSpan(`@${paper.key}`)} · ${(0, escape_1.escapeMarkdown)((0, summaryView_1.displayName)(paper))} · ${(0, escape_1.escapeMarkdown)((0, summaryView_1.authorsText)(paper))}\n\n`);
    for (const row of (0, summaryView_1.summaryRows)(paper))
        md.appendMarkdown(`*${(0, escape_1.escapeMarkdown)(row.label)}:* ${(0, escape_1.escapeMarkdown)(row.value)}  \n`);
    if (paper.library) {
        const { doi, url, line } = paper.library;
        if (doi)
            md.appendMarkdown(`*DOI:* [${(0, escape_1.escapeMarkdown)(doi)}](${encodeURI(`https://doi.org/${doi}`)})  \n`);
        if (url && /^https?:\/\//i.test(url) && !url.includes('doi.org/'))
            md.appendMarkdown(`*URL:* [${(0, escape_1.escapeMarkdown)(url.replace(/^https?:\/\//, ''))}](${encodeURI(url)})  \n`);
        md.appendMarkdown(`*From:* ${(0, escape_1.escapeMarkdown)((0, summaryView_1.sourceName)(paper))}, line ${line}  \n`);
    }
    if (paper.codeUrl)
        md.appendMarkdown(`*Code:* [${(0, escape_1.escapeMarkdown)(paper.codeUrl.replace(/^https?:\/\//, ''))}](${encodeURI(paper.codeUrl)})\n`);
    if (options.abstract)
        md.appendMarkdown(`\n${(0, escape_1.escapeMarkdown)(paper.cleanAbstract)}\n`);
    if (options.commands) {
        const link = (title, command, args) => `[${title}](command:${command}?${encodeURIComponent(JSON.stringify(args))} "${title}")`;
        md.appendMarkdown(`\n\n${[
            link('Insert summary card', 'paperNotes.insertSummaryCard', [paper.key]),
            link('Copy BibTeX', 'paperNotes.copyBibtex', [paper.key]),
            link('Show in Papers view', 'paperNotes.showPaper', [paper.key]),
        ].join(' · ')}`);
        md.isTrusted = { enabledCommands: ['paperNotes.insertSummaryCard', 'paperNotes.copyBibtex', 'paperNotes.showPaper'] };
    }
    return md;
}
