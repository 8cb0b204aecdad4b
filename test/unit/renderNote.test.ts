import * as assert from 'node:assert/strict';
import { CONTENT_SECURITY_POLICY, renderNotePage } from '../../src/markdown/renderNote';
import { makePaper } from './helpers';

describe('a note rendered as a standalone page (renderNotePage)', () => {
  const paper = makePaper({ key: 'alpha2024', title: 'Alpha: <b>Bold</b> Nets' });
  const host = { lookup: (key: string) => (key === paper.key ? paper : undefined), keys: () => [paper.key] };

  it('is a whole HTML page: the policy that runs no script, the escaped title, the stylesheet and the rendered note', () => {
    const page = renderNotePage('# Notes\n\nSee [@alpha2024] and <b>kept</b>.\n', host, '.x-css { color: red; }', 'Notes <on> "A&B"');
    assert.match(page, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`));
    assert.ok(page.includes('<title>Notes &lt;on&gt; &quot;A&amp;B&quot;</title>'));
    assert.ok(page.includes('.x-css { color: red; }'));
    assert.match(page, /<h1>Notes<\/h1>/);
    assert.match(page, /<b>kept<\/b>/, 'the note\'s own HTML is kept, as in the preview');
    assert.match(page, /class="paper-notes-cite[^"]*"/);
    assert.ok(page.trimEnd().endsWith('</body>\n</html>'));
  });

  it('leaves the YAML front matter out, as the preview and Pandoc do, and renders what follows it', () => {
    const page = renderNotePage('---\ntitle: T\nbibliography: refs.bib\n---\n# Body\n', host, '', 'n');
    assert.doesNotMatch(page, /bibliography|<hr>/);
    assert.match(page, /<h1>Body<\/h1>/);
    assert.match(renderNotePage('---\n\nJust a rule above.\n', host, '', 'n'), /<hr>/, 'an unclosed block is no front matter');
  });

  it('allows no script, frame, form or plugin, and only inline styles', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }));
    assert.equal(directives.get('default-src'), "'none'");
    assert.equal(directives.get('script-src'), "'none'");
    assert.equal(directives.get('object-src'), "'none'");
    assert.equal(directives.get('frame-src'), "'none'");
    assert.equal(directives.get('form-action'), "'none'");
    assert.equal(directives.get('base-uri'), "'none'");
    assert.equal(directives.get('style-src'), "'unsafe-inline'");
  });

  it('links bare URLs as the preview does', () => {
    assert.match(renderNotePage('see https://example.org/x', host, '', 't'), /<a href="https:\/\/example.org\/x">/);
  });
});
