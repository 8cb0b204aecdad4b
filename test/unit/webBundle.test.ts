import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { ROOT } from './helpers';

interface Metafile {
  inputs: Record<string, { imports: { path: string; external?: boolean }[] }>;
  outputs: Record<string, { imports: { path: string; external?: boolean }[] }>;
}

describe('the browser bundle (vscode.dev, github.dev)', () => {
  const metafile = JSON.parse(fs.readFileSync(path.join(ROOT, 'out', 'extension.browser.meta.json'), 'utf8')) as Metafile;
  const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

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
    for (const desktopOnly of ['src/features/platform.node.ts', 'src/worker/libraryWorker.ts', 'src/extension.ts']) assert.ok(!inputs.includes(desktopOnly), desktopOnly);
    assert.deepEqual(inputs.filter((input) => /node_modules\/(node-fetch|sync-fetch|fetch-blob|formdata-polyfill|buffer|path-browserify|stream-browserify)\//.test(input)), []);
  });
});
