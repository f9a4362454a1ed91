// The unit tests as `npm run mutation` runs them (StrykerJS, stryker.config.mjs): lib/'s own tests, the named
// mutant cases and the extraction tests, all in Node. The panel tests (jsdom, Preact) and the whole-page suites
// (golden pages, CLI, robustness) are left out: on this shared 2-core machine each costs seconds per mutant (with
// the golden pages lib/article ran at 3.5 mutants a minute). The score is therefore a floor: a mutant that only
// those suites catch counts as survived.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: [
      'lib/**/*.test.ts',
      'tests/unit/surviving-mutants.test.ts',
      'tests/unit/notes-import-validation.test.ts',
      'tests/unit/extract.test.ts',
      'tests/unit/metadata.test.ts',
      'tests/unit/extract-furniture.test.ts',
      'tests/unit/citation-metadata.test.ts',
      'tests/unit/csl-schema.test.ts',
    ],
    env: { BROWSER: 'chrome' },
    testTimeout: 30000,
    update: 'none',
  },
});
