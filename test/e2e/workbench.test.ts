import * as assert from 'node:assert/strict';
import { openFile, openWorkbench, runCommand, screenshot, webviewFrame, type Workbench } from './workbench';

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
    assert.equal(tooltip, 'Sliced Recursive Transformer (2021)');
    assert.ok((await preview.locator('.paper-notes-unknown').count()) >= 1, 'the misspelt key is not shown as unknown');
    await screenshot(page, 'note-preview-dark');
  });
});
