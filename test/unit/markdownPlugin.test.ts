import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { createPaperNotesPlugin } from '../../src/markdown/paperNotesPlugin';
import { makePaper } from './helpers';

const paper = makePaper({ key: 'specdetr2024', cleanTitle: 'SpecDETR: <b>Hyperspectral</b> "Detection"', year: 2024 });
const render = (text: string) => new MarkdownIt({ html: true }).use(createPaperNotesPlugin({ lookup: (key) => (key === paper.key ? paper : undefined) })).render(text);

describe('markdown-it plugin: citations', () => {
  it('renders a known citation as a link with an escaped tooltip', () => {
    const html = render('See [@specdetr2024].');
    assert.match(html, /<a class="paper-notes-cite" href="#paper-notes-ref-specdetr2024" title="SpecDETR: &#60;b&#62;Hyperspectral&#60;\/b&#62; &#34;Detection&#34; \(2024\)"/);
    assert.doesNotMatch(html, /<b>Hyperspectral/);
  });

  it('renders an unknown key visibly as unknown', () => {
    assert.match(render('See [@nope2020].'), /<span class="paper-notes-cite paper-notes-unknown" title="Unknown citation key &#39;nope2020&#39;">@nope2020<\/span>/);
  });

  it('leaves code spans, code blocks and escaped @ alone', () => {
    const html = render('`[@specdetr2024]`\n\n```\n[@specdetr2024]\n```\n\nan escaped \\@specdetr2024');
    assert.doesNotMatch(html, /paper-notes-cite/);
  });
});
