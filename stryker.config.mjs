// `npm run mutation`: StrykerJS with its vitest runner over lib/. Not part of CI (too slow for it); run it before
// closing an issue that touches lib/. Incremental: only mutants whose code or tests changed since the last run are
// tested again (reports/stryker-incremental.json, kept between runs, not committed). One folder at a time:
//   npm run mutation -- --mutate 'lib/notes/**/*.ts,!lib/**/*.test.ts'
// The report (per folder and per file; surviving mutants in reports/mutation/mutation.html) ends the run.
// Tests run as vitest.mutation.config.ts says (Node suites only: the score is a floor).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['lib/**/*.ts', '!lib/**/*.test.ts', '!lib/**/test-*.ts'],
  // .wxt stays: tsconfig.json extends .wxt/tsconfig.json.
  ignorePatterns: ['.output', 'test-results', 'reports', '.stryker-tmp', '**/*.log'],
  disableTypeChecks: 'lib/**/*.ts',
  coverageAnalysis: 'perTest',
  // One test process: the machine's two cores are shared.
  concurrency: 1,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false, reportScoreTable: true },
  thresholds: { high: 80, low: 65, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
