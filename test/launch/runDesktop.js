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
 * The desktop launcher of the integration tier: the same mocha suite in
 * desktop VS Code through @vscode/test-electron, for laptops and public CI
 * where VS Code can be downloaded, or is given with VSCODE_EXECUTABLE.
 *
 *   npm run test:integration:desktop
 *   VSCODE_EXECUTABLE=/usr/share/code/code npm run test:integration:desktop
 */
const path = __importStar(require("node:path"));
const test_electron_1 = require("@vscode/test-electron");
const ROOT = path.resolve(__dirname, '..', '..', '..');
async function main() {
    await (0, test_electron_1.runTests)({
        vscodeExecutablePath: process.env.VSCODE_EXECUTABLE,
        version: process.env.VSCODE_EXECUTABLE ? undefined : '1.100.3',
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: path.join(ROOT, 'out', 'test', 'integration', 'index.js'),
        launchArgs: [path.join(ROOT, 'test', 'fixtures', 'workspace'), '--disable-extensions', '--disable-workspace-trust'],
    });
}
main().catch((error) => {
    console.error(`desktop integration run failed: ${error.message}`);
    process.exit(1);
});
