/**
 * A PostgreSQL primary and a streaming replica of it, made for one test in temporary folders on free
 * ports: `initdb`, `pg_ctl` and `pg_basebackup -R` from the machine's PostgreSQL binaries, run as the
 * `postgres` user (the machine's own cluster refuses replication connections). About 5 s.
 */
import { execFile } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { appendFile, chmod, chown, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

import { freePort } from './freePort'

const run = promisify(execFile)

function postgresBin(): string {
  const root = '/usr/lib/postgresql'
  const version = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))[0]
    : undefined
  if (!version) throw new Error(`No PostgreSQL binaries under ${root}`)
  return path.join(root, version, 'bin')
}

export type ReplicatedPostgres = {
  primaryUrl: string
  replicaUrl: string
  /** Runs SQL on the primary or the replica (a fresh connection each time). */
  query: (on: 'primary' | 'replica', text: string, values?: unknown[]) => Promise<pg.QueryResult>
  /** Statements the replica has run that name `table` (pg_stat_statements, counted as each ends). */
  statementsOnReplica: (table: string) => Promise<number>
  pauseReplay: () => Promise<void>
  resumeReplay: () => Promise<void>
  stopReplica: () => Promise<void>
  startReplica: () => Promise<void>
  close: () => Promise<void>
}

export async function startReplicatedPostgres(database = 'cms'): Promise<ReplicatedPostgres> {
  const bin = postgresBin()
  const folder = await mkdtemp(path.join(os.tmpdir(), 'invited-replication-'))
  await chmod(folder, 0o755)
  const { uid, gid } = await userIds('postgres')
  await chown(folder, uid, gid)
  const asPostgres = (command: string, args: string[]) =>
    run('runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args], {
      cwd: folder,
      maxBuffer: 10 * 1024 * 1024,
    })
  const primaryDir = path.join(folder, 'primary')
  const replicaDir = path.join(folder, 'replica')
  const [primaryPort, replicaPort] = [await freePort(), await freePort()]
  const settings = (port: number) =>
    [
      `port = ${port}`,
      `listen_addresses = '127.0.0.1'`,
      `unix_socket_directories = '${folder}'`,
      'wal_level = replica',
      'max_wal_senders = 5',
      'hot_standby = on',
      'fsync = off',
      // Counts every statement as it ends (pg_stat_database lags by up to 10 s): tests use it to
      // see which server answered.
      "shared_preload_libraries = 'pg_stat_statements'",
      'shared_buffers = 32MB',
      '',
    ].join('\n')
  const pgCtl = (dir: string, action: string, extra: string[] = []) =>
    asPostgres('pg_ctl', [
      '-D',
      dir,
      '-l',
      path.join(folder, `${path.basename(dir)}.log`),
      '-w',
      ...extra,
      action,
    ])

  await asPostgres('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8'])
  await appendFile(path.join(primaryDir, 'postgresql.conf'), settings(primaryPort))
  await pgCtl(primaryDir, 'start')
  await asPostgres('pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(primaryPort),
    '-U',
    'postgres',
    '-D',
    replicaDir,
    '-R',
    '-X',
    'stream',
  ])
  await appendFile(path.join(replicaDir, 'postgresql.conf'), settings(replicaPort))
  await pgCtl(replicaDir, 'start')

  const url = (port: number) => `postgres://postgres@127.0.0.1:${port}/${database}`
  const query = async (on: 'primary' | 'replica', text: string, values?: unknown[]) => {
    const client = new pg.Client({
      connectionString: url(on === 'primary' ? primaryPort : replicaPort),
    })
    await client.connect()
    try {
      return await client.query(text, values)
    } finally {
      await client.end()
    }
  }
  const admin = new pg.Client({
    connectionString: url(primaryPort).replace(/\/[^/]+$/, '/postgres'),
  })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${database}"`)
  await admin.end()
  const inDatabase = new pg.Client({ connectionString: url(primaryPort) })
  await inDatabase.connect()
  await inDatabase.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements')
  await inDatabase.end()
  // The replica has it once it has replayed the creation.
  for (let tries = 0; ; tries++) {
    try {
      await query('replica', 'SELECT 1')
      break
    } catch (error) {
      if (tries > 100) throw error
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  return {
    primaryUrl: url(primaryPort),
    replicaUrl: url(replicaPort),
    query,
    statementsOnReplica: async (table) =>
      Number(
        (
          await query(
            'replica',
            'SELECT coalesce(sum(calls), 0) AS n FROM pg_stat_statements WHERE query LIKE $1',
            [`%"${table}"%`],
          )
        ).rows[0].n,
      ),
    pauseReplay: async () => void (await query('replica', 'SELECT pg_wal_replay_pause()')),
    resumeReplay: async () => void (await query('replica', 'SELECT pg_wal_replay_resume()')),
    stopReplica: async () => void (await pgCtl(replicaDir, 'stop', ['-m', 'immediate'])),
    startReplica: async () => void (await pgCtl(replicaDir, 'start')),
    close: async () => {
      await pgCtl(replicaDir, 'stop', ['-m', 'immediate']).catch(() => {})
      await pgCtl(primaryDir, 'stop', ['-m', 'fast']).catch(() => {})
      await rm(folder, { recursive: true, force: true })
    },
  }
}

async function userIds(name: string): Promise<{ uid: number; gid: number }> {
  const { stdout } = await run('id', [name])
  const uid = Number(/uid=(\d+)/.exec(stdout)?.[1])
  const gid = Number(/gid=(\d+)/.exec(stdout)?.[1])
  return { uid, gid }
}
