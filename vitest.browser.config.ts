import { defineConfig } from 'vitest/config'

/** `npm run test:browser`: the admin UI in Debian's Chromium against the production build. */
export default defineConfig({
  // `invited-cms` resolves to the library's sources through tsconfig.json's paths, as in the app.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/browser/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 180_000,
    globalSetup: ['tests/helpers/globalSetup.ts'],
    env: { NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--no-deprecation' },
  },
})
