"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.citeContextAt = citeContextAt;
exports.citationEdit = citationEdit;
const citationSyntax_1 = require("./citationSyntax");
const citationFormat_1 = require("./citationFormat");
/** The context at `offset` of one piece of inline text, found with its citations. */
function citeContextAt(citations, offset) {
    return { citation: (0, citationSyntax_1.citationAt)(citations, offset), group: (0, citationSyntax_1.citationGroupAt)(citations, offset) };
}
/**
 * The edit that cites `papers` at a selection [start, end). With the Pandoc
 * format and the cursor inside an existing `[@a ...]` citation, the keys join
 * it (`[@a; @b]`) instead of nesting a new one; keys already there are not
 * repeated. A cursor inside a key never splits it: the citation goes after
 * the key's group, or after the key. Otherwise the selection is replaced.
 * Returns null when there is nothing to add.
 */
function citationEdit(context, start, end, papers, format) {
    if (papers.length === 0)
        return null;
    if (start !== end)
        return { start, end, text: (0, citationFormat_1.formatCitation)(papers, format) };
    if (format === 'pandoc' && context.group) {
        const present = new Set(context.group.keys);
        const adding = papers.filter((paper) => !present.has(paper.key));
        if (adding.length === 0)
            return null;
        const close = context.group.group.end - 1;
        return { start: close, end: close, text: adding.map((paper) => `; @${paper.key}`).join('') };
    }
    const inside = context.citation && start > context.citation.start && start < context.citation.end ? context.citation : undefined;
    if (inside) {
        const after = inside.group ? inside.group.end : inside.end;
        return { start: after, end: after, text: ` ${(0, citationFormat_1.formatCitation)(papers, format)}` };
    }
    return { start, end, text: (0, citationFormat_1.formatCitation)(papers, format) };
}
