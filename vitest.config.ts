import { createRequire } from 'node:module'
import { defineConfig } from 'vitest/config'

/**
 * `npm test`: unit tests (pure functions), integration tests (Payload on a fresh database per file)
 * and server tests (the production server as a child process). The browser suite has its own config.
 */
export default defineConfig({
  // `invited-cms` resolves to the library's sources through tsconfig.json's paths, as in the app.
  resolve: {
    tsconfigPaths: true,
    // One graphql for everything: Node loads it for Payload and graphql-http as CommonJS (its `main`),
    // while Vite would hand this project's own sources the ES build — and a GraphQLError from one copy
    // is not an `instanceof` the other (src/graphqlLimits.ts reports such errors). Next's bundle has one.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/library/**/*.test.ts',
      'tests/int/**/*.test.ts',
      'tests/server/**/*.test.ts',
    ],
    // Every file gets its own process: Payload caches its instance on a global, and each file must
    // boot the config against its own database.
    pool: 'forks',
    isolate: true,
    // Two cores: more parallel files only queue up behind the database and the CPU.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    globalSetup: ['tests/helpers/globalSetup.ts'],
    env: { NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--no-deprecation' },
  },
})
