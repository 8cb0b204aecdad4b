/** URLs in abstracts: extraction and the code link. Pure. */

const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;
const CODE_HOSTS = /^https?:\/\/(?:www\.)?(?:github\.com|gitee\.com|gitlab\.com)\//i;

/** Strips sentence punctuation a URL picked up from its surrounding text. */
export function trimUrl(raw: string): string {
  let url = raw;
  for (;;) {
    const last = url[url.length - 1];
    if (/[.,;:!?'"]/.test(last)) {
      url = url.slice(0, -1);
    } else if (last === ')' && count(url, '(') < count(url, ')')) {
      url = url.slice(0, -1);
    } else if (last === ']' && count(url, '[') < count(url, ']')) {
      url = url.slice(0, -1);
    } else {
      return url;
    }
  }
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/** Every URL in the text, in order of appearance, without duplicates. */
export function extractLinks(text: string): string[] {
  const links: string[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = trimUrl(match[0]);
    if (url.length > 'https://'.length && !links.includes(url)) links.push(url);
  }
  return links;
}

/** The first link to a code host, or null. */
export function codeUrlFrom(links: readonly string[]): string | null {
  return links.find((url) => CODE_HOSTS.test(url)) ?? null;
}
