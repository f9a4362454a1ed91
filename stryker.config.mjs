// StrykerJS with its vitest runner over lib/, run by `npm run mutation` (scripts/mutation.ts: one folder at a time,
// each with its own incremental report in mutation/parts/, committed, then a score table per folder). Not part of CI
// (too slow for it); run it before closing an issue that touches lib/. Incremental: only mutants whose code or tests
// changed since the last run are tested again. The last part's surviving mutants: reports/mutation/mutation.html.
// Tests run as vitest.mutation.config.ts says (Node suites only: the score is a floor).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['lib/**/*.ts', '!lib/**/*.test.ts', '!lib/**/test-*.ts'],
  // .wxt stays: tsconfig.json extends .wxt/tsconfig.json.
  ignorePatterns: ['.output', 'test-results', 'reports', 'mutation', '.stryker-tmp', '**/*.log'],
  disableTypeChecks: 'lib/**/*.ts',
  coverageAnalysis: 'perTest',
  // One test process: the machine's two cores are shared.
  concurrency: 1,
  incremental: true,
  incrementalFile: 'reports/mutation/parts/stryker-incremental.json',
  // A mutant that turns a loop endless is detected by this timeout (it counts as killed); 5 s over the normal run
  // time keeps the wait short while a loaded machine does not time out ordinary runs.
  timeoutMS: 5000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false, reportScoreTable: true },
  thresholds: { high: 80, low: 65, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
