import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkCitationFormat } from '../../src/core/citationFormat';
import { CITATION_LABELS } from '../../src/markdown/paperNotesPlugin';
import { ROOT } from './helpers';

interface Manifest {
  main: string;
  bin: Record<string, string>;
  engines: { vscode: string };
  activationEvents?: string[];
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    keybindings?: { command: string }[];
    menus?: Record<string, { command: string }[]>;
    viewsContainers: { activitybar: { id: string; icon: string }[] };
    views: Record<string, { id: string; type?: string }[]>;
    configuration: { properties: Record<string, { default?: unknown; pattern?: string; enum?: string[] }> };
    grammars?: { path: string; scopeName: string; injectTo?: string[] }[];
    'markdown.previewStyles'?: string[];
    'markdown.previewScripts'?: string[];
    'markdown.markdownItPlugins'?: boolean;
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
const sources = (function read(dir: string): string {
  return fs.readdirSync(dir, { withFileTypes: true }).map((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? read(full) : entry.name.endsWith('.ts') ? fs.readFileSync(full, 'utf8') : '';
  }).join('\n');
})(path.join(ROOT, 'src'));

describe('package.json manifest', () => {
  it('targets VS Code ^1.100.0 with matching @types/vscode', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.engines.vscode, '^1.100.0');
    assert.match(pkg.devDependencies['@types/vscode'], /^\^?1\.100\./);
  });

  it('points main and bin at the bundles the build writes', () => {
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.bin['paper-notes'], './dist/cli.js');
    assert.ok(fs.existsSync(path.join(ROOT, manifest.main)), 'run npm run build first');
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
    for (const binding of manifest.contributes.keybindings ?? []) assert.ok(contributed.has(binding.command), binding.command);
    for (const items of Object.values(manifest.contributes.menus ?? {})) {
      for (const item of items) assert.ok(contributed.has(item.command), item.command);
    }
  });

  it('has the Paper Notes container with the Papers webview view, registered in the source', () => {
    const container = manifest.contributes.viewsContainers.activitybar.find((c) => c.id === 'paperNotes');
    assert.ok(container);
    assert.ok(fs.existsSync(path.join(ROOT, container.icon)), container.icon);
    const views = manifest.contributes.views.paperNotes;
    assert.deepEqual(views.map((view) => [view.id, view.type]), [['paperNotes.papers', 'webview']]);
    assert.ok(sources.includes(`'paperNotes.papers'`));
  });

  it('reads every contributed setting somewhere in the source', () => {
    const names = Object.keys(manifest.contributes.configuration.properties);
    assert.ok(names.length > 0);
    for (const name of names) {
      const short = name.replace(/^paperNotes\./, '');
      const last = name.split('.').pop()!;
      assert.ok([name, short, last].some((form) => sources.includes(`'${form}'`)), `${name} is never read`);
      assert.ok('default' in manifest.contributes.configuration.properties[name], `${name} has no default`);
    }
  });

  it('validates the citation format in the settings editor exactly as the extension does', () => {
    const pattern = new RegExp(manifest.contributes.configuration.properties['paperNotes.citationFormat'].pattern!);
    for (const value of ['', 'pandoc', 'latex', 'markdown', '${key}', '[@${key}] (${name})', '${title}, ${year}: $5 and {x}', 'Pandoc', 'pandoc ', 'apa',
      '${constructor}', '${key} ${toString}', '${key', '$${key}}', 'cite ${KEY}']) {
      // The settings editor asks for the exact spelling; the extension also forgives surrounding spaces.
      assert.equal(pattern.test(value), !checkCitationFormat(value).error && value === value.trim(), JSON.stringify(value));
    }
  });

  it('offers exactly the label modes the preview knows', () => {
    assert.deepEqual(manifest.contributes.configuration.properties['paperNotes.preview.citationLabel'].enum, [...CITATION_LABELS]);
  });

  it('every grammar, preview style and preview script path exists', () => {
    for (const grammar of manifest.contributes.grammars ?? []) assert.ok(fs.existsSync(path.join(ROOT, grammar.path)), grammar.path);
    for (const style of manifest.contributes['markdown.previewStyles'] ?? []) assert.ok(fs.existsSync(path.join(ROOT, style)), style);
    assert.ok((manifest.contributes['markdown.previewScripts'] ?? []).length > 0, 'the citation popover script is contributed');
    for (const script of manifest.contributes['markdown.previewScripts'] ?? []) assert.ok(fs.existsSync(path.join(ROOT, script)), script);
    assert.equal(manifest.contributes['markdown.markdownItPlugins'], true);
  });
});
