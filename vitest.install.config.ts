import { defineConfig } from 'vitest/config'

/**
 * `npm run test:install`: the library packed, installed into a fresh Payload app (tests/install/
 * fixture) at the lowest and the highest versions of its peer ranges, built and run on PostgreSQL,
 * its admin checked in Chromium. Slow (two installs from the registry and two `next build`s), so it
 * has its own config and runs once in `.ci/run`.
 */
export default defineConfig({
  test: {
    include: ['tests/install/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 900_000,
    env: { NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--no-deprecation' },
  },
})
