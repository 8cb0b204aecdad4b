"use strict";
/** A replacement of a range of text, as the pure core hands edits to its hosts. Pure. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.applyEdits = applyEdits;
/** Applies non-overlapping edits given in order of their offsets. */
function applyEdits(text, edits) {
    let out = '';
    let at = 0;
    for (const edit of edits) {
        out += text.slice(at, edit.start) + edit.text;
        at = edit.end;
    }
    return out + text.slice(at);
}
