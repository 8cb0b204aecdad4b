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
const vscode = __importStar(require("vscode"));
const helpers_1 = require("./helpers");
describe('extension', () => {
    it('activates and returns extendMarkdownIt', async () => {
        const extension = await (0, helpers_1.activeExtension)();
        assert.ok(extension.isActive);
        assert.equal(typeof extension.exports.extendMarkdownIt, 'function');
    });
    it('registers every command in package.json', async () => {
        const extension = await (0, helpers_1.activeExtension)();
        const manifest = extension.packageJSON;
        const registered = new Set(await vscode.commands.getCommands(true));
        assert.ok(manifest.contributes.commands.length > 0);
        for (const { command } of manifest.contributes.commands)
            assert.ok(registered.has(command), `${command} is not registered`);
    });
    it('resolves the Papers view', async () => {
        const extension = await (0, helpers_1.activeExtension)();
        const exports = extension.exports;
        await vscode.commands.executeCommand('workbench.view.extension.paperNotes');
        await vscode.commands.executeCommand('paperNotes.papers.focus');
        await (0, helpers_1.waitFor)(() => exports.papersView.resolvedCount > 0 || undefined, 'the Papers view to resolve');
    });
    it('reads every contributed setting with its default', async () => {
        const extension = await (0, helpers_1.activeExtension)();
        const manifest = extension.packageJSON;
        const config = vscode.workspace.getConfiguration();
        for (const [name, schema] of Object.entries(manifest.contributes.configuration.properties)) {
            assert.deepEqual(config.inspect(name)?.defaultValue, schema.default, name);
        }
    });
});
describe('markdown preview', () => {
    it('renders through the extension markdown-it plugin (markdown.api.render)', async () => {
        await (0, helpers_1.activeExtension)();
        const html = await vscode.commands.executeCommand('markdown.api.render', 'As shown in [@slicedrecursive2021] and [@nosuchkey2020].');
        // The default label: as Pandoc prints it, in APA.
        assert.match(html, /<span class="citation" data-cites="slicedrecursive2021" title="Sliced Recursive Transformer \(2021\) — SReT">\(<i>Sliced Recursive Transformer<\/i>, 2021\)<\/span>/);
        assert.match(html, /<span class="citation" data-cites="nosuchkey2020">\[<span class="paper-notes-cite paper-notes-unknown"/);
    });
});
