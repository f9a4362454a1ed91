import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
    ],
    env: { BROWSER: 'chrome' },
    testTimeout: 30000,
    // Snapshots and golden files are written only when asked (UPDATE_SNAPSHOT=1, `npm run golden:update`);
    // otherwise a missing or different one fails, in CI and on a developer's machine alike.
    update: process.env.UPDATE_SNAPSHOT === '1' || process.env.UPDATE_SNAPSHOT === 'all' ? 'all' : 'none',
  },
});
