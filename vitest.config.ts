import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['services/**/*.test.ts', 'gateway/**/*.test.ts', 'test/**/*.test.ts'],
    // Integration tests start real servers and databases: PGlite takes seconds to start.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
