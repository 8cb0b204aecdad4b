import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../launch/codeServer';
import { useChromium } from './chromium';

/** A note someone shares: it carries script in every form Markdown lets through. */
const HOSTILE_NOTE = [
  '# Shared notes', '', 'See [@slicedrecursive2021].', '',
  '<script>window.pwned = "script"</script>', '',
  '<img src="data:," onerror="window.pwned = \'onerror\'">', '',
  '<a href="javascript:void(window.pwned = \'link\')" id="link">click</a>', '',
].join('\n');

describe('paper-notes render output in a real browser', () => {
  const browser = useChromium();

  async function open(html: string): Promise<{ pwned: unknown; citations: number }> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-notes-page-'));
    const file = path.join(dir, 'note.html');
    fs.writeFileSync(file, html);
    const page = await browser().newPage();
    try {
      await page.goto(`file://${file}`);
      await page.waitForLoadState('load');
      await page.locator('#link').click();
      await page.waitForTimeout(300);
      const result = await page.evaluate('({ pwned: window.pwned, citations: document.querySelectorAll("span.citation").length })') as { pwned: unknown; citations: number };
      return result;
    } finally {
      await page.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  it('runs none of the script a note carries, and still shows the note', async () => {
    const render = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'render', '-'], { input: HOSTILE_NOTE, encoding: 'utf8' });
    assert.equal(render.status, 0, render.stderr);
    assert.deepEqual(await open(render.stdout), { pwned: undefined, citations: 1 });
    // The same page without its policy does run it: the check above can fail.
    const unprotected = render.stdout.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    assert.notEqual((await open(unprotected)).pwned, undefined);
  });
});
