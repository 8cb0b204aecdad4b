// npm run test:mutation: StrykerJS 8 (9 and later need Node 22) over the pure
// layers, src/core and src/markdown, with the plain-Node unit tests. Scores per
// file are printed at the end; reports/mutation/ holds the HTML report.
//
// Left out, and why:
// - Regular-expression mutants (the "Regex" mutator): the summarizer is a set of
//   hundreds of patterns, judged by its F1 against labelled papers in
//   `npm run bench`, not by pass or fail; a changed pattern that keeps F1 above
//   the floor is not a bug the unit tests should catch.
// - Tests that run the built command line (dist/cli.js) or the library worker
//   (dist/libraryWorker.js), or read the built
//   bundles (manifest, layers): mutants are switched on inside this process, so
//   those cannot see them. Tests marked [size] feed megabytes through the
//   scanners to prove they are linear: under Stryker's instrumentation they
//   take minutes, and what they check (speed) is no mutant's to kill.
// Equivalent mutants that survive are listed in the README ("Mutation testing").
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'mocha',
  plugins: ['@stryker-mutator/mocha-runner'],
  mutate: [
    'src/core/**/*.ts',
    'src/markdown/**/*.ts',
    // Types only: nothing to mutate.
    '!src/core/paper.ts',
  ],
  buildCommand: 'npx tsc -p tsconfig.test.json',
  mochaOptions: {
    spec: ['out/test/unit/**/*.test.js'],
    ignore: [
      'out/test/unit/cli.test.js',
      'out/test/unit/cliLibrary.test.js',
      'out/test/unit/libraryWorker.test.js',
      'out/test/unit/manifest.test.js',
      'out/test/unit/purity.test.js',
      'out/test/unit/webBundle.test.js',
    ],
    'no-config': true,
    // Every test but those marked [size].
    grep: '^(?!.*\\[size\\])',
  },
  coverageAnalysis: 'perTest',
  mutator: { excludedMutations: ['Regex'] },
  // The library corpus (Debian's .bib files, for the Pandoc oracle test) goes into the sandbox; the offline VS Code does not.
  ignorePatterns: ['.vscode-test/*', '!.vscode-test/library-corpus', 'out', 'dist', 'test-results', 'reports', '*.vsix', '.stryker-tmp'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, reportTests: false, reportScoreTable: true, reportMutants: false },
  thresholds: { high: 85, low: 75, break: null },
  concurrency: 2,
  timeoutMS: 15000,
  // A second run tests only the mutants whose code or covering tests changed.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
