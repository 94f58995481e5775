/**
 * `npm run dev`: the CMS with Next's development server (hot reload, schema push instead of
 * migrations). It keeps its embedded data apart from `npm start`'s, since a pushed schema and a
 * migrated one must not share a database.
 */
import { loadDotEnv } from '../src/dotenv'
import { ensureLocalSecret } from './lib/localSecret'

loadDotEnv()
ensureLocalSecret()
process.env.PGLITE_DATA_DIR ??= '.data/pglite-dev'
Object.assign(process.env, { NODE_ENV: 'development' })
const { main } = await import('../src/server')
await main()
