/**
 * The app's test harness: boots the real CMS config (payload.config.ts) on a database of this test
 * file's own, for tests that go through the Local API or Payload's HTTP route handlers. Vitest runs
 * each test file in its own process, so the config is evaluated afresh against the database chosen
 * here. The library's own tests boot a consumer's config instead (consumerApp.ts).
 */
import os from 'node:os'
import path from 'node:path'

import { EMBEDDED_DATABASE_URL_VARIABLE } from '../../src/databaseConnection'
import { closePayload } from '../../upstream/poolErrors'
import { TEST_ADMIN, TEST_SECRET, type TestApp } from './testApp'
import { adapterFor, createTestDatabase } from './testDatabase'

export { TEST_ADMIN, TEST_SECRET }

export type PayloadHarness = TestApp

export type HarnessOptions = {
  /** Start Payload's cron jobs (the jobs queue's autoRun), as the server does on its first request. */
  cron?: boolean
  /**
   * Settings an operator would set (`COMMENTS_CLOSE_AFTER_DAYS`…): in place before the config loads,
   * and put back as they were when the app is closed.
   */
  env?: Record<string, string>
}

export async function startPayload({
  cron = false,
  env = {},
}: HarnessOptions = {}): Promise<PayloadHarness> {
  const before = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]))
  Object.assign(process.env, env)
  const database = await createTestDatabase()
  // The config reads these when it is imported, so they are set before the import below.
  if (database.kind === 'postgres') process.env.DATABASE_URL = database.url
  else if (database.kind === 'pglite') process.env[EMBEDDED_DATABASE_URL_VARIABLE] = database.url
  process.env.PAYLOAD_SECRET = TEST_SECRET
  process.env.ADMIN_EMAIL = TEST_ADMIN.email
  process.env.ADMIN_PASSWORD = TEST_ADMIN.password
  // Tests build the content they check; a seed would only get in the way (the seed has its own test).
  process.env.SEED_DEMO_CONTENT ??= 'false'
  // Captured mail goes to a file of this test process, never into the project's .data.
  process.env.EMAIL_OUTBOX_FILE ??= path.join(os.tmpdir(), `invited-outbox-${process.pid}.jsonl`)
  // Uploads (the seed's images, test files) go to a folder of this test process, not the project's .data.
  process.env.MEDIA_DIR ??= path.join(os.tmpdir(), `invited-media-${process.pid}`)

  const { default: configPromise, cmsConfig } = await import('../../payload.config')
  const { buildConfig, getPayload } = await import('payload')
  // On SQLite the same config with the database swapped: the CMS's own adapter is PostgreSQL's.
  const config =
    database.kind === 'sqlite'
      ? await buildConfig({ ...cmsConfig, db: adapterFor(database) })
      : await configPromise
  // The default cache key on purpose: Payload's route handlers call getPayload() and must share this instance.
  const payload = await getPayload({ config, cron })

  return {
    payload,
    config,
    database,
    close: async () => {
      await closePayload(payload)
      await database.drop()
      for (const [name, value] of Object.entries(before)) {
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
      }
    },
  }
}
