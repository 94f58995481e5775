/**
 * Fails when the Payload config describes a schema that the committed migrations do not create.
 * Production applies only migrations (never a schema push), so such drift would break a deploy.
 * It asks Payload to create a migration and, if one appears, removes it again and reports the drift.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../src/migrations')
const INDEX = path.join(MIGRATIONS_DIR, 'index.ts')

const filesBefore = new Set(readdirSync(MIGRATIONS_DIR))
const indexBefore = readFileSync(INDEX, 'utf8')

const result = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    path.resolve(import.meta.dirname, 'payload.ts'),
    'migrate:create',
    'schema_drift',
    '--skip-empty',
  ],
  { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } },
)
if (result.status !== 0) {
  console.error(result.stdout, result.stderr)
  console.error('Could not check migrations: `payload migrate:create` failed.')
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
