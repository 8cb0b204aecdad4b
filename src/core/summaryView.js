"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_HINT_LENGTH = exports.INLAY_HINT_MODES = exports.familyName = void 0;
exports.resultText = resultText;
exports.yearText = yearText;
exports.authorsText = authorsText;
exports.displayName = displayName;
exports.sourceName = sourceName;
exports.summaryRows = summaryRows;
exports.headlineResult = headlineResult;
exports.inlayHintText = inlayHintText;
const titleParts_1 = require("./titleParts");
const FAMILY_NAMES = {
    transformer: 'Transformer', 'vision-transformer': 'Vision Transformer', ssm: 'State space model', mlp: 'MLP', cnn: 'CNN', rnn: 'RNN',
    kan: 'KAN', spiking: 'Spiking', 'graph-transformer': 'Graph Transformer', diffusion: 'Diffusion', moe: 'Mixture of Experts', hybrid: 'Hybrid',
};
const familyName = (family) => FAMILY_NAMES[family] ?? family;
exports.familyName = familyName;
/** "85.68% state-of-the-art performance (CIFAR-100)". */
function resultText(result) {
    return `${result.value} ${result.metric}${result.dataset ? ` (${result.dataset})` : ''}`;
}
/** The year as people read it: `2021`, or `n.d.` (no date, as Pandoc and CSL print it). */
function yearText(paper) {
    return paper.year === null ? 'n.d.' : String(paper.year);
}
/** `3 authors`, or `authors not listed` when the listing gives no count (the pages never give names). */
function authorsText(paper) {
    const names = paper.library?.authors ?? [];
    if (names.length) {
        const family = names.map((name) => name.split(',')[0]);
        return family.length <= 3 ? family.join(', ') : `${family.slice(0, 3).join(', ')} et al. (${family.length} authors)`;
    }
    return paper.authorsCount === null ? 'authors not listed' : `${paper.authorsCount} author${paper.authorsCount === 1 ? '' : 's'}`;
}
/** The short name people use for the paper: the summary's name, else the title's short name, else the title (shortened). */
function displayName(paper) {
    if (paper.summary?.name)
        return paper.summary.name;
    const head = (0, titleParts_1.shortNameOf)(paper.cleanTitle);
    if (head)
        return head;
    return paper.cleanTitle.length <= 40 ? paper.cleanTitle : `${paper.cleanTitle.slice(0, 37).replace(/\s+\S*$/, '')}…`;
}
/** The library file's name for a source badge (`refs.bib`), or `catalogue`. */
function sourceName(paper) {
    return paper.library ? paper.library.file.replace(/^.*[\\/]/, '') : 'catalogue';
}
/** Rows for a card or a hover: only fields the abstract supports are shown. */
function summaryRows(paper, options = {}) {
    const summary = paper.summary;
    const rows = [];
    if (paper.library?.venue)
        rows.push({ label: 'Venue', value: paper.library.venue });
    if (!summary) {
        // A library entry without an abstract: say what is missing rather than show empty rows.
        if (paper.library)
            rows.push({ label: 'Summary', value: 'missing: the entry has no abstract' });
        return rows;
    }
    if (options.kind !== false)
        rows.push({ label: 'Kind', value: summary.kind });
    if (summary.family.length)
        rows.push({ label: 'Family', value: summary.family.map(exports.familyName).join(', ') });
    if (summary.modalities.length)
        rows.push({ label: 'Modalities', value: summary.modalities.join(', ') });
    if (summary.tasks.length)
        rows.push({ label: 'Tasks', value: summary.tasks.join(', ') });
    if (summary.datasets.length)
        rows.push({ label: 'Datasets', value: summary.datasets.join(', ') });
    if (summary.results.length) {
        const shown = summary.results.slice(0, options.maxResults ?? 3).map(resultText);
        const more = summary.results.length - shown.length;
        rows.push({ label: 'Results', value: shown.join('; ') + (more > 0 ? `; +${more} more` : '') });
    }
    if (summary.complexity)
        rows.push({ label: 'Complexity', value: summary.complexity });
    return rows;
}
/** The headline result for a comparison table: the first stated one. */
function headlineResult(paper) {
    const first = paper.summary?.results[0];
    return first ? resultText(first) : '';
}
exports.INLAY_HINT_MODES = ['off', 'name', 'summary'];
/** The most telling family in a few letters: "ViT" over "Transformer", "SSM", "MoE". */
const SHORT_FAMILY = {
    'vision-transformer': 'ViT', 'graph-transformer': 'Graph Transformer', ssm: 'SSM', moe: 'MoE', transformer: 'Transformer', mlp: 'MLP', cnn: 'CNN', rnn: 'RNN',
    kan: 'KAN', spiking: 'Spiking', diffusion: 'Diffusion', hybrid: 'Hybrid',
};
const FAMILY_ORDER = ['hybrid', 'ssm', 'moe', 'diffusion', 'kan', 'spiking', 'graph-transformer', 'vision-transformer', 'mlp', 'cnn', 'rnn', 'transformer'];
/** Longest hint shown after a key: a note stays readable. */
exports.MAX_HINT_LENGTH = 60;
/**
 * The inlay hint after a citation key: `name` shows the model's name (`Mamba`), `summary` adds the family and
 * the headline result (`Mamba · SSM · 5x throughput`); null when off. Plain text (VS Code shows hints as text).
 */
function inlayHintText(paper, mode) {
    if (mode === 'off')
        return null;
    // A name, or nothing: a title after every key would crowd the note ("Deep Residual Learning for Image…").
    if (mode === 'name') {
        const name = paper.summary?.name ?? (0, titleParts_1.shortNameOf)(paper.cleanTitle);
        return name ? clip(name) : null;
    }
    const name = displayName(paper);
    const family = FAMILY_ORDER.find((candidate) => paper.summary?.family.includes(candidate));
    const result = paper.summary?.results[0];
    const parts = [name, family ? SHORT_FAMILY[family] : '', result ? `${result.value} ${result.metric}` : ''].filter(Boolean);
    return clip(parts.join(' · '));
}
function clip(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length <= exports.MAX_HINT_LENGTH ? flat : `${flat.slice(0, exports.MAX_HINT_LENGTH - 1).replace(/\s+\S*$/, '')}…`;
}
