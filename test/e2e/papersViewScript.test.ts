import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../launch/codeServer';
import { useChromium } from './chromium';

/**
 * The Papers view's own script (dist/webview/papersView.js, as the extension ships it) in a real browser,
 * with the webview's API (acquireVsCodeApi) recorded: what it sends and what it keeps as its state.
 */
describe("the Papers view's script in a real browser", () => {
  const browser = useChromium();

  /** The view's elements, its API with `saved` as the state VS Code kept, and nothing run yet. */
  async function viewPage(saved: object): Promise<Page> {
    const page = await browser().newPage();
    await page.setContent(`<!DOCTYPE html><html><body>
      <input id="query" type="text"><select id="sort"><option value="auto">Best match</option></select>
      <div id="status"></div><ul id="results" tabindex="0"></ul><section id="details" hidden></section>
      <script>
        window.sent = [];
        window.acquireVsCodeApi = () => ({
          postMessage: (message) => window.sent.push(message),
          getState: () => (${JSON.stringify(saved)}),
          setState: (state) => { window.saved = state; },
        });
      </script></body></html>`);
    return page;
  }

  const run = (page: Page) => page.addScriptTag({ path: path.join(ROOT, 'dist', 'webview', 'papersView.js') });
  const searches = (page: Page) => page.evaluate('window.sent.filter((message) => message.type === "search").map((message) => message.query)') as Promise<string[]>;

  it('keeps what was typed before it ran, and searches for it, instead of the query it had kept', async () => {
    const page = await viewPage({ query: 'sliced recursve', sort: 'auto', selected: 'slicedrecursive2021', scrollTop: 120 });
    try {
      // A view VS Code shows again is typed into as soon as its box is there; its script may still be loading.
      await page.fill('#query', 'residual learning in:library');
      await run(page);
      assert.equal(await page.inputValue('#query'), 'residual learning in:library');
      assert.deepEqual(await searches(page), ['residual learning in:library']);
      // The selection and scroll kept were the old query's.
      assert.deepEqual(await page.evaluate('[window.saved.query, window.saved.selected, window.saved.scrollTop]'), ['residual learning in:library', null, 0]);
    } finally {
      await page.close();
    }
  });

  it('shows the query it had kept when nothing was typed, and searches for it, its selection kept', async () => {
    const page = await viewPage({ query: 'sliced recursve', sort: 'auto', selected: 'slicedrecursive2021', scrollTop: 120 });
    try {
      await run(page);
      assert.equal(await page.inputValue('#query'), 'sliced recursve');
      assert.deepEqual(await searches(page), ['sliced recursve']);
      assert.deepEqual(await page.evaluate('[window.saved.query, window.saved.selected]'), ['sliced recursve', 'slicedrecursive2021']);
    } finally {
      await page.close();
    }
  });
});
