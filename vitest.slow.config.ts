import { defineConfig } from 'vitest/config';
import { slowSuites } from './vitest.config.js';

/** `npm run test:slow`: the slow suites (see vitest.config.ts), and the property tests at a larger number of cases. */
export default defineConfig({
  test: {
    include: [...slowSuites, 'test/parse/properties.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    env: { FC_RUNS: '1500' },
  },
});
