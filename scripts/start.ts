/**
 * `npm start`: the CMS in production mode on this machine — builds the bundle if needed, then runs
 * src/server.ts. On a fresh clone this is the only command needed (after `npm install`).
 */
import { ensureProductionBuild } from './build'
import { loadDotEnv } from '../src/dotenv'
import { ensureLocalSecret } from './lib/localSecret'

loadDotEnv()
ensureLocalSecret()
await ensureProductionBuild()

// Set before the server (and with it Next and React) is loaded: they read it at import time.
Object.assign(process.env, { NODE_ENV: 'production' })
const { main } = await import('../src/server')
await main()
