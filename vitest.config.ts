import { defineConfig } from 'vitest/config';

/**
 * The slow suites (the packed package and a consumer project, fault injection with child processes, the browse
 * site in a real browser, the property tests' long run) run in `npm run test:slow`, which CI (`.ci/run`) runs too; `npm test` runs the rest.
 */
export const slowSuites = ['test/package/**/*.test.ts', 'test/faults/**/*.test.ts', 'test/site/browser.test.ts'];

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...slowSuites],
    pool: 'threads',
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
