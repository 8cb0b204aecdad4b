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
const citationFormat_1 = require("../../src/core/citationFormat");
const paperNotesPlugin_1 = require("../../src/markdown/paperNotesPlugin");
const helpers_1 = require("./helpers");
const manifest = JSON.parse(fs.readFileSync(path.join(helpers_1.ROOT, 'package.json'), 'utf8'));
const sources = (function read(dir) {
    return fs.readdirSync(dir, { withFileTypes: true }).map((entry) => {
        const full = path.join(dir, entry.name);
        return entry.isDirectory() ? read(full) : entry.name.endsWith('.ts') ? fs.readFileSync(full, 'utf8') : '';
    }).join('\n');
})(path.join(helpers_1.ROOT, 'src'));
describe('package.json manifest', () => {
    it('targets VS Code ^1.100.0 with matching @types/vscode', () => {
        const pkg = JSON.parse(fs.readFileSync(path.join(helpers_1.ROOT, 'package.json'), 'utf8'));
        assert.equal(manifest.engines.vscode, '^1.100.0');
        assert.match(pkg.devDependencies['@types/vscode'], /^\^?1\.100\./);
    });
    it('points main and bin at the bundles the build writes', () => {
        assert.equal(manifest.main, './dist/extension.js');
        assert.equal(manifest.bin['paper-notes'], './dist/cli.js');
        assert.ok(fs.existsSync(path.join(helpers_1.ROOT, manifest.main)), 'run npm run build first');
    });
    it('registers every contributed command in the source, under the Paper Notes category', () => {
        for (const { command, category } of manifest.contributes.commands) {
            assert.equal(category, 'Paper Notes', command);
            assert.ok(sources.includes(`'${command}'`), `${command} is contributed but never registered`);
        }
        const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
        for (const match of sources.matchAll(/registerCommand\('([^']+)'/g)) {
            assert.ok(contributed.has(match[1]) || match[1].startsWith('paperNotes._'), `${match[1]} is registered but not contributed`);
        }
        for (const binding of manifest.contributes.keybindings ?? [])
            assert.ok(contributed.has(binding.command), binding.command);
        for (const items of Object.values(manifest.contributes.menus ?? {})) {
            for (const item of items)
                assert.ok(contributed.has(item.command), item.command);
        }
    });
    it('has the Paper Notes container with the Papers webview view, registered in the source', () => {
        const container = manifest.contributes.viewsContainers.activitybar.find((c) => c.id === 'paperNotes');
        assert.ok(container);
        assert.ok(fs.existsSync(path.join(helpers_1.ROOT, container.icon)), container.icon);
        const views = manifest.contributes.views.paperNotes;
        assert.deepEqual(views.map((view) => [view.id, view.type]), [['paperNotes.papers', 'webview']]);
        assert.ok(sources.includes(`'paperNotes.papers'`));
    });
    it('reads every contributed setting somewhere in the source', () => {
        const names = Object.keys(manifest.contributes.configuration.properties);
        assert.ok(names.length > 0);
        for (const name of names) {
            const short = name.replace(/^paperNotes\./, '');
            const last = name.split('.').pop();
            assert.ok([name, short, last].some((form) => sources.includes(`'${form}'`)), `${name} is never read`);
            assert.ok('default' in manifest.contributes.configuration.properties[name], `${name} has no default`);
        }
    });
    it('validates the citation format in the settings editor exactly as the extension does', () => {
        const pattern = new RegExp(manifest.contributes.configuration.properties['paperNotes.citationFormat'].pattern);
        for (const value of ['', 'pandoc', 'latex', 'markdown', '${key}', '[@${key}] (${name})', '${title}, ${year}: $5 and {x}', 'Pandoc', 'pandoc ', 'apa',
            '${constructor}', '${key} ${toString}', '${key', '$${key}}', 'cite ${KEY}']) {
            // The settings editor asks for the exact spelling; the extension also forgives surrounding spaces.
            assert.equal(pattern.test(value), !(0, citationFormat_1.checkCitationFormat)(value).error && value === value.trim(), JSON.stringify(value));
        }
    });
    it('offers exactly the label modes the preview knows', () => {
        assert.deepEqual(manifest.contributes.configuration.properties['paperNotes.preview.citationLabel'].enum, [...paperNotesPlugin_1.CITATION_LABELS]);
    });
    it('every grammar, preview style and preview script path exists', () => {
        for (const grammar of manifest.contributes.grammars ?? [])
            assert.ok(fs.existsSync(path.join(helpers_1.ROOT, grammar.path)), grammar.path);
        for (const style of manifest.contributes['markdown.previewStyles'] ?? [])
            assert.ok(fs.existsSync(path.join(helpers_1.ROOT, style)), style);
        assert.ok((manifest.contributes['markdown.previewScripts'] ?? []).length > 0, 'the citation popover script is contributed');
        for (const script of manifest.contributes['markdown.previewScripts'] ?? [])
            assert.ok(fs.existsSync(path.join(helpers_1.ROOT, script)), script);
        assert.equal(manifest.contributes['markdown.markdownItPlugins'], true);
    });
});
