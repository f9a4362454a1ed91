// Stryker's vitest runner (9.5) reads each test file's mutant coverage and hit count from `afterAll(({ meta }) => …)`;
// vitest 4 passes a hook context first and the file second (and refuses a hook that destructures `meta` from it), so
// Stryker got no coverage: every mutant re-ran every related test (8 s a mutant on lib/article). This hook hands both
// to the file's meta as vitest 4 passes it, so each mutant runs only the tests that reach it and an endless loop is
// cut by its hit limit. Used only by vitest.mutation.config.ts.
import { afterAll, inject } from 'vitest';

interface StrykerGlobal {
  mutantCoverage?: unknown;
  hitCount?: number;
}

// Stryker provides these to the test context (not in vitest's typed ProvidedContext).
const read = inject as unknown as (key: string) => unknown;
const namespace = read('globalNamespace') as string | undefined;
const mode = read('mode') as string | undefined;

if (namespace) {
  // vitest 4 parses a suite hook's first parameter as fixtures: it must be an object pattern (here empty).
  afterAll(({}, file) => {
    const ns = (globalThis as unknown as Record<string, StrykerGlobal | undefined>)[namespace];
    if (!ns) return;
    if (mode === 'mutant') Object.assign(file.meta, { hitCount: ns.hitCount });
    else Object.assign(file.meta, { mutantCoverage: ns.mutantCoverage });
  });
}
