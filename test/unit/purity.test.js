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
const path = __importStar(require("node:path"));
const helpers_1 = require("./helpers");
function sourceFiles(dir) {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
    });
}
describe('layers', () => {
    for (const layer of ['core', 'markdown']) {
        it(`src/${layer} imports neither vscode nor fs nor the DOM layers`, () => {
            for (const file of sourceFiles(path.join(helpers_1.ROOT, 'src', layer))) {
                const text = fs.readFileSync(file, 'utf8');
                const imports = [...text.matchAll(/(?:from\s+|require\()\s*['"]([^'"]+)['"]/g)].map((match) => match[1]);
                for (const name of imports) {
                    assert.ok(!['vscode', 'fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process'].includes(name), `${path.relative(helpers_1.ROOT, file)} imports ${name}`);
                    assert.ok(!/\/(features|webview)\//.test(name) && !name.startsWith('../features') && !name.startsWith('../webview'), `${path.relative(helpers_1.ROOT, file)} imports ${name}`);
                }
            }
        });
    }
    it('core and markdown load in plain Node without VS Code', () => {
        for (const layer of ['core', 'markdown']) {
            for (const file of sourceFiles(path.join(helpers_1.ROOT, 'src', layer))) {
                const compiled = path.join(helpers_1.ROOT, 'out', path.relative(helpers_1.ROOT, file).replace(/\.ts$/, '.js'));
                assert.doesNotThrow(() => require(compiled), compiled);
            }
        }
    });
    it('the entry file only wires: it registers features and defines no providers itself', () => {
        const text = fs.readFileSync(path.join(helpers_1.ROOT, 'src', 'extension.ts'), 'utf8');
        assert.doesNotMatch(text, /register\w+Provider|createWebviewPanel|new vscode\./);
        assert.ok(text.split('\n').length < 60, 'extension.ts grew beyond wiring');
    });
});
