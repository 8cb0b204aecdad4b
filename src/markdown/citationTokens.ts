/**
 * Visits the citation tokens of a parsed note in order. A citation that
 * markdown-it put inside a link's text or an image's alt text becomes plain
 * text again (its `source`): there is no citation inside a link. Pure.
 */
import type MarkdownIt from 'markdown-it';

type Token = MarkdownIt.Token;

export function forEachCitationToken(
  tokens: readonly Token[],
  type: string,
  visit: (token: Token, siblings: Token[], index: number) => void,
): void {
  const walk = (children: Token[], insideLink: boolean): void => {
    let linkDepth = insideLink ? 1 : 0;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child.type === 'link_open') linkDepth++;
      else if (child.type === 'link_close') linkDepth--;
      else if (child.type === 'image' && child.children) walk(child.children, true);
      else if (child.type === type) {
        if (linkDepth > 0) {
          child.content = (child.meta as { source: string }).source;
          child.type = 'text';
        } else {
          visit(child, children, i);
        }
      }
    }
  };
  for (const token of tokens) if (token.type === 'inline' && token.children) walk(token.children, false);
}
