/**
 * The production server on a PostgreSQL primary with a streaming replica the test makes itself
 * (DATABASE_REPLICA_URLS): anonymous reads are served from the replica; a signed-in writer reads
 * their own save at once, and readers never get old content while the replica lags; a replica that
 * goes away fails no read, and is used again once it is back.
 *
 * Runs with the PostgreSQL suite (it needs the machine's PostgreSQL binaries). The response cache is
 * off so that every read reaches the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalFromParagraphs } from '../../src/seed/lexical'
import { startCmsProcess, type CmsProcess } from '../helpers/cmsProcess'
import { createHttpClient, type HttpClient } from '../helpers/httpClient'
import { startReplicatedPostgres, type ReplicatedPostgres } from '../helpers/replicatedPostgres'
import { usingPostgresServer } from '../helpers/testDatabase'

const ADMIN = { email: 'admin@example.com', password: 'read-replica-password' }
/** Payload reads from the primary this long after a write of this process (its own rule). */
const AFTER_WRITE_MS = 2000

type Doc = Record<string, unknown> & { id: number; title: string }

describe.runIf(usingPostgresServer())('a PostgreSQL primary with a streaming replica', () => {
  let postgres: ReplicatedPostgres
  let cms: CmsProcess
  let http: HttpClient
  let token: string
  let article: Doc

  beforeAll(async () => {
    postgres = await startReplicatedPostgres()
    cms = await startCmsProcess({
      DATABASE_URL: postgres.primaryUrl,
      DATABASE_REPLICA_URLS: postgres.replicaUrl,
      RESPONSE_CACHE: 'false',
      SEED_DEMO_CONTENT: 'true',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    })
    http = createHttpClient(cms.url)
    token = await http.token(ADMIN.email, ADMIN.password)
    const list = await fetch(`${cms.url}/api/articles?limit=1&sort=id&depth=0`)
    article = ((await list.json()) as { docs: Doc[] }).docs[0]
  })

  afterAll(async () => {
    await cms?.stop()
    await postgres?.close()
  })

  /** Statements that read the articles table on the replica so far. */
  const statementsOnReplica = () => postgres.statementsOnReplica('articles')
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  async function readMany(times: number, headers: Record<string, string> = {}) {
    for (let i = 0; i < times; i++) {
      const response = await fetch(`${cms.url}/api/articles?limit=100&depth=1`, { headers })
      expect(response.status).toBe(200)
      await response.arrayBuffer()
    }
  }

  async function statementsOnReplicaDuring(work: () => Promise<void>) {
    const before = await statementsOnReplica()
    await work()
    return (await statementsOnReplica()) - before
  }

  it('serves anonymous reads from the replica, signed-in reads from the primary', async () => {
    await pause(AFTER_WRITE_MS + 500)
    const anonymous = await statementsOnReplicaDuring(() => readMany(10))
    const signedIn = await statementsOnReplicaDuring(() =>
      readMany(10, { Authorization: `JWT ${token}` }),
    )
    expect(anonymous).toBeGreaterThanOrEqual(10) // at least a statement for each read
    expect(signedIn).toBe(0)
  })

  it('shows a writer their save at once, and readers no old content, while the replica lags', async () => {
    await postgres.pauseReplay()
    try {
      const title = 'Saved while the replica lags'
      const saved = await http.request('PATCH', `/api/articles/${article.id}`, {
        token,
        body: {
          title,
          body: lexicalFromParagraphs(['Edited while the replica replays nothing.']),
          // The demo article is clinical: an admin changing its text live gives a reason (review gate).
          overrideReason: 'Correcting the text while the replica lags',
        },
      })
      expect(saved.status).toBe(200)
      const mine = await http.request('GET', `/api/articles/${article.id}?depth=0`, { token })
      expect(((await mine.json()) as Doc).title).toBe(title)
      const anonymous = async () =>
        ((await (await fetch(`${cms.url}/api/articles/${article.id}?depth=0`)).json()) as Doc).title
      expect(await anonymous()).toBe(title)
      // Past Payload's own after-write window: the replica is known to lag, so still the primary.
      await pause(AFTER_WRITE_MS + 1000)
      expect(await anonymous()).toBe(title)
    } finally {
      await postgres.resumeReplay()
    }
  })

  it('fails no read when the replica goes away, and reads from it again once it is back', async () => {
    // In use again since it replays again (the test above paused it).
    await expect
      .poll(async () => statementsOnReplicaDuring(() => readMany(5)), { timeout: 20_000 })
      .toBeGreaterThan(0)
    const started = cms.logLines().length
    await postgres.stopReplica()
    try {
      await readMany(20)
    } finally {
      await postgres.startReplica()
    }
    const logged = (msg: string) =>
      cms
        .logLines()
        .slice(started)
        .some((line) => line.msg === msg)
    expect(
      logged('not reading from replica') ||
        logged('read replica unreachable: reading from the primary'),
    ).toBe(true)
    await expect.poll(() => logged('reading from replica'), { timeout: 15_000 }).toBe(true)
    await expect
      .poll(async () => statementsOnReplicaDuring(() => readMany(5)), { timeout: 20_000 })
      .toBeGreaterThan(0)
  })
})
