import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // One graphql for everything: Vite would give our sources graphql's ESM build while the
    // libraries in node_modules load its CommonJS build, and graphql refuses objects from "another
    // realm" (a GraphQLError or a schema from one copy is not recognised by the other). Node's own
    // resolution, as the libraries get it, decides which file that is.
    alias: [{ find: /^graphql$/, replacement: fileURLToPath(import.meta.resolve('graphql')) }],
  },
  test: {
    include: ['services/**/*.test.ts', 'gateway/**/*.test.ts', 'hub/**/*.test.ts', 'test/**/*.test.ts'],
    // One Postgres server for the run; each test file makes its own databases on it.
    globalSetup: ['test/support/global-setup.ts'],
    // Tests start real servers and databases. A test never fails because the machine is busy: the
    // time limits are there to end a test that hangs, not to measure one.
    testTimeout: 300_000,
    hookTimeout: 600_000,
    teardownTimeout: 60_000,
    pool: 'forks',
    isolate: false,
    maxWorkers: 2,
  },
});
