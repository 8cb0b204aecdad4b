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
const assert = __importStar(require("node:assert/strict"));
const node_child_process_1 = require("node:child_process");
const fs = __importStar(require("node:fs"));
const os = __importStar(require("node:os"));
const path = __importStar(require("node:path"));
const playwright_core_1 = require("playwright-core");
const codeServer_1 = require("../launch/codeServer");
/** A note someone shares: it carries script in every form Markdown lets through. */
const HOSTILE_NOTE = [
    '# Shared notes', '', 'See [@slicedrecursive2021].', '',
    '<script>window.pwned = "script"</script>', '',
    '<img src="data:," onerror="window.pwned = \'onerror\'">', '',
    '<a href="javascript:void(window.pwned = \'link\')" id="link">click</a>', '',
].join('\n');
describe('paper-notes render output in a real browser', () => {
    let browser;
    before(async () => {
        browser = await playwright_core_1.chromium.launch({ executablePath: codeServer_1.CHROMIUM, args: codeServer_1.CHROMIUM_ARGS, headless: true });
    });
    after(async () => {
        await browser?.close();
    });
    async function open(html) {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paper-notes-page-'));
        const file = path.join(dir, 'note.html');
        fs.writeFileSync(file, html);
        const page = await browser.newPage();
        try {
            await page.goto(`file://${file}`);
            await page.waitForLoadState('load');
            await page.locator('#link').click();
            await page.waitForTimeout(300);
            const result = await page.evaluate('({ pwned: window.pwned, citations: document.querySelectorAll("span.citation").length })');
            return result;
        }
        finally {
            await page.close();
            fs.rmSync(dir, { recursive: true, force: true });
        }
    }
    it('runs none of the script a note carries, and still shows the note', async () => {
        const render = (0, node_child_process_1.spawnSync)(process.execPath, [path.join(codeServer_1.ROOT, 'dist', 'cli.js'), 'render', '-'], { input: HOSTILE_NOTE, encoding: 'utf8' });
        assert.equal(render.status, 0, render.stderr);
        assert.deepEqual(await open(render.stdout), { pwned: undefined, citations: 1 });
        // The same page without its policy does run it: the check above can fail.
        const unprotected = render.stdout.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
        assert.notEqual((await open(unprotected)).pwned, undefined);
    });
});
