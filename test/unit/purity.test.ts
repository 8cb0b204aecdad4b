import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './helpers';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('layers', () => {
  for (const layer of ['core', 'markdown']) {
    it(`src/${layer} imports neither vscode nor fs nor the DOM layers`, () => {
      for (const file of sourceFiles(path.join(ROOT, 'src', layer))) {
        const text = fs.readFileSync(file, 'utf8');
        const imports = [...text.matchAll(/(?:from\s+|require\()\s*['"]([^'"]+)['"]/g)].map((match) => match[1]);
        for (const name of imports) {
          assert.ok(!['vscode', 'fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process'].includes(name),
            `${path.relative(ROOT, file)} imports ${name}`);
          assert.ok(!/\/(features|webview)\//.test(name) && !name.startsWith('../features') && !name.startsWith('../webview'),
            `${path.relative(ROOT, file)} imports ${name}`);
        }
      }
    });
  }

  it('core and markdown load in plain Node without VS Code', () => {
    for (const layer of ['core', 'markdown']) {
      for (const file of sourceFiles(path.join(ROOT, 'src', layer))) {
        const compiled = path.join(ROOT, 'out', path.relative(ROOT, file).replace(/\.ts$/, '.js'));
        assert.doesNotThrow(() => require(compiled), compiled);
      }
    }
  });

  it('the entry file only wires: it registers features and defines no providers itself', () => {
    const text = fs.readFileSync(path.join(ROOT, 'src', 'extension.ts'), 'utf8');
    assert.doesNotMatch(text, /register\w+Provider|createWebviewPanel|new vscode\./);
    assert.ok(text.split('\n').length < 60, 'extension.ts grew beyond wiring');
  });
});
