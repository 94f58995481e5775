/**
 * Backups of everything the CMS stores: the database and the uploaded media files, in one
 * `.tar.gz` with a manifest.
 *
 * - Embedded database: PGlite's own export of its folder (`dumpDataDir`), taken with the folder
 *   locked — the CMS must be stopped (PGlite is one process's database; see embeddedDataDirLock.ts).
 *   Restoring loads it into a new folder.
 * - PostgreSQL: `pg_dump --format=custom` (online: a consistent snapshot while the CMS runs), restored
 *   with `pg_restore --clean --if-exists` into the database DATABASE_URL names.
 *
 * Restoring never destroys what is there: only with `force`, and then an existing embedded folder or
 * media folder is moved aside (`<folder>.before-restore-<time>`) and an existing PostgreSQL database
 * is first backed up next to the archive (`<archive>.before-restore-<time>.tar.gz`).
 */
import { PGlite } from '@electric-sql/pglite'
import { spawn } from 'node:child_process'
import {
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { EMBEDDED_EXTENSIONS } from './database'
import { lockDataDir, LOCK_FILE } from './embeddedDataDirLock'

const FORMAT = 'invited-cms-backup'
const EMBEDDED_DUMP = 'database.pglite.tar.gz'
const POSTGRES_DUMP = 'database.pgdump'
const MEDIA = 'media'

export type BackupSource =
  | { kind: 'embedded'; dataDir: string; mediaDir: string }
  | { kind: 'postgres'; databaseUrl: string; mediaDir: string }

export type Manifest = {
  format: typeof FORMAT
  version: 1
  createdAt: string
  database: 'embedded' | 'postgres'
  /** Applied migrations, newest last: what the restored database expects of the code. */
  migrations: string[]
  mediaFiles: number
}

export class BackupError extends Error {}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env })
    let errors = ''
    child.stderr.on('data', (chunk) => (errors += chunk))
    child.on('error', (error) =>
      reject(new BackupError(`${command} could not run: ${error.message}`)),
    )
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new BackupError(`${command} failed (exit code ${code}): ${errors.trim()}`)),
    )
  })
}

const exists = (target: string) =>
  stat(target).then(
    () => true,
    () => false,
  )

async function hasContent(folder: string) {
  if (!(await exists(folder))) return false
  return (await readdir(folder)).some((entry) => entry !== LOCK_FILE)
}

async function countFiles(folder: string): Promise<number> {
  if (!(await exists(folder))) return 0
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile()).length
}

