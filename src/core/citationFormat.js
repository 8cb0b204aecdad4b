"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TEMPLATE_PLACEHOLDERS = exports.DEFAULT_CITATION_FORMAT = exports.CITATION_FORMATS = void 0;
exports.formatCitation = formatCitation;
exports.applyTemplate = applyTemplate;
exports.checkCitationFormat = checkCitationFormat;
const summaryView_1 = require("./summaryView");
exports.CITATION_FORMATS = ['pandoc', 'latex', 'markdown'];
exports.DEFAULT_CITATION_FORMAT = 'pandoc';
/** The placeholders a template may use, and what each is. */
const PLACEHOLDERS = new Map([
    ['key', (paper) => paper.key],
    ['title', (paper) => paper.cleanTitle],
    ['year', (paper) => (0, summaryView_1.yearText)(paper)],
    ['name', (paper) => paper.summary?.name ?? ''],
    ['codeUrl', (paper) => paper.codeUrl ?? ''],
]);
exports.TEMPLATE_PLACEHOLDERS = [...PLACEHOLDERS.keys()];
const PLACEHOLDER = /\$\{([^}]*)\}/g;
/** The link a Markdown citation points at: the code link, else the first link, else none. */
function linkFor(paper) {
    return paper.codeUrl ?? paper.links[0] ?? null;
}
function markdownCitation(paper) {
    const label = `${paper.cleanTitle.replace(/([\[\]\\])/g, '\\$1')} (${(0, summaryView_1.yearText)(paper)})`;
    const link = linkFor(paper);
    return link ? `[${label}](${link})` : `*${label}*`;
}
/**
 * Formats one citation of several papers: `[@a; @b]`, `\cite{a,b}`, Markdown
 * links, or a template with `${key}`, `${title}`, `${year}`, `${name}`, `${codeUrl}`
 * applied to each paper and joined with "; ". The format must be valid (see
 * `checkCitationFormat`).
 */
function formatCitation(papers, format) {
    switch (format) {
        case 'pandoc':
            return `[${papers.map((paper) => `@${paper.key}`).join('; ')}]`;
        case 'latex':
            return `\\cite{${papers.map((paper) => paper.key).join(',')}}`;
        case 'markdown':
            return papers.map(markdownCitation).join('; ');
        default:
            return papers.map((paper) => applyTemplate(format, paper)).join('; ');
    }
}
/** Fills the documented `${field}` placeholders, and only those. */
function applyTemplate(template, paper) {
    return template.replace(PLACEHOLDER, (whole, field) => PLACEHOLDERS.get(field)?.(paper) ?? whole);
}
/**
 * Checks a citation format setting. Empty means the default. A format name
 * must be written exactly; a template must use at least one placeholder and
 * no unknown one. A bad value gives the default format and a message to show.
 */
function checkCitationFormat(value) {
    const format = (value ?? '').trim();
    if (!format)
        return { format: exports.DEFAULT_CITATION_FORMAT };
    if (exports.CITATION_FORMATS.includes(format))
        return { format };
    const used = [...format.matchAll(PLACEHOLDER)].map((match) => match[1]);
    const unknown = used.filter((name) => !PLACEHOLDERS.has(name));
    const named = exports.CITATION_FORMATS.find((name) => name === format.toLowerCase());
    const help = `use ${exports.CITATION_FORMATS.join(', ')}, or a template with ${exports.TEMPLATE_PLACEHOLDERS.map((name) => `\${${name}}`).join(', ')}`;
    let error;
    if (unknown.length)
        error = `'${format}' uses unknown placeholder${unknown.length === 1 ? '' : 's'} ${unknown.map((name) => `\${${name}}`).join(', ')}: ${help}`;
    else if (used.length === 0)
        error = `'${format}' is not a citation format${named ? ` (did you mean '${named}'?)` : ''}: ${help}`;
    return error ? { format: exports.DEFAULT_CITATION_FORMAT, error: `paperNotes.citationFormat ${error}. Using '${exports.DEFAULT_CITATION_FORMAT}' meanwhile.` } : { format };
}
