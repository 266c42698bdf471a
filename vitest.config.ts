import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql for everything: Vite would give our sources graphql's ESM build while the
    // libraries in node_modules load its CommonJS build, and graphql refuses objects from "another
    // realm" (a GraphQLError or a schema from one copy is not recognised by the other).
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['services/**/*.test.ts', 'gateway/**/*.test.ts', 'test/**/*.test.ts'],
    // Integration tests start real servers and databases: PGlite takes seconds to start.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
