import * as assert from 'node:assert/strict';
import { citeFromPapersView, cursorToEnd, openFile, runCommand, screenshot, searchPapersView, setTheme, useWorkbench, waitForFirstResult, webviewFrame, type Workbench } from './workbench';

describe('Paper Notes in a live VS Code (the installed .vsix, in Chromium)', () => {
  const current = useWorkbench({}, 'failed-');
  let workbench: Workbench;
  beforeEach(() => {
    workbench = current();
  });

  it('searches in the Papers view as you type, shows details, and Enter cites the paper in the open note', async () => {
    const { page } = workbench;
    // The catalogue's 194 papers and, once the workspace's library (5 entries) is loaded, its entries: the list is searched again then.
    const view = await citeFromPapersView(page, 199);
    assert.ok(await view.locator('#results li').first().locator('.codicon-github').count(), 'no code icon on a paper with code');
    await screenshot(page, 'papers-view-dark');
  });

  it('opens a note and its Markdown preview with rendered citations', async () => {
    const { page } = workbench;
    await openFile(page, 'vision-transformers.md');
    await runCommand(page, 'Markdown: Open Preview to the Side');
    // Citations as Pandoc prints them (APA by default), with what each paper is on hover.
    const preview = await webviewFrame(page, 'span.citation');
    const citation = preview.locator('span.citation[data-cites="slicedrecursive2021"]').first();
    assert.equal(await citation.getAttribute('title'), 'Sliced Recursive Transformer (2021) — SReT');
    assert.equal(await citation.innerText(), '(see Sliced Recursive Transformer, 2021, Section 3)');
    assert.ok((await preview.locator('.paper-notes-unknown').count()) >= 1, 'the misspelt key is not shown as unknown');
    await screenshot(page, 'note-preview-dark');
  });

  it('shows a summary card and a comparison table in the preview, in dark and light themes', async () => {
    const { page } = workbench;
    const preview = await webviewFrame(page, '.paper-notes-card');
    const card = preview.locator('#paper-notes-card-slicedrecursive2021');
    assert.equal(await card.locator('.paper-notes-name').innerText(), 'SReT');
    assert.match(await card.innerText(), /ImageNet-1K/);
    const table = preview.locator('table.paper-notes-table');
    await table.scrollIntoViewIfNeeded();
    assert.equal(await table.locator('tbody tr').count(), 4);
    assert.ok((await preview.locator('#refs .csl-entry').count()) >= 4);
    // The card is styled by the contributed stylesheet: a left accent border.
    // (Runs in the page; the e2e tier compiles without the DOM library.)
    const border = await card.evaluate((element) => (globalThis as unknown as { getComputedStyle(e: unknown): { borderLeftWidth: string } }).getComputedStyle(element).borderLeftWidth);
    assert.equal(border, '3px');
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'card-and-table-dark');
    await setTheme(workbench, 'Light Modern');
    await screenshot(page, 'card-and-table-light');
  });

  it('completes [@slic in the editor, and explains a citation on hover', async () => {
    const { page } = workbench;
    await runCommand(page, 'View: Close All Editor Groups');
    await openFile(page, 'vision-transformers.md');
    await cursorToEnd(page);
    await page.keyboard.type('\n\nRecursion with shared weights [@slic');
    const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: 'slicedrecursive2021' }).first();
    await suggestion.waitFor({ timeout: 20_000 });
    await screenshot(page, 'completion-light');
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-lines', { hasText: 'Recursion with shared weights [@slicedrecursive2021]' }).first().waitFor();
    // Put the cursor on the key and ask for its hover from the keyboard (Ctrl+K Ctrl+I).
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover-content', { hasText: 'Sliced Recursive Transformer' }).first();
    await hover.waitFor({ timeout: 20_000 });
    assert.match(await hover.innerText(), /Insert summary card/);
    await screenshot(page, 'hover-light');
  });

  it('cites from the Insert Citation Quick Pick, in our ranking, typos included', async () => {
    const { page } = workbench;
    await cursorToEnd(page);
    await page.keyboard.type('\n\nFrom the palette: ');
    await runCommand(page, 'Paper Notes: Insert Citation…');
    // The Quick Pick opens once the extension answers: type only when it is there.
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Insert Citation' }).waitFor();
    await page.locator('.quick-input-widget input').pressSequentially('mamab selective in:catalogue', { delay: 20 });
    const first = page.locator('.quick-input-list .monaco-list-row').first();
    await first.locator('.label-name', { hasText: 'Mamba: Linear-Time Sequence Modeling' }).waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-lines', { hasText: 'From the palette: [@mamba2023]' }).first().waitFor();
    // Enter pressed as soon as the query is typed, before its results are shown: the best match for what was typed is cited.
    await page.keyboard.type('\n\nAt once: ');
    await runCommand(page, 'Paper Notes: Insert Citation…');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Insert Citation' }).waitFor();
    await page.locator('.quick-input-widget input').fill('sliced recursive transformer');
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-lines', { hasText: 'At once: [@slicedrecursive2021]' }).first().waitFor({ timeout: 20_000 });
  });

  it("searches the user's library next to the catalogue, cites an entry with Enter, and previews it", async () => {
    const { page } = workbench;
    await runCommand(page, 'View: Close All Editor Groups');
    await openFile(page, 'my-library.md');
    await cursorToEnd(page);
    await page.keyboard.type('\n\nDeep residual networks: ');
    const view = await searchPapersView(page);
    await view.locator('#query').fill('residual learning in:library');
    await waitForFirstResult(view, 'Deep Residual Learning for Image Recognition');
    const first = view.locator('#results li').first();
    assert.equal(await first.locator('.source').innerText(), 'zotero.bib');
    await view.locator('#query').press('ArrowDown');
    const details = view.locator('#details');
    await details.locator('.details-title', { hasText: 'Deep Residual Learning' }).waitFor();
    assert.match(await details.innerText(), /He, Kaiming; Zhang, Xiangyu; Ren, Shaoqing; Sun, Jian/);
    assert.match(await details.innerText(), /zotero\.bib, line 16/);
    assert.match(await details.innerText(), /doi\.org\/10\.1109\/CVPR\.2016\.90/);
    assert.match(await details.innerText(), /We present a residual learning framework/, 'the abstract, fetched from the library worker');
    await screenshot(page, 'library-entry-in-papers-view');
    await view.locator('#results').press('Enter');
    await page.locator('.monaco-editor .view-lines', { hasText: 'Deep residual networks: [@heDeepResidualLearning2016]' }).first().waitFor();
    // The status bar counts the libraries' entries: 5 in zotero.bib and 1 in the note's own library.
    await page.locator('.statusbar-item', { hasText: '6' }).locator('.codicon-library').first().waitFor({ timeout: 30_000 });
    await runCommand(page, 'Markdown: Open Preview to the Side');
    const preview = await webviewFrame(page, 'span.citation[data-cites="heDeepResidualLearning2016"]');
    const lstm = preview.locator('span.citation[data-cites="hochreiterLongShorttermMemory1997"]').first();
    assert.match(await lstm.getAttribute('title') ?? '', /^Long Short-Term Memory \(1997\)/);
    assert.equal(await lstm.innerText(), '(Hochreiter & Schmidhuber, 1997)', 'the library entry, formatted from its own CSL item');
    assert.equal(await preview.locator('.paper-notes-unknown').count(), 0, 'every key of the note is known');
    assert.match(await preview.locator('#refs').innerText(), /He, K\., Zhang, X\., Ren, S\., & Sun, J\. \(2016\)\. Deep Residual Learning for Image Recognition\. 2016 IEEE Conference/);
    await screenshot(page, 'library-note-preview');
  });

  it('previews a note in the CSL style its front matter names, with the bibliography at its #refs div', async () => {
    const { page } = workbench;
    await openFile(page, 'citation-styles.md');
    await runCommand(page, 'Markdown: Open Preview to the Side');
    const preview = await webviewFrame(page, 'span.citation[data-cites="slicedrecursive2021 tokenstotokenvit2021"]');
    // csl: vancouver, link-citations: true, nocite: @informer2020, reference-section-title: References.
    const cluster = preview.locator('span.citation[data-cites="slicedrecursive2021 tokenstotokenvit2021"]');
    assert.equal(await cluster.innerText(), '(see 1,also 2)');
    assert.equal(await cluster.locator('a[href="#ref-slicedrecursive2021"]').count(), 1);
    assert.equal(await preview.locator('h1#bibliography').innerText(), 'References');
    const entries = preview.locator('#refs .csl-entry');
    assert.equal(await entries.count(), 5, 'four cited papers and the nocite one');
    assert.match(await entries.first().innerText(), /^1\.\s+Sliced Recursive Transformer \[Internet\]\. 2021\./);
    assert.match(await preview.locator('#refs').innerText(), /Informer: Beyond Efficient Transformer/);
    // The bibliography stands where the note's ::: {#refs} div is, before the appendix.
    const order = await preview.locator('#refs, h2').evaluateAll((elements) => elements.map((element) => (element as unknown as { tagName: string }).tagName));
    assert.deepEqual(order.slice(-2), ['DIV', 'H2']);
    await preview.locator('#refs').scrollIntoViewIfNeeded();
    await screenshot(page, 'csl-preview-light');
  });

  it('shows a summary after each citation while writing, and the Papers view follows the cursor', async () => {
    const { page } = workbench;
    await runCommand(page, 'View: Close All Editor Groups');
    await openFile(page, 'efficient-attention.md');
    await cursorToEnd(page);
    await page.keyboard.type('\n\nShared weights [@slicedrecursive2021] again.');
    // The inlay hint after the key: the model's name (paperNotes.inlayHints: name), shown while Ctrl+Alt is held (see workbench.ts).
    const line = page.locator('.monaco-editor .view-line', { hasText: 'Shared weights [@slicedrecursive2021] again.' }).first();
    await line.waitFor();
    await page.keyboard.down('Control');
    await page.keyboard.down('Alt');
    try {
      const hinted = page.locator('.monaco-editor .view-line', { hasText: 'Shared weights' }).filter({ hasText: /slicedrecursive2021\s*SReT/ }).first();
      await hinted.waitFor({ timeout: 20_000 });
      assert.match(await hinted.innerText(), /\[@slicedrecursive2021\s*SReT\s*\]\s+again\./);
      // The hint's tooltip: the paper's summary.
      await hinted.getByText('SReT', { exact: true }).last().hover();
      const tooltip = page.locator('.monaco-hover-content', { hasText: 'Sliced Recursive Transformer' }).first();
      await tooltip.waitFor({ timeout: 10_000 });
      assert.match(await tooltip.innerText(), /Family: Transformer, Vision Transformer/);
      await screenshot(page, 'inlay-hint-light');
    } finally {
      await page.keyboard.up('Alt');
      await page.keyboard.up('Control');
    }
    // Follow mode: with the Papers view open, the cursor on the key shows that paper there; the editor keeps the focus.
    const view = await searchPapersView(page);
    await line.locator('span', { hasText: 'slicedrecursive2021' }).last().click();
    await view.locator('#details .details-title', { hasText: 'Sliced Recursive Transformer' }).waitFor({ timeout: 20_000 });
    assert.ok(await page.locator('.editor-group-container.active .monaco-editor.focused').count(), 'the editor keeps the focus');
    await screenshot(page, 'follow-cursor-light');
  });

  it('opens a summary card when a citation in the preview is hovered, in light and dark themes', async () => {
    const { page } = workbench;
    await runCommand(page, 'View: Close All Editor Groups');
    await openFile(page, 'vision-transformers.md');
    await runCommand(page, 'Markdown: Open Preview to the Side');
    const preview = await webviewFrame(page, 'span.citation');
    const citation = preview.locator('span.citation[data-cites="slicedrecursive2021"]').first();
    await citation.hover();
    const card = preview.locator('.paper-notes-popover');
    await card.waitFor({ timeout: 10_000 });
    assert.equal(await card.locator('.paper-notes-name').first().innerText(), 'SReT');
    assert.match(await card.innerText(), /Family\s+Transformer, Vision Transformer/);
    assert.match(await card.innerText(), /github\.com\/szq0214\/SReT/);
    await screenshot(page, 'preview-popover-light');
    await preview.locator('h1').first().hover();
    await card.waitFor({ state: 'detached', timeout: 5_000 });
    // From the keyboard: a citation takes the focus, and the card opens.
    await citation.focus();
    await card.waitFor({ timeout: 5_000 });
    await setTheme(workbench, 'Dark Modern');
    await citation.hover();
    await preview.locator('.paper-notes-popover').waitFor({ timeout: 10_000 });
    await screenshot(page, 'preview-popover-dark');
    await setTheme(workbench, 'Light Modern');
  });

  it('keeps the Papers view readable in the light theme, and focuses its search box when Search Papers makes it anew', async () => {
    const { page } = workbench;
    // With the side bar closed the view is gone (VS Code disposes a hidden view); Search Papers makes it again, its box focused.
    await runCommand(page, 'View: Close Primary Side Bar');
    await page.locator('.sidebar').waitFor({ state: 'hidden' });
    const view = await searchPapersView(page);
    await view.locator('#query').fill('vit');
    // The search's own answer (the list before it, newest first, may show a ViT too).
    await view.locator('#status', { hasText: 'best match first' }).waitFor();
    await view.locator('#results li .title', { hasText: 'ViT' }).first().waitFor();
    await screenshot(page, 'papers-view-light');
    await setTheme(workbench, 'Dark High Contrast');
    await view.locator('#results li .title', { hasText: 'ViT' }).first().waitFor();
    await screenshot(page, 'papers-view-high-contrast');
  });
});
