/**
 * What every test app has in common, the app's own (payloadHarness.ts) and a consumer's
 * (consumerApp.ts): the secret, the first admin, and the handle a test file holds.
 */
import type { Payload, SanitizedConfig } from 'payload'

import type { TestDatabase } from './testDatabase'

export const TEST_SECRET = 'integration-tests-secret-0123456789abcdef'
/** The first-run admin every test app's database starts with (see ensureFirstAdmin). */
export const TEST_ADMIN = { email: 'admin@example.com', password: 'first-admin-password-for-tests' }

/** A booted Payload on a database of this test file's own; `close` stops it and drops the database. */
export type TestApp = {
  payload: Payload
  config: SanitizedConfig
  database: TestDatabase
  close: () => Promise<void>
}
