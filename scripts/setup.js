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

/**
 * What to do about the Debian packages: nothing, install them (as root), or
 * stop with the one line that says what is missing and how to get it.
 */
function systemPackagesPlan(packages, isInstalled, isRoot) {
  const missing = packages.filter((name) => !isInstalled(name));
  if (!missing.length) return { action: 'none' };
  if (isRoot) return { action: 'install', missing };
  return { action: 'stop', message: `Debian packages missing: ${missing.join(' ')}. Install them with: sudo apt-get install -y ${missing.join(' ')}` };
}

/** Whether `npm ci` must run: no node_modules, or one installed from another package-lock.json. */
function needsNpmCi(stamp, lockHash, hasEsbuild) {
  return stamp.trim() !== lockHash || !hasEsbuild;
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
  const installed = (name) => /install ok installed/.test(spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout ?? '');
  const plan = systemPackagesPlan(debianPackages(), installed, typeof process.getuid === 'function' && process.getuid() === 0);
  if (plan.action === 'stop') throw new Missing(plan.message);
  if (plan.action === 'install') {
    console.log(`setup: installing Debian packages: ${plan.missing.join(' ')}`);
    run('bash', ['scripts/system-packages.sh'], 'installing Debian packages');
  }
}

function lockHash() {
  return crypto.createHash('sha256').update(fs.readFileSync(path.join(ROOT, 'package-lock.json'))).digest('hex');
}

function npmPackages() {
  const hash = lockHash();
  const stamp = fs.existsSync(LOCK_STAMP) ? fs.readFileSync(LOCK_STAMP, 'utf8') : '';
  if (!needsNpmCi(stamp, hash, fs.existsSync(path.join(ROOT, 'node_modules', 'esbuild')))) return;
  console.log(fs.existsSync(path.join(ROOT, 'node_modules')) ? 'setup: package-lock.json changed since the last npm ci: installing again' : 'setup: installing npm packages (npm ci)');
  run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci', '--no-audit', '--no-fund'], 'npm ci');
  fs.writeFileSync(LOCK_STAMP, `${hash}\n`);
}

function offlineVsCode() {
  run('bash', ['scripts/install-vscode.sh'], 'installing the offline VS Code (code-server)');
  if (forTests) run('bash', ['scripts/library-corpus.sh'], 'extracting the .bib corpus');
}

if (require.main === module) {
  try {
    systemPackages();
    npmPackages();
    offlineVsCode();
  } catch (error) {
    if (!(error instanceof Missing)) throw error;
    console.error(`setup: ${error.message}`);
    process.exit(1);
  }
}

module.exports = { systemPackagesPlan, needsNpmCi, debianPackages };
