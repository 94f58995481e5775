/**
 * `npm run payload -- <command>`: Payload's CLI with the database this project uses. With no
 * DATABASE_URL it serves the embedded PGlite folder for the duration of the command — which only
 * works while the CMS server is stopped, since one process at a time can open that folder.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { startEmbeddedDatabase, type EmbeddedDatabase } from '../src/database'
import { EMBEDDED_DATABASE_URL_VARIABLE } from '../src/databaseConnection'
import { readSettings } from '../src/settings'
import { loadDotEnv } from '../src/dotenv'

const COMMANDS_WITHOUT_DATABASE = new Set([
  'migrate:create',
  'generate:types',
  'generate:importmap',
  'generate:db-schema',
  'info',
])

loadDotEnv()
const args = process.argv.slice(2)
const command = args[0] ?? ''

let embedded: EmbeddedDatabase | undefined
if (!process.env.DATABASE_URL && !COMMANDS_WITHOUT_DATABASE.has(command)) {
  embedded = await startEmbeddedDatabase({ dataDir: readSettings().embeddedDataDir })
  console.log(`Embedded database ${embedded.dataDir} served for this command.`)
}

// The CLI's bin file is not in the package's exports map, so it cannot be resolved by name.
const payloadBin = path.resolve(import.meta.dirname, '../node_modules/payload/bin.js')
const child = spawn(process.execPath, ['--no-deprecation', payloadBin, ...args], {
  stdio: 'inherit',
  env: embedded ? { ...process.env, [EMBEDDED_DATABASE_URL_VARIABLE]: embedded.url } : process.env,
})
const exitCode = await new Promise<number>((resolve) =>
  child.on('exit', (code) => resolve(code ?? 1)),
)
await embedded?.close()
process.exit(exitCode)
