"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.CHROMIUM_ARGS = exports.CHROMIUM = exports.CODE_SERVER_ENTRY = exports.CODE_SERVER_DIR = exports.CODE_SERVER_VERSION = exports.ROOT = void 0;
exports.ensureCodeServer = ensureCodeServer;
exports.vscodeVersion = vscodeVersion;
exports.freePort = freePort;
exports.webExtensionCopy = webExtensionCopy;
exports.webExtensionPayload = webExtensionPayload;
exports.installExtension = installExtension;
exports.startCodeServer = startCodeServer;
exports.onInterrupt = onInterrupt;
/**
 * Starting and stopping the offline VS Code (code-server 4.100.3, installed by
 * scripts/install-vscode.sh) and Debian's Chromium, for the integration and
 * e2e tiers and for `npm start`.
 */
const node_child_process_1 = require("node:child_process");
const fs = __importStar(require("node:fs"));
const http = __importStar(require("node:http"));
const net = __importStar(require("node:net"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
exports.ROOT = path.resolve(__dirname, '..', '..', '..');
exports.CODE_SERVER_VERSION = '4.100.3';
exports.CODE_SERVER_DIR = process.env.PAPER_NOTES_CODE_SERVER_DIR ?? path.join(exports.ROOT, '.vscode-test', `code-server-${exports.CODE_SERVER_VERSION}`);
exports.CODE_SERVER_ENTRY = path.join(exports.CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
exports.CHROMIUM = process.env.PAPER_NOTES_CHROMIUM ?? '/usr/bin/chromium';
exports.CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'];
/** Installs (or reuses) code-server; throws with the installer's message when that fails. */
function ensureCodeServer() {
    const result = (0, node_child_process_1.spawnSync)('bash', [path.join(exports.ROOT, 'scripts', 'install-vscode.sh')], { stdio: 'inherit' });
    if (result.status !== 0)
        throw new Error('could not install code-server (see above)');
    if (!fs.existsSync(exports.CHROMIUM))
        throw new Error(`no Chromium at ${exports.CHROMIUM}: apt-get install chromium (or set PAPER_NOTES_CHROMIUM)`);
}
/** The VS Code version inside code-server, e.g. 1.100.3. */
function vscodeVersion() {
    const pkg = path.join(exports.CODE_SERVER_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'package.json');
    return JSON.parse(fs.readFileSync(pkg, 'utf8')).version;
}
function freePort() {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}
function get(url) {
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
/**
 * A copy of the built extension (dist/, media/, syntaxes/) whose manifest has
 * no `main`, only `browser`: VS Code can run it nowhere but in the browser's
 * web worker extension host, as vscode.dev and github.dev do. Opened through
 * the URL's `payload` (`webExtensionPayload`), not installed.
 */
function webExtensionCopy(folder, browserEntry) {
    const manifest = JSON.parse(fs.readFileSync(path.join(exports.ROOT, 'package.json'), 'utf8'));
    if (!manifest.browser)
        throw new Error('package.json has no browser entry');
    delete manifest.main;
    if (browserEntry)
        manifest.browser = browserEntry;
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
    for (const part of ['dist', 'media', 'syntaxes', 'README.md'])
        fs.cpSync(path.join(exports.ROOT, part), path.join(folder, part), { recursive: true });
}
/** The URL's `payload` that opens a development extension in the page, as VS Code's own web tests do. */
function webExtensionPayload(port, folder) {
    return `payload=${encodeURIComponent(JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${folder}`], ['skipWelcome', 'true']]))}`;
}
/** Runs `code-server --install-extension <vsix>` into an extensions folder. */
function installExtension(vsix, extensionsDir) {
    const result = (0, node_child_process_1.spawnSync)(process.execPath, [exports.CODE_SERVER_ENTRY, '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'], { encoding: 'utf8' });
    if (result.status !== 0)
        throw new Error(`code-server --install-extension failed:\n${result.stdout}\n${result.stderr}`);
}
/** Starts code-server on a loopback port with a throw-away user-data folder and workspace trust off. */
async function startCodeServer(options = {}) {
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
    const args = [exports.CODE_SERVER_ENTRY, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
        '--disable-workspace-trust', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
    if (options.folder)
        args.push(options.folder);
    let output = '';
    const child = (0, node_child_process_1.spawn)(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
    const collect = (chunk) => {
        output += chunk.toString();
        if (options.verbose)
            process.stderr.write(chunk);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    let exited = false;
    child.on('exit', () => {
        exited = true;
    });
    const stop = async () => {
        if (!exited && child.pid) {
            try {
                process.kill(-child.pid, 'SIGTERM');
            }
            catch {
                child.kill('SIGTERM');
            }
            const deadline = Date.now() + 5000;
            while (!exited && Date.now() < deadline)
                await new Promise((resolve) => setTimeout(resolve, 100));
            if (!exited) {
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    child.kill('SIGKILL');
                }
            }
        }
        fs.rmSync(userDataDir, { recursive: true, force: true });
        if (!options.extensionsDir)
            fs.rmSync(extensionsDir, { recursive: true, force: true });
    };
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    while ((await get(`${url}/healthz`)) !== 200) {
        if (exited)
            throw new Error(`code-server exited before it was ready:\n${output}`);
        if (Date.now() > deadline) {
            await stop();
            throw new Error(`code-server did not answer on ${url} within 60 s:\n${output}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return { port, url, userDataDir, extensionsDir, process: child, log: () => output, stop };
}
/** Runs `cleanup` once on Ctrl+C, SIGTERM or exit, so no code-server or Chromium is left behind. */
function onInterrupt(cleanup) {
    let done = false;
    const handler = (signal) => {
        if (done)
            return;
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
