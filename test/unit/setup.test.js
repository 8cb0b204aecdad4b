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
/** scripts/setup.js (npm's prestart and pretest): what it decides, without installing anything. */
const assert = __importStar(require("node:assert/strict"));
const path = __importStar(require("node:path"));
const helpers_1 = require("./helpers");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const setup = require(path.join(helpers_1.ROOT, 'scripts', 'setup.js'));
describe('setup before npm start and npm test', () => {
    it('reads the package list of scripts/system-packages.sh', () => {
        const packages = setup.debianPackages();
        for (const name of ['pandoc', 'chromium', 'citation-style-language-styles'])
            assert.ok(packages.includes(name), name);
    });
    it('installs missing Debian packages as root, and otherwise stops with the one apt-get line', () => {
        const installed = (name) => name !== 'pandoc' && name !== 'chromium';
        assert.deepEqual(setup.systemPackagesPlan(['pandoc', 'ripgrep', 'chromium'], installed, true), { action: 'install', missing: ['pandoc', 'chromium'] });
        assert.deepEqual(setup.systemPackagesPlan(['pandoc', 'ripgrep', 'chromium'], installed, false), {
            action: 'stop', message: 'Debian packages missing: pandoc chromium. Install them with: sudo apt-get install -y pandoc chromium',
        });
        assert.deepEqual(setup.systemPackagesPlan(['ripgrep'], installed, false), { action: 'none' });
    });
    it('runs npm ci only when node_modules is missing or came from another package-lock.json', () => {
        assert.equal(setup.needsNpmCi('abc\n', 'abc', true), false);
        assert.equal(setup.needsNpmCi('', 'abc', true), true, 'never stamped');
        assert.equal(setup.needsNpmCi('old\n', 'abc', true), true, 'another lockfile');
        assert.equal(setup.needsNpmCi('abc\n', 'abc', false), true, 'node_modules emptied');
    });
});
