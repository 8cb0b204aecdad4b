#!/usr/bin/env node
// What `npm start` and `npm test` need, made ready before they run (npm's
// prestart and pretest hooks), so each works as the first command on a fresh
// clone. Plain Node, no packages: it runs before node_modules exists.
//
//   1. Debian packages (scripts/system-packages.sh's list): installed when
//      running as root; otherwise the one apt-get line that is needed.
//   2. npm packages: `npm ci` when node_modules is missing or was installed
//      from another package-lock.json.
//   3. The offline VS Code (scripts/install-vscode.sh) and, for `npm test`,
//      the .bib corpus the tests compare with Pandoc (scripts/library-corpus.sh).
//
// Each step is a quick check when everything is there. A missing
// prerequisite is one line saying what is missing and what fixes it.
'use strict';
const { spawnSync, execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const forTests = process.argv.includes('--tests');
const LOCK_STAMP = path.join(ROOT, 'node_modules', '.paper-notes-lock');

class Missing extends Error {}

function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.error || result.status !== 0) throw new Missing(`${what} failed; run it yourself to see why: ${[command, ...args].join(' ')}`);
}

/** The packages scripts/system-packages.sh installs (one list, kept there). */
function debianPackages() {
  const script = fs.readFileSync(path.join(ROOT, 'scripts', 'system-packages.sh'), 'utf8');
  const match = /^PACKAGES=\(([^)]*)\)/m.exec(script);
  if (!match) throw new Missing('scripts/system-packages.sh has no PACKAGES=(...) line');
  return match[1].trim().split(/\s+/);
}

function systemPackages() {
  let dpkg = true;
  try {
    execFileSync('dpkg-query', ['--version'], { stdio: 'ignore' });
  } catch {
    dpkg = false;
  }
  if (!dpkg) {
    console.log('setup: not a Debian system (no dpkg-query); the packages in scripts/system-packages.sh must be there by other means');
    return;
  }
  const missing = debianPackages().filter((name) => {
    const status = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return !/install ok installed/.test(status.stdout ?? '');
  });
  if (!missing.length) return;
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    console.log(`setup: installing Debian packages: ${missing.join(' ')}`);
    run('bash', ['scripts/system-packages.sh'], 'installing Debian packages');
    return;
  }
  throw new Missing(`Debian packages missing: ${missing.join(' ')}. Install them with: sudo apt-get install -y ${missing.join(' ')}`);
}

function lockHash() {
  return crypto.createHash('sha256').update(fs.readFileSync(path.join(ROOT, 'package-lock.json'))).digest('hex');
}

function npmPackages() {
  const hash = lockHash();
  const installed = fs.existsSync(LOCK_STAMP) ? fs.readFileSync(LOCK_STAMP, 'utf8').trim() : '';
  if (installed === hash && fs.existsSync(path.join(ROOT, 'node_modules', 'esbuild'))) return;
  console.log(fs.existsSync(path.join(ROOT, 'node_modules')) ? 'setup: package-lock.json changed since the last npm ci: installing again' : 'setup: installing npm packages (npm ci)');
  run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci', '--no-audit', '--no-fund'], 'npm ci');
  fs.writeFileSync(LOCK_STAMP, `${hash}\n`);
}

function offlineVsCode() {
  run('bash', ['scripts/install-vscode.sh'], 'installing the offline VS Code (code-server)');
  if (forTests) run('bash', ['scripts/library-corpus.sh'], 'extracting the .bib corpus');
}

try {
  systemPackages();
  npmPackages();
  offlineVsCode();
} catch (error) {
  if (!(error instanceof Missing)) throw error;
  console.error(`setup: ${error.message}`);
  process.exit(1);
}
