// The unit tests as `npm run mutation` runs them (StrykerJS, stryker.config.mjs): lib/'s own tests, the named
// mutant cases and the extraction tests, all in Node. The panel tests (jsdom, Preact) and the whole-page suites
// (golden pages, CLI, robustness) are left out: on this shared 2-core machine each costs seconds per mutant (with
// the golden pages lib/article ran at 3.5 mutants a minute). The score is therefore a floor: a mutant that only
// those suites catch counts as survived. Each part further runs only the test files that import its folder
// (scripts/mutation.ts, testFilesFor).
import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Stryker runs a mutant's covering tests with bail 1, so the first failure ends the run. vitest's own order puts the
// slowest files first (good for parallel workers, bad here: each file's imports — gazetteer, quote rules — cost
// seconds per mutant). This order runs the file that failed last run first (it likely kills the next mutant of the
// same code), then the quickest files. Which tests run is unchanged: a surviving mutant still runs all of them.
class CheapFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const key = (spec: TestSpecification) => `${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`;
    const rank = (spec: TestSpecification) => {
      const result = cache.getFileTestResults(key(spec));
      const stats = cache.getFileStats(key(spec));
      return { failed: result?.failed ? 0 : 1, cost: result?.duration ?? stats?.size ?? Infinity };
    };
    return [...files].sort((a, b) => {
      const ra = rank(a);
      const rb = rank(b);
      return ra.failed - rb.failed || ra.cost - rb.cost;
    });
  }
}

const ALL = [
  'lib/**/*.test.ts',
  'tests/unit/surviving-mutants.test.ts',
  'tests/unit/notes-import-validation.test.ts',
  'tests/unit/extract.test.ts',
  'tests/unit/metadata.test.ts',
  'tests/unit/extract-furniture.test.ts',
  'tests/unit/citation-metadata.test.ts',
  'tests/unit/csl-schema.test.ts',
];

/** A part of `npm run mutation` names the test files that import its folder (scripts/mutation.ts, testFilesFor). */
function testFiles(): string[] {
  const named = process.env.MUTATION_TEST_FILES?.split(',').filter(Boolean) ?? [];
  const kept = named.filter((file) => file.startsWith('lib/') || ALL.includes(file));
  return kept.length ? kept : ALL;
}

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: testFiles(),
    // Hands Stryker its per-test coverage under vitest 4 (see the file); without it every mutant runs every test.
    setupFiles: ['tests/stryker-coverage-setup.ts'],
    sequence: { sequencer: CheapFirst },
    // Not isolate: false (test files of a run sharing modules, a third faster): vitest then sometimes keeps modules
    // from an earlier run, and a static mutant (code run at import) is never applied: word-count.ts's three
    // LETTER_OR_DIGIT mutants survived with it and are killed without it.
    env: { BROWSER: 'chrome' },
    testTimeout: 30000,
    update: 'none',
  },
});
