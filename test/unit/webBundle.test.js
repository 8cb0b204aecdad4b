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
const fs = __importStar(require("node:fs"));
const node_module_1 = require("node:module");
const path = __importStar(require("node:path"));
const helpers_1 = require("./helpers");
describe('the browser bundle (vscode.dev, github.dev)', () => {
    const metafile = JSON.parse(fs.readFileSync(path.join(helpers_1.ROOT, 'out', 'extension.browser.meta.json'), 'utf8'));
    const builtins = new Set([...node_module_1.builtinModules, ...node_module_1.builtinModules.map((name) => `node:${name}`)]);
    it('imports nothing from outside but vscode, and no Node built-in', () => {
        const external = Object.values(metafile.outputs).flatMap((output) => output.imports.filter((used) => used.external).map((used) => used.path));
        assert.deepEqual([...new Set(external)], ['vscode']);
        const fromBuiltins = Object.values(metafile.inputs).flatMap((input) => input.imports.map((used) => used.path)).filter((used) => builtins.has(used) || builtins.has(used.split('/')[0]));
        assert.deepEqual(fromBuiltins, []);
    });
    it('holds the web platform, not the desktop one, and no Node polyfills of http or fs', () => {
        const inputs = Object.keys(metafile.inputs);
        assert.ok(inputs.includes('src/features/platform.web.ts'));
        assert.ok(inputs.includes('src/worker/libraryService.ts'), 'the library service runs in the extension host in the browser');
        for (const desktopOnly of ['src/features/platform.node.ts', 'src/worker/libraryWorker.ts', 'src/extension.ts'])
            assert.ok(!inputs.includes(desktopOnly), desktopOnly);
        assert.deepEqual(inputs.filter((input) => /node_modules\/(node-fetch|sync-fetch|fetch-blob|formdata-polyfill|buffer|path-browserify|stream-browserify)\//.test(input)), []);
    });
});
