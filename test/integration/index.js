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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.run = run;
/** Entry point VS Code calls inside the extension host: runs every *.test.js here with mocha. */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const mocha_1 = __importDefault(require("mocha"));
const vscode = __importStar(require("vscode"));
async function run() {
    console.log(`VS Code ${vscode.version} (${vscode.env.appName}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'})`);
    const mocha = new mocha_1.default({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec', grep: process.env.PAPER_NOTES_GREP });
    for (const file of fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort()) {
        mocha.addFile(path.join(__dirname, file));
    }
    const failures = await new Promise((resolve) => mocha.run(resolve));
    if (failures > 0)
        throw new Error(`${failures} integration test${failures === 1 ? '' : 's'} failed`);
}
