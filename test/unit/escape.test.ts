import * as assert from 'node:assert/strict';
import { decodeEntities, escapeHtml, escapeMarkdown } from '../../src/core/escape';

describe('escaping and entities', () => {
  it('escapes HTML text and attribute values', () => {
    assert.equal(escapeHtml(`<a href="x" onclick='y'>&</a>`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('escapes every Markdown character that could make a link, markup or an entity', () => {
    assert.equal(escapeMarkdown('[x](javascript:y) *b* `c` <d> &lt; $e$'), '\\[x\\]\\(javascript:y\\) \\*b\\* \\`c\\` \\<d\\> \\&lt; \\$e\\$');
  });

  it('decodes named and numeric references, and leaves unknown or impossible ones as written', () => {
    assert.equal(decodeEntities('&amp;&lt;&gt;&quot;&apos;&nbsp;&#38;&#x26;&#X26;'), '&<>"\'\u00a0&&&');
    assert.equal(decodeEntities('&bogus; &#0; &#x110000; &#99999999;'), '&bogus; &#0; &#x110000; &#99999999;');
  });
});