/** Writes the backup of `source` to `out` (a .tar.gz); answers its manifest. */
export async function backup(source: BackupSource, out: string): Promise<Manifest> {
  const staging = await mkdtemp(path.join(os.tmpdir(), 'invited-cms-backup-'))
  try {
    const migrations =
      source.kind === 'embedded'
        ? await dumpEmbedded(source.dataDir, path.join(staging, EMBEDDED_DUMP))
        : await dumpPostgres(source.databaseUrl, path.join(staging, POSTGRES_DUMP))
    if (await exists(source.mediaDir)) {
      await cp(source.mediaDir, path.join(staging, MEDIA), { recursive: true })
    }
    const manifest: Manifest = {
      format: FORMAT,
      version: 1,
      createdAt: new Date().toISOString(),
      database: source.kind,
      migrations,
      mediaFiles: await countFiles(path.join(staging, MEDIA)),
    }
    await writeFile(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    await mkdir(path.dirname(path.resolve(out)), { recursive: true })
    await run('tar', ['-czf', path.resolve(out), '-C', staging, '.'])
    return manifest
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

async function dumpEmbedded(dataDir: string, file: string): Promise<string[]> {
  if (!(await hasContent(dataDir)))
    throw new BackupError(`There is no embedded database at ${dataDir} to back up.`)
  const lock = await lockDataDir(dataDir)
  try {
    const db = await PGlite.create(dataDir, { extensions: EMBEDDED_EXTENSIONS })
    try {
      const { rows } = await db.query<{ name: string }>(
        'SELECT name FROM payload_migrations ORDER BY id',
      )
      const dump = await db.dumpDataDir('gzip')
      await writeFile(file, Buffer.from(await dump.arrayBuffer()))
      return rows.map((row) => row.name)
    } finally {
      await db.close()
    }
  } finally {
    await lock.release()
  }
}

async function dumpPostgres(databaseUrl: string, file: string): Promise<string[]> {
  await run('pg_dump', ['--format=custom', '--no-owner', '--file', file, '--dbname', databaseUrl])
  const rows = await queryPostgres<{ name: string }>(
    databaseUrl,
    'SELECT name FROM payload_migrations ORDER BY id',
  )
  return rows.map((row) => row.name)
}

/** One query on its own connection (the backup tools run beside, not inside, the CMS). */
async function queryPostgres<Row extends object>(databaseUrl: string, query: string) {
  const pg = (await import('pg')).default
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query<Row>(query)).rows
  } finally {
    await client.end()
  }
}

/** Moves a folder out of the way (never deletes it); answers where it went. */
async function moveAside(folder: string): Promise<string> {
  const aside = `${folder}.before-restore-${stamp()}`
  await rename(folder, aside)
  await rm(path.join(aside, LOCK_FILE), { force: true })
  return aside
}

export type RestoreResult = {
  manifest: Manifest
  /** Where what was there before went: folders moved aside, a backup of the replaced database. */
  keptCopies: string[]
}

async function postgresHasData(databaseUrl: string): Promise<boolean> {
  const rows = await queryPostgres<{ table: string | null }>(
    databaseUrl,
    "SELECT to_regclass('public.payload_migrations')::text AS table",
  )
  return rows[0]?.table !== null
}

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-')

/** Restores `archive` into `target`; with `force`, what is there is moved aside first. */
export async function restore(
  archive: string,
  target: BackupSource,
  { force = false } = {},
): Promise<RestoreResult> {
  const staging = await mkdtemp(path.join(os.tmpdir(), 'invited-cms-restore-'))
  const keptCopies: string[] = []
  try {
    await run('tar', ['-xzf', path.resolve(archive), '-C', staging])
    const manifest = JSON.parse(
      await readFile(path.join(staging, 'manifest.json'), 'utf8').catch(() => '{}'),
    ) as Manifest
    if (manifest.format !== FORMAT)
      throw new BackupError(`${archive} is not an invited-cms backup (no manifest).`)
    if (manifest.database !== target.kind) {
      throw new BackupError(
        `${archive} holds a ${manifest.database} database; this CMS uses ${target.kind === 'embedded' ? 'the embedded database' : 'PostgreSQL (DATABASE_URL)'}.`,
      )
    }

    const databaseHasData =
      target.kind === 'embedded'
        ? await hasContent(target.dataDir)
        : await postgresHasData(target.databaseUrl)
    const occupied = [
      ...(databaseHasData ? ['the database'] : []),
      ...((await hasContent(target.mediaDir)) ? [target.mediaDir] : []),
    ]
    if (occupied.length > 0 && !force) {
      throw new BackupError(
        `${occupied.join(' and ')} already hold data: nothing was changed. Restore with --force to ` +
          `replace them; what is there is kept (folders renamed to <folder>.before-restore-<time>, ` +
          `a PostgreSQL database backed up next to the archive first).`,
      )
    }

    if (target.kind === 'embedded') {
      if (databaseHasData) {
        // Refuses while the CMS has the folder open.
        await (await lockDataDir(target.dataDir)).release()
        keptCopies.push(await moveAside(target.dataDir))
      }
      await loadEmbedded(path.join(staging, EMBEDDED_DUMP), target.dataDir)
    } else {
      if (databaseHasData) {
        const safety = `${path.resolve(archive).replace(/\.tar\.gz$/, '')}.before-restore-${stamp()}.tar.gz`
        await backup({ ...target, mediaDir: path.join(staging, 'no-media') }, safety)
        keptCopies.push(safety)
      }
      await run('pg_restore', [
        '--clean',
        '--if-exists',
        '--no-owner',
        '--exit-on-error',
        '--single-transaction',
        '--dbname',
        target.databaseUrl,
        path.join(staging, POSTGRES_DUMP),
      ])
    }

    if (await exists(target.mediaDir)) keptCopies.push(await moveAside(target.mediaDir))
    if (await exists(path.join(staging, MEDIA))) {
      await cp(path.join(staging, MEDIA), target.mediaDir, { recursive: true })
    }
    return { manifest, keptCopies }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

async function loadEmbedded(dumpFile: string, dataDir: string) {
  await mkdir(path.dirname(path.resolve(dataDir)), { recursive: true })
  const dump = new Blob([await readFile(dumpFile)])
  const db = await PGlite.create(dataDir, { loadDataDir: dump, extensions: EMBEDDED_EXTENSIONS })
  try {
    // Proves the restored database opens and holds Payload's tables.
    await db.query('SELECT count(*) FROM payload_migrations')
  } finally {
    await db.close()
  }
}
