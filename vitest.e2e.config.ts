import { defineConfig } from 'vitest/config';

// Real browsers, one at a time: the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 120000,
    hookTimeout: 120000,
    fileParallelism: false,
    // One retry: a real browser on a shared two-core machine can miss a wait now and then. A test that passes only
    // on its retry is named above the summary line (scripts/test-summary.ts), so the flake stays visible.
    retry: 1,
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    update: process.env.UPDATE_SNAPSHOT === '1' || process.env.UPDATE_SNAPSHOT === 'all' ? 'all' : 'none',
  },
});
