/**
 * The offline launcher of the integration tier: runs test/integration's mocha
 * suite inside a real VS Code extension host (code-server 4.100.3 in headless
 * Chromium), relays its report, and exits with its result.
 *
 * Env: PAPER_NOTES_TEST_TIMEOUT (seconds, default 600), PAPER_NOTES_GREP (mocha grep),
 * PAPER_NOTES_TEST_WORKSPACE (folder to copy and open, default test/fixtures/workspace).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { BIG_LIBRARY_SOURCE, bigLibraryText } from '../shared/bigLibrary';
import { CHROMIUM, CHROMIUM_ARGS, ensureCodeServer, onInterrupt, ROOT, startCodeServer, vscodeVersion } from './codeServer';

async function main(): Promise<number> {
  ensureCodeServer();
  const timeoutSeconds = Number(process.env.PAPER_NOTES_TEST_TIMEOUT ?? 600);
  // A throw-away copy of the fixture workspace: tests write notes and bibliographies into it.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-notes-workspace-'));
  fs.cpSync(path.resolve(process.env.PAPER_NOTES_TEST_WORKSPACE ?? path.join(ROOT, 'test', 'fixtures', 'workspace')), workspace, { recursive: true });
  // Written here, not inside the extension host: its strings would be garbage on the heap the test measures.
  fs.mkdirSync(path.join(workspace, path.dirname(BIG_LIBRARY_SOURCE)), { recursive: true });
  fs.writeFileSync(path.join(workspace, BIG_LIBRARY_SOURCE), bigLibraryText());
  const server = await startCodeServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const cleanup = async (): Promise<void> => {
    await browser.close().catch(() => undefined);
    await server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  };
  const release = onInterrupt(cleanup);
  try {
    console.log(`integration: VS Code ${vscodeVersion()} (code-server on ${server.url}), Chromium ${browser.version()}`);
    const page = await browser.newPage();
    const exitCode = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    // The browser console carries the workbench's own chatter too; the suite's report starts
    // with the "VS Code x.y.z" line test/integration/index.ts prints. Earlier lines are shown
    // only if the run fails, to help find out why.
    let started = false;
    const before: string[] = [];
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      if (!started && /^VS Code \d+\.\d+/.test(text)) started = true;
      if (!started) {
        before.push(`[${type}] ${text}`);
        return;
      }
      if (type === 'error') process.stderr.write(`${text}\n`);
      else process.stdout.write(`${text}\n`);
    });
    const remote = (file: string): string => `vscode-remote://127.0.0.1:${server.port}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(path.join(ROOT, 'out', 'test', 'integration', 'index.js'))],
      ['skipWelcome', 'true'],
    ];
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<number>((resolve) => {
      timer = setTimeout(() => {
        console.error(`integration: no result after ${timeoutSeconds} s: the suite hung or VS Code never ran it (PAPER_NOTES_TEST_TIMEOUT to change)`);
        resolve(1);
      }, timeoutSeconds * 1000);
    });
    const code = await Promise.race([exitCode, timeout]);
    clearTimeout(timer);
    if (code !== 0 && !started) console.error(`integration: the suite never started; VS Code said:\n${before.join('\n')}`);
    console.log(`integration: ${code === 0 ? 'passed' : 'FAILED'} in VS Code ${vscodeVersion()}`);
    return code;
  } finally {
    release();
    await cleanup();
  }
}

main().then((code) => process.exit(code), (error: Error) => {
  console.error(`integration: ${error.message}`);
  process.exit(1);
});
