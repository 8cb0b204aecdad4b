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
 * `npm start`: VS Code in the browser with the packaged extension installed,
 * on the sample notes. Prints the URL; Ctrl+C stops everything.
 *
 * Env: PORT (default 8080, or a free port if that one is taken), PAPER_NOTES_FOLDER (default sample-notes/),
 * PAPER_NOTES_WEB=1 (the web extension instead, in the browser's web worker extension host, as on vscode.dev).
 */
const fs = __importStar(require("node:fs"));
const net = __importStar(require("node:net"));
const path = __importStar(require("node:path"));
const codeServer_1 = require("./codeServer");
function portIsFree(port) {
    return new Promise((resolve) => {
        const server = net.createServer();
        server.once('error', () => resolve(false));
        server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
}
async function main() {
    (0, codeServer_1.ensureCodeServer)();
    const vsix = path.join(codeServer_1.ROOT, 'paper-notes.vsix');
    if (!fs.existsSync(vsix))
        throw new Error('paper-notes.vsix is missing: npm run package');
    const folder = path.resolve(process.env.PAPER_NOTES_FOLDER ?? path.join(codeServer_1.ROOT, 'sample-notes'));
    const extensionsDir = path.join(codeServer_1.ROOT, '.vscode-test', 'start-extensions');
    fs.rmSync(extensionsDir, { recursive: true, force: true });
    const web = !!process.env.PAPER_NOTES_WEB;
    const webExtension = path.join(codeServer_1.ROOT, '.vscode-test', 'start-web-extension');
    if (web) {
        fs.rmSync(webExtension, { recursive: true, force: true });
        (0, codeServer_1.webExtensionCopy)(webExtension);
    }
    else {
        (0, codeServer_1.installExtension)(vsix, extensionsDir);
    }
    const wanted = Number(process.env.PORT ?? 8080);
    const port = (await portIsFree(wanted)) ? wanted : await (0, codeServer_1.freePort)();
    const server = await (0, codeServer_1.startCodeServer)({ port, extensionsDir, folder });
    (0, codeServer_1.onInterrupt)(server.stop);
    server.process.on('exit', (code) => {
        console.error(`code-server stopped (exit ${code ?? 'signal'})`);
        process.exit(code ?? 1);
    });
    console.log(`\nPaper Notes is running in VS Code ${(0, codeServer_1.vscodeVersion)()} on ${path.relative(process.cwd(), folder) || folder}:\n`);
    console.log(`    ${server.url}/?folder=${encodeURI(folder)}${web ? `&${(0, codeServer_1.webExtensionPayload)(port, webExtension)}` : ''}\n`);
    // code-server runs VS Code's Markdown extension in its Node host (it ships no browser build of it), where a web extension's plugin is not loaded.
    if (web)
        console.log('The web extension runs in the browser\'s web worker extension host. The Markdown preview here comes from code-server\'s Node host and shows no Paper Notes citations; on vscode.dev it does.');
    console.log('Open that URL in a browser. Ctrl+C stops VS Code.');
}
main().catch((error) => {
    console.error(`npm start: ${error.message}`);
    process.exit(1);
});
