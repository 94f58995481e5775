/**
 * `npm run seed`: adds the demo content (categories, authors, services, articles) where it is missing.
 * Safe to run again. With the embedded database, stop the server first: one process at a time can
 * open its folder.
 */
import { getPayload } from 'payload'

import { startEmbeddedDatabase, type EmbeddedDatabase } from '../src/database'
import { EMBEDDED_DATABASE_URL_VARIABLE } from '../src/databaseConnection'
import { closePayload } from '../upstream/poolErrors'
import { loadDotEnv } from '../src/dotenv'
import { seedDemoContent } from '../src/seed'
import { readSettings } from '../src/settings'
import { ensureLocalSecret } from './lib/localSecret'

loadDotEnv()
ensureLocalSecret()
// Production mode: the schema comes from the committed migrations, exactly as the server applies them.
Object.assign(process.env, { NODE_ENV: 'production', SEED_DEMO_CONTENT: 'false' })
const settings = readSettings()

let embedded: EmbeddedDatabase | undefined
if (!settings.databaseUrl) {
  embedded = await startEmbeddedDatabase({ dataDir: settings.embeddedDataDir })
  process.env[EMBEDDED_DATABASE_URL_VARIABLE] = embedded.url
}

const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
try {
  const created = await seedDemoContent(payload)
  console.log(
    `Demo content: created ${JSON.stringify(created)} (existing documents were left as they are).`,
  )
} finally {
  await closePayload(payload)
  await embedded?.close()
}
process.exit(0)
