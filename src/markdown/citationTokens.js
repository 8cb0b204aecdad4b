"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.forEachCitationToken = forEachCitationToken;
function forEachCitationToken(tokens, type, visit) {
    const walk = (children, insideLink) => {
        let linkDepth = insideLink ? 1 : 0;
        for (let i = 0; i < children.length; i++) {
            const child = children[i];
            if (child.type === 'link_open')
                linkDepth++;
            else if (child.type === 'link_close')
                linkDepth--;
            else if (child.type === 'image' && child.children)
                walk(child.children, true);
            else if (child.type === type) {
                if (linkDepth > 0) {
                    child.content = child.meta.source;
                    child.type = 'text';
                }
                else {
                    visit(child, children, i);
                }
            }
        }
    };
    for (const token of tokens)
        if (token.type === 'inline' && token.children)
            walk(token.children, false);
}
