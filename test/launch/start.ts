/**
 * `npm start`: VS Code in the browser with the packaged extension installed,
 * on the sample notes. Prints the URL; Ctrl+C stops everything.
 *
 * Env: PORT (default 8080, or a free port if that one is taken), PAPER_NOTES_FOLDER (default sample-notes/),
 * PAPER_NOTES_WEB=1 (the web extension instead, in the browser's web worker extension host, as on vscode.dev).
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { ensureCodeServer, freePort, installExtension, onInterrupt, ROOT, startCodeServer, vscodeVersion, webExtensionCopy, webExtensionPayload } from './codeServer';

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function main(): Promise<void> {
  ensureCodeServer();
  const vsix = path.join(ROOT, 'paper-notes.vsix');
  if (!fs.existsSync(vsix)) throw new Error('paper-notes.vsix is missing: npm run package');
  const folder = path.resolve(process.env.PAPER_NOTES_FOLDER ?? path.join(ROOT, 'sample-notes'));
  const extensionsDir = path.join(ROOT, '.vscode-test', 'start-extensions');
  fs.rmSync(extensionsDir, { recursive: true, force: true });
  const web = !!process.env.PAPER_NOTES_WEB;
  const webExtension = path.join(ROOT, '.vscode-test', 'start-web-extension');
  if (web) {
    fs.rmSync(webExtension, { recursive: true, force: true });
    webExtensionCopy(webExtension);
  } else {
    installExtension(vsix, extensionsDir);
  }
  const wanted = Number(process.env.PORT ?? 8080);
  const port = (await portIsFree(wanted)) ? wanted : await freePort();
  const server = await startCodeServer({ port, extensionsDir, folder });
  onInterrupt(server.stop);
  server.process.on('exit', (code) => {
    console.error(`code-server stopped (exit ${code ?? 'signal'})`);
    process.exit(code ?? 1);
  });
  console.log(`\nPaper Notes is running in VS Code ${vscodeVersion()} on ${path.relative(process.cwd(), folder) || folder}:\n`);
  console.log(`    ${server.url}/?folder=${encodeURI(folder)}${web ? `&${webExtensionPayload(port, webExtension)}` : ''}\n`);
  // code-server runs VS Code's Markdown extension in its Node host (it ships no browser build of it), where a web extension's plugin is not loaded.
  if (web) console.log('The web extension runs in the browser\'s web worker extension host. The Markdown preview here comes from code-server\'s Node host and shows no Paper Notes citations; on vscode.dev it does.');
  console.log('Open that URL in a browser. Ctrl+C stops VS Code.');
}

main().catch((error: Error) => {
  console.error(`npm start: ${error.message}`);
  process.exit(1);
});
