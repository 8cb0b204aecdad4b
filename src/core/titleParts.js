"use strict";
/**
 * The two rules about titles and keys that several places rely on, each
 * written once. Pure.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_SHORT_NAME_WORDS = void 0;
exports.shortNameOf = shortNameOf;
exports.keyStem = keyStem;
/** A title's short name is at most this many words. */
exports.MAX_SHORT_NAME_WORDS = 3;
/**
 * The short name a title gives before its first colon (`SpecDETR: A ...` →
 * `SpecDETR`, `Tokens-to-Token ViT: ...`), when it is at most three words;
 * TeX `$` signs dropped. With `dash`, a ` - ` or ` — ` serves as the colon in a
 * title that has none. Keys, display names and the summarizer all use it.
 */
function shortNameOf(title, options = {}) {
    const colon = title.indexOf(':');
    const end = colon > 0 ? colon : options.dash ? title.search(/\s[-–—]\s/) : -1;
    if (end <= 0)
        return null;
    const head = title.slice(0, end).replace(/\$/g, '').trim();
    if (!head || head.split(/\s+/).length > exports.MAX_SHORT_NAME_WORDS)
        return null;
    return head;
}
/** A key without its four-digit year and collision letter: `slicedrecursive2021b` → `slicedrecursive`, `c5t52021` → `c5t5`. */
function keyStem(key) {
    return key.replace(/\d{4}[a-z]?$/, '');
}
