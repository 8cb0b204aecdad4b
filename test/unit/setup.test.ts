/** scripts/setup.js (npm's prestart and pretest): what it decides, without installing anything. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ROOT } from './helpers';

interface Setup {
  systemPackagesPlan(packages: string[], isInstalled: (name: string) => boolean, isRoot: boolean): { action: 'none' } | { action: 'install'; missing: string[] } | { action: 'stop'; message: string };
  needsNpmCi(stamp: string, lockHash: string, hasEsbuild: boolean): boolean;
  debianPackages(): string[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const setup = require(path.join(ROOT, 'scripts', 'setup.js')) as Setup;

describe('setup before npm start and npm test', () => {
  it('reads the package list of scripts/system-packages.sh', () => {
    const packages = setup.debianPackages();
    for (const name of ['pandoc', 'chromium', 'citation-style-language-styles']) assert.ok(packages.includes(name), name);
  });

  it('installs missing Debian packages as root, and otherwise stops with the one apt-get line', () => {
    const installed = (name: string) => name !== 'pandoc' && name !== 'chromium';
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
