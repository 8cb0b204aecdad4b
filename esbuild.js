// Builds everything in one go: the catalogue (dist/catalogue.json, generated
// from data/pages), the extension for the desktop (node, cjs, 'vscode'
// external) and for the browser (a web worker: no Node built-ins), the
// library worker, the Papers view's script (browser) and the command line (node).
// Flags: --watch rebuilds on change; --production minifies without source maps.
const esbuild = require('esbuild');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const root = __dirname;

/** Runs the freshly built catalogue step after each (re)build of it. */
const runCatalogueStep = {
  name: 'run-catalogue-step',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length > 0) return;
      try {
        execFileSync(process.execPath, [path.join(root, 'out', 'build', 'buildCatalogue.js'), path.join(root, 'data', 'pages'), path.join(root, 'dist', 'catalogue.json')], { stdio: 'inherit' });
      } catch {
        if (!watch) process.exit(1);
      }
    });
  },
};

const reportErrors = {
  name: 'report',
  setup(build) {
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}${location ? `\n    ${location.file}:${location.line}:${location.column}` : ''}`);
      }
    });
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  loader: { '.css': 'text' },
  logLevel: 'silent',
  plugins: [reportErrors],
};

const builds = [
  { ...common, entryPoints: ['src/build/buildCatalogue.ts'], outfile: 'out/build/buildCatalogue.js', platform: 'node', format: 'cjs', target: 'node20', sourcemap: false, plugins: [reportErrors, runCatalogueStep] },
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20' },
  { ...common, entryPoints: ['src/worker/libraryWorker.ts'], outfile: 'dist/libraryWorker.js', platform: 'node', format: 'cjs', target: 'node20' },
  { ...common, entryPoints: ['src/webview/papersView.ts'], outfile: 'dist/webview/papersView.js', platform: 'browser', format: 'iife', target: 'es2022' },
  // The web extension (vscode.dev, github.dev): no Node built-ins. @citation-js/core's fetching (never used here) gets browser stand-ins.
  // Its metafile (out/extension.browser.meta.json) lets a unit test check what went in.
  {
    ...common, entryPoints: ['src/extension.browser.ts'], outfile: 'dist/extension.browser.js', platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'],
    alias: { 'node-fetch': './src/build/webShims/nodeFetch.ts', 'sync-fetch': './src/build/webShims/syncFetch.ts' }, metafile: true,
  },
];

/** The Papers view uses VS Code's icon font, shipped with the extension (no external resources). */
function copyCodicons() {
  const from = path.join(root, 'node_modules', '@vscode', 'codicons', 'dist');
  const to = path.join(root, 'dist', 'webview');
  fs.mkdirSync(to, { recursive: true });
  for (const file of ['codicon.css', 'codicon.ttf']) fs.copyFileSync(path.join(from, file), path.join(to, file));
}

async function main() {
  fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
  if (watch) {
    copyCodicons();
    for (const options of builds) {
      const context = await esbuild.context(options);
      await context.watch();
    }
    console.log('[watch] watching for changes');
    return;
  }
  let failed = false;
  for (const options of builds) {
    const result = await esbuild.build(options).catch((error) => ({ errors: error.errors ?? [error] }));
    if (result.errors.length > 0) failed = true;
    if (result.metafile) {
      fs.mkdirSync(path.join(root, 'out'), { recursive: true });
      fs.writeFileSync(path.join(root, 'out', `${path.basename(options.outfile, '.js')}.meta.json`), JSON.stringify(result.metafile));
    }
  }
  if (failed) process.exit(1);
  copyCodicons();
  fs.chmodSync(path.join(root, 'dist', 'cli.js'), 0o755);
  console.log(`built dist/ (${production ? 'production' : 'development'})`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
