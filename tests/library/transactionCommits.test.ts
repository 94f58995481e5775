/**
 * A write whose transaction was not committed is not reported as done (plugins/reliableCommits works
 * around @payloadcms/drizzle 3.90, which resolves such commits). PostgreSQL only: the embedded
 * database and SQLite run without transactions here.
 * Ending the connection makes the pool emit an 'error', which the plugin's listener logs
 * (upstream/poolErrors.ts): without it the test process would crash with an uncaught exception.
 */
import pg from 'pg'
import type { PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startConsumerApp } from '../helpers/consumerApp'
import type { TestApp } from '../helpers/testApp'
import { usingPostgresServer } from '../helpers/testDatabase'

let harness: TestApp

beforeAll(async () => {
  if (usingPostgresServer()) harness = await startConsumerApp()
})

afterAll(async () => {
  await harness?.close()
})

/** A request with its own transaction, as Payload's operations open one. */
async function requestInTransaction(): Promise<PayloadRequest> {
  const req = await createLocalReq({}, harness.payload)
  req.transactionID = (await harness.payload.db.beginTransaction()) ?? undefined
  expect(req.transactionID).toBeTruthy()
  return req
}

const authorsNamed = async (name: string) =>
  (await harness.payload.count({ collection: 'authors', where: { name: { equals: name } } }))
    .totalDocs

describe.runIf(usingPostgresServer())('transactions that were not committed', () => {
  it('a commit whose connection was lost fails, and nothing is stored', async () => {
    const req = await requestInTransaction()
    await harness.payload.create({
      collection: 'authors',
      data: { name: 'Lost at commit' },
      req,
    })
    // Another session ends the one holding the transaction, as a database restart would.
    const admin = new pg.Client({ connectionString: harness.database.url })
    await admin.connect()
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'`,
    )
    await admin.end()

    await expect(harness.payload.db.commitTransaction(req.transactionID!)).rejects.toThrow(
      /did not commit/,
    )
    expect(await authorsNamed('Lost at commit')).toBe(0)
  })

  it('a commit of a transaction already rolled back by a failed inner operation fails', async () => {
    const req = await requestInTransaction()
    await harness.payload.create({ collection: 'authors', data: { name: 'Rolled back' }, req })
    // What Payload does when an operation inside the transaction fails, even if its caller goes on.
    await harness.payload.db.rollbackTransaction(req.transactionID!)

    await expect(harness.payload.db.commitTransaction(req.transactionID!)).rejects.toThrow(
      /rolled back before it could be committed/,
    )
    expect(await authorsNamed('Rolled back')).toBe(0)
  })

  it('a commit that succeeds still resolves', async () => {
    const req = await requestInTransaction()
    await harness.payload.create({ collection: 'authors', data: { name: 'Committed' }, req })
    await harness.payload.db.commitTransaction(req.transactionID!)
    expect(await authorsNamed('Committed')).toBe(1)
  })
})
