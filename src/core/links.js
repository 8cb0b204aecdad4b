"use strict";
/** URLs in abstracts: extraction and the code link. Pure. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.trimUrl = trimUrl;
exports.extractLinks = extractLinks;
exports.codeUrlFrom = codeUrlFrom;
const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;
const CODE_HOSTS = /^https?:\/\/(?:www\.)?(?:github\.com|gitee\.com|gitlab\.com)\//i;
/** Strips sentence punctuation a URL picked up from its surrounding text. Linear in the URL's length. */
function trimUrl(raw) {
    const balance = { ')': count(raw, ')') - count(raw, '('), ']': count(raw, ']') - count(raw, '[') };
    let end = raw.length;
    for (;;) {
        const last = raw[end - 1];
        if (last !== undefined && /[.,;:!?'"]/.test(last)) {
            end--;
        }
        else if ((last === ')' || last === ']') && balance[last] > 0) {
            balance[last]--;
            end--;
        }
        else {
            return raw.slice(0, end);
        }
    }
}
function count(text, ch) {
    let n = 0;
    for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1))
        n++;
    return n;
}
/** Every URL in the text, in order of appearance, without duplicates. */
function extractLinks(text) {
    const links = [];
    for (const match of text.matchAll(URL_PATTERN)) {
        const url = trimUrl(match[0]);
        if (url.length > 'https://'.length && !links.includes(url))
            links.push(url);
    }
    return links;
}
/** The first link to a code host, or null. */
function codeUrlFrom(links) {
    return links.find((url) => CODE_HOSTS.test(url)) ?? null;
}
