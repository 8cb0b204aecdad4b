/**
 * Starting and stopping the offline VS Code (code-server 4.100.3, installed by
 * scripts/install-vscode.sh) and Debian's Chromium, for the integration and
 * e2e tiers and for `npm start`.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER_DIR = process.env.PAPER_NOTES_CODE_SERVER_DIR ?? path.join(ROOT, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.PAPER_NOTES_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'];

/** Installs (or reuses) code-server; throws with the installer's message when that fails. */
export function ensureCodeServer(): void {
  const result = spawnSync('bash', [path.join(ROOT, 'scripts', 'install-vscode.sh')], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('could not install code-server (see above)');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (or set PAPER_NOTES_CHROMIUM)`);
}

/** The VS Code version inside code-server, e.g. 1.100.3. */
export function vscodeVersion(): string {
  const pkg = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'package.json');
  return (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }).version;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function get(url: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(url, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', () => resolve(0));
    request.setTimeout(2000, () => {
      request.destroy();
      resolve(0);
    });
  });
}

export interface CodeServer {
  port: number;
  url: string;
  userDataDir: string;
  extensionsDir: string;
  process: ChildProcess;
  /** Output so far, for error messages. */
  log(): string;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  /** Folder opened in the workbench (used by `npm start`; tests pass it in the URL). */
  folder?: string;
  port?: number;
  /** Extensions folder; a throw-away one when not given. */
  extensionsDir?: string;
  /** Extra user settings. */
  settings?: Record<string, unknown>;
  /** Keep code-server's output on the terminal. */
  verbose?: boolean;
}

/**
 * A copy of the built extension (dist/, media/, syntaxes/) whose manifest has
 * no `main`, only `browser`: VS Code can run it nowhere but in the browser's
 * web worker extension host, as vscode.dev and github.dev do. Opened through
 * the URL's `payload` (`webExtensionPayload`), not installed.
 */
export function webExtensionCopy(folder: string, browserEntry?: string): void {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  if (!manifest.browser) throw new Error('package.json has no browser entry');
  delete manifest.main;
  if (browserEntry) manifest.browser = browserEntry;
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const part of ['dist', 'media', 'syntaxes', 'README.md']) fs.cpSync(path.join(ROOT, part), path.join(folder, part), { recursive: true });
}

/** The URL's `payload` that opens a development extension in the page, as VS Code's own web tests do. */
export function webExtensionPayload(port: number, folder: string): string {
  return `payload=${encodeURIComponent(JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${folder}`], ['skipWelcome', 'true']]))}`;
}

/** Runs `code-server --install-extension <vsix>` into an extensions folder. */
export function installExtension(vsix: string, extensionsDir: string): void {
  const result = spawnSync(process.execPath, [CODE_SERVER_ENTRY, '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'],
    { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`code-server --install-extension failed:\n${result.stdout}\n${result.stderr}`);
}

/** Starts code-server on a loopback port with a throw-away user-data folder and workspace trust off. */
export async function startCodeServer(options: CodeServerOptions = {}): Promise<CodeServer> {
  const port = options.port ?? (await freePort());
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-notes-user-'));
  const extensionsDir = options.extensionsDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'paper-notes-ext-'));
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'telemetry.telemetryLevel': 'off',
    'chat.disableAIFeatures': true,
    ...options.settings,
  }, null, 2));
  const args = [CODE_SERVER_ENTRY, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  if (options.folder) args.push(options.folder);
  let output = '';
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
  const collect = (chunk: Buffer): void => {
    output += chunk.toString();
    if (options.verbose) process.stderr.write(chunk);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });

  const stop = async (): Promise<void> => {
    if (!exited && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      const deadline = Date.now() + 5000;
      while (!exited && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      if (!exited) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      }
    }
    fs.rmSync(userDataDir, { recursive: true, force: true });
    if (!options.extensionsDir) fs.rmSync(extensionsDir, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while ((await get(`${url}/healthz`)) !== 200) {
    if (exited) throw new Error(`code-server exited before it was ready:\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${url} within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { port, url, userDataDir, extensionsDir, process: child, log: () => output, stop };
}

/** Runs `cleanup` once on Ctrl+C, SIGTERM or exit, so no code-server or Chromium is left behind. */
export function onInterrupt(cleanup: () => Promise<void>): () => void {
  let done = false;
  const handler = (signal: NodeJS.Signals): void => {
    if (done) return;
    done = true;
    console.error(`\n${signal}: stopping`);
    void cleanup().finally(() => process.exit(130));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
