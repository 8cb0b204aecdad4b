/**
 * citeproc-js's HTML as plain text (to paste into an e-mail) and as Markdown
 * (for a hover). Its HTML is a small set: `<i>`, `<b>`, `<sup>`, `<sub>`,
 * small-caps spans, margin divs of numbered styles, and entities. Pure.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Plain text: tags gone, entities decoded, white space single. */
export function htmlToText(html: string): string {
  return decode(html.replace(/<\/div>\s*<div[^>]*>/g, ' ').replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

/** Markdown's special characters escaped in plain text. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, (ch) => `\\${ch}`);
}

/** Markdown: italics and bold kept, everything else as escaped text. */
export function htmlToMarkdown(html: string): string {
  const parts = html.replace(/<\/div>\s*<div[^>]*>/g, ' ').split(/(<\/?(?:i|em|b|strong)>)/);
  return parts.map((part) => {
    if (/^<\/?(?:i|em)>$/.test(part)) return '*';
    if (/^<\/?(?:b|strong)>$/.test(part)) return '**';
    return escapeMarkdown(decode(part.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' '));
  }).join('').trim();
}
