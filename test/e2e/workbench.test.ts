import * as assert from 'node:assert/strict';
import { openFile, openWorkbench, runCommand, screenshot, setTheme, webviewFrame, type Workbench } from './workbench';

describe('Paper Notes in a live VS Code (the installed .vsix, in Chromium)', () => {
  let workbench: Workbench;

  before(async () => {
    workbench = await openWorkbench();
  });

  after(async () => {
    await workbench?.close();
  });

  it('shows the Paper Notes side bar with papers in the Papers view', async () => {
    const { page } = workbench;
    await page.locator('.activitybar [aria-label^="Paper Notes"]').first().click();
    const view = await webviewFrame(page, '#query');
    await view.locator('#results li').first().waitFor({ timeout: 30_000 });
    assert.ok((await view.locator('#results li').count()) > 0);
    await view.locator('#query').fill('sliced recursive');
    await view.locator('#results li', { hasText: 'Sliced Recursive Transformer' }).first().waitFor();
    assert.match(await view.locator('#results li .title').first().innerText(), /Sliced Recursive Transformer/);
    await screenshot(page, 'papers-view-dark');
  });

  it('opens a note and its Markdown preview with rendered citations', async () => {
    const { page } = workbench;
    await openFile(page, 'vision-transformers.md');
    await runCommand(page, 'Markdown: Open Preview to the Side');
    const preview = await webviewFrame(page, 'a.paper-notes-cite');
    const tooltip = await preview.locator('a.paper-notes-cite[data-key="slicedrecursive2021"]').first().getAttribute('title');
    assert.equal(tooltip, 'Sliced Recursive Transformer (2021) — SReT');
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
    assert.ok((await preview.locator('.paper-notes-references li').count()) >= 4);
    // The card is styled by the contributed stylesheet: a left accent border.
    // (Runs in the page; the e2e tier compiles without the DOM library.)
    const border = await card.evaluate((element) => (globalThis as unknown as { getComputedStyle(e: unknown): { borderLeftWidth: string } }).getComputedStyle(element).borderLeftWidth);
    assert.equal(border, '3px');
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'card-and-table-dark');
    await setTheme(workbench, 'Light Modern');
    await screenshot(page, 'card-and-table-light');
  });
});
