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
/**
 * The offline launcher of the integration tier: runs test/integration's mocha
 * suite inside a real VS Code extension host (code-server 4.100.3 in headless
 * Chromium), relays its report, and exits with its result.
 *
 * Env: PAPER_NOTES_TEST_TIMEOUT (seconds, default 600), PAPER_NOTES_GREP (mocha grep),
 * PAPER_NOTES_TEST_WORKSPACE (folder to copy and open, default test/fixtures/workspace).
 */
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const node_util_1 = require("node:util");
const playwright_core_1 = require("playwright-core");
const bigLibrary_1 = require("../shared/bigLibrary");
const codeServer_1 = require("./codeServer");
async function main() {
    (0, codeServer_1.ensureCodeServer)();
    const timeoutSeconds = Number(process.env.PAPER_NOTES_TEST_TIMEOUT ?? 600);
    // A throw-away copy of the fixture workspace: tests write notes and bibliographies into it.
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-notes-workspace-'));
    fs.cpSync(path.resolve(process.env.PAPER_NOTES_TEST_WORKSPACE ?? path.join(codeServer_1.ROOT, 'test', 'fixtures', 'workspace')), workspace, { recursive: true });
    // Written here, not inside the extension host: its strings would be garbage on the heap the test measures.
    fs.mkdirSync(path.join(workspace, path.dirname(bigLibrary_1.BIG_LIBRARY_SOURCE)), { recursive: true });
    fs.writeFileSync(path.join(workspace, bigLibrary_1.BIG_LIBRARY_SOURCE), (0, bigLibrary_1.bigLibraryText)());
    const server = await (0, codeServer_1.startCodeServer)();
    const browser = await playwright_core_1.chromium.launch({ executablePath: codeServer_1.CHROMIUM, args: codeServer_1.CHROMIUM_ARGS, headless: true });
    const cleanup = async () => {
        await browser.close().catch(() => undefined);
        await server.stop();
        fs.rmSync(workspace, { recursive: true, force: true });
    };
    const release = (0, codeServer_1.onInterrupt)(cleanup);
    try {
        console.log(`integration: VS Code ${(0, codeServer_1.vscodeVersion)()} (code-server on ${server.url}), Chromium ${browser.version()}`);
        const page = await browser.newPage();
        const exitCode = new Promise((resolve) => {
            void page.exposeFunction('codeAutomationExit', (code) => resolve(code));
        });
        // The browser console carries the workbench's own chatter too; the suite's report starts
        // with the "VS Code x.y.z" line test/integration/index.ts prints. Earlier lines are shown
        // only if the run fails, to help find out why.
        let started = false;
        const before = [];
        await page.exposeFunction('codeAutomationLog', (type, args) => {
            const text = (0, node_util_1.format)(...(Array.isArray(args) ? args : [args]));
            if (!started && /^VS Code \d+\.\d+/.test(text))
                started = true;
            if (!started) {
                before.push(`[${type}] ${text}`);
                return;
            }
            if (type === 'error')
                process.stderr.write(`${text}\n`);
            else
                process.stdout.write(`${text}\n`);
        });
        const remote = (file) => `vscode-remote://127.0.0.1:${server.port}${file}`;
        const payload = [
            ['extensionDevelopmentPath', remote(codeServer_1.ROOT)],
            ['extensionTestsPath', remote(path.join(codeServer_1.ROOT, 'out', 'test', 'integration', 'index.js'))],
            ['skipWelcome', 'true'],
        ];
        await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
        let timer;
        const timeout = new Promise((resolve) => {
            timer = setTimeout(() => {
                console.error(`integration: no result after ${timeoutSeconds} s: the suite hung or VS Code never ran it (PAPER_NOTES_TEST_TIMEOUT to change)`);
                resolve(1);
            }, timeoutSeconds * 1000);
        });
        const code = await Promise.race([exitCode, timeout]);
        clearTimeout(timer);
        if (code !== 0 && !started)
            console.error(`integration: the suite never started; VS Code said:\n${before.join('\n')}`);
        console.log(`integration: ${code === 0 ? 'passed' : 'FAILED'} in VS Code ${(0, codeServer_1.vscodeVersion)()}`);
        return code;
    }
    finally {
        release();
        await cleanup();
    }
}
main().then((code) => process.exit(code), (error) => {
    console.error(`integration: ${error.message}`);
    process.exit(1);
});
