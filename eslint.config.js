// Flat config: typescript-eslint's recommended rules everywhere, plus a guard-rail that keeps lib/ pure
// (no browser globals, no WXT / Preact / services imports): lib/ must run unchanged in Node.
import tseslint from 'typescript-eslint';

const BROWSER_GLOBALS = [
  'window',
  'document',
  'location',
  'navigator',
  'performance',
  'fetch',
  'chrome',
  'browser',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'XMLHttpRequest',
  'self',
  'globalThis',
].map((name) => ({
  name,
  message: 'lib/ is pure: take a Document / fetch / clock as a parameter instead.',
}));

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'test-results/**',
      'public/data/**',
      '.tmp/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Browser-API typings (sidebarAction, WebDriver BiDi) are incomplete; allow `any` at those edges.
      '@typescript-eslint/no-explicit-any': 'off',
      // `interface Paragraph extends Span {}` names a role; keep that idiom.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', '#imports'], message: 'lib/ must not depend on WXT.' },
            { group: ['preact', 'preact/*', '@preact/*'], message: 'lib/ has no UI.' },
            {
              group: ['**/services/**', '**/components/**', '**/entrypoints/**'],
              message: 'Dependencies point into lib/, not out of it.',
            },
          ],
        },
      ],
    },
  },
  {
    // No line over 120 characters in lib/ source (issue 11): word lists are lexicon arrays, not long alternations.
    files: ['lib/**/*.ts'],
    ignores: ['lib/**/*.test.ts'],
    rules: {
      'max-len': ['error', { code: 120, ignoreUrls: true }],
    },
  },
  {
    // services/ reach the browser for the UI; the shapes they share with it live in lib/ (lib/contracts.ts, the
    // messages in lib/messages.ts), so a service imports nothing from entrypoints/ or components/ (no exceptions).
    files: ['services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/components/**', '**/entrypoints/**'],
              message: 'services/ import shared shapes from lib/, never from the UI or entrypoints.',
            },
          ],
        },
      ],
    },
  },
);
