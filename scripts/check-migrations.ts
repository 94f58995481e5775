/**
 * Fails when the Payload config describes a schema that the committed migrations do not create.
 * Production applies only migrations (never a schema push), so such drift would break a deploy.
 * It asks Payload to create a migration and, if one appears, removes it again and reports the drift.
 *
 * Payload's CLI can exit 0 having done nothing (lib/silentCli.ts): that would read as "no drift", so
 * the run must show it compared the schema, or it is tried again and then fails.
 * `CHECK_MIGRATIONS_CLI` names another CLI script to run instead (the tests' stand-in for a silent one).
 */
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { CliDidNotRun, runUntilItSpeaks } from './lib/silentCli'

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../src/migrations')
const INDEX = path.join(MIGRATIONS_DIR, 'index.ts')
const CLI = process.env.CHECK_MIGRATIONS_CLI || path.resolve(import.meta.dirname, 'payload.ts')
/** What `migrate:create` prints once it has compared the config with the migrations. */
const COMPARED = /generating UP statements|Migration created|No schema changes/i

const filesBefore = new Set(readdirSync(MIGRATIONS_DIR))
const indexBefore = readFileSync(INDEX, 'utf8')

/** One run of `migrate:create`, everything it printed; a failing exit is a failure at once. */
function migrateCreate(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CLI, 'migrate:create', 'schema_drift', '--skip-empty'],
      { env: { ...process.env, DATABASE_URL: '' } },
    )
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve(output)
        : reject(new CliDidNotRun(`payload migrate:create exited with ${code}:\n${output}`)),
    )
  })
}

try {
  await runUntilItSpeaks('payload migrate:create', migrateCreate, COMPARED)
} catch (error) {
  console.error((error as Error).message)
  console.error('Could not check migrations: `payload migrate:create` did not compare the schema.')
  process.exit(1)
}

const added = readdirSync(MIGRATIONS_DIR).filter((file) => !filesBefore.has(file))
if (added.length > 0) {
  for (const file of added) rmSync(path.join(MIGRATIONS_DIR, file))
  writeFileSync(INDEX, indexBefore)
  console.error(
    'The Payload config changes the database schema, but no migration for it is committed.\n' +
      'Create one with `npm run payload -- migrate:create <what-changed>` and commit it.',
  )
  process.exit(1)
}
console.log('Migrations match the config.')
