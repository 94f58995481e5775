/**
 * The upstream problems invited-cms works around (upstream/), each shown to be still there in the
 * installed Payload — by calling the method as upstream wrote it — and to be handled by the
 * workaround. When a "still there" test fails, upstream has fixed the problem: check the release
 * and remove the workaround (and its test). The versions the workarounds were tested with are
 * checked as well: an untested Payload is refused with a message that says why.
 */
import { sql, type MigrateUpArgs } from '@payloadcms/db-postgres'
import type { GraphQLSchema } from 'graphql'
import pg from 'pg'
import { createDataloaderCacheKey, createLocalReq, type Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import {
  installedVersion,
  JOB_CLAIMS,
  DEEP_LIST_PAGES,
  GRAPHQL_JOINS,
  GRAPHQL_RELATIONSHIP_ORDER,
  GRAPHQL_SELECT,
  MIGRATION_LOCK,
  PAYLOAD_INSTANCES,
  POOL_ERRORS,
  requireTestedVersion,
  unpatched,
  UntestedUpstreamError,
} from '../../upstream/index'
import { OUR_LISTENER } from '../../upstream/poolErrors'
import { PRUNE_FINISHED_JOBS_TASK } from '../../src/jobs/pruneFinishedJobs'
import { replacedJoinFields } from '../../upstream/graphqlJoins'
import { reorderedRelationshipFields } from '../../upstream/graphqlRelationshipOrder'
import { selectByDefaultFields } from '../../upstream/graphqlSelect'
import { cachedPayloadInstances } from '../../upstream/payloadInstances'
import { articleData, createClinician, createComment } from '../helpers/contentFixtures'
import { startPayload, TEST_ADMIN } from '../helpers/payloadHarness'
import { usingPostgresServer } from '../helpers/testDatabase'
import { useTestApp } from '../helpers/useTestApp'

// One Payload for the file: getPayload keeps one instance per process (see vitest.config.ts).
const app = useTestApp(startPayload)

describe('the versions the workarounds were tested with', () => {
  it('are the installed ones', () => {
    expect(installedVersion('payload')).toMatch(/^3\.90\./)
    expect(installedVersion('@payloadcms/drizzle')).toMatch(/^3\.90\./)
    expect(() => requireTestedVersion(JOB_CLAIMS)).not.toThrow()
    expect(() => requireTestedVersion(MIGRATION_LOCK)).not.toThrow()
    expect(() => requireTestedVersion(POOL_ERRORS)).not.toThrow()
    expect(() => requireTestedVersion(DEEP_LIST_PAGES)).not.toThrow()
    expect(() => requireTestedVersion(GRAPHQL_JOINS)).not.toThrow()
    expect(() => requireTestedVersion(GRAPHQL_SELECT)).not.toThrow()
    expect(() => requireTestedVersion(GRAPHQL_RELATIONSHIP_ORDER)).not.toThrow()
    expect(() => requireTestedVersion(PAYLOAD_INSTANCES)).not.toThrow()
  })

  it('refuse any other, naming the package, the problem and where it is tracked', () => {
    expect(() => requireTestedVersion(JOB_CLAIMS, '3.91.0')).toThrow(UntestedUpstreamError)
    expect(() => requireTestedVersion(JOB_CLAIMS, '3.91.0')).toThrow(
      /@payloadcms\/drizzle \(two instances running the jobs queue at once run the same job twice; .*updateJobs.*\) and was tested with 3\.90\.x, not 3\.91\.0/,
    )
  })
})

describe('upstream problems on every database', () => {
  describe('a join field over GraphQL', () => {
    let thread: () => Promise<string[]>

    beforeAll(async () => {
      const author = await createClinician(app.payload)
      const article = await app.payload.create({
        collection: 'articles',
        data: { ...articleData('Joined over GraphQL', author.id), _status: 'published' },
      })
      // Created one after another: the thread reads them oldest first (its defaultSort).
      for (const [body, status] of [
        ['First', 'approved'],
        ['Waiting', 'pending'],
        ['Second', 'approved'],
      ] as const) {
        await createComment(app.payload, { articleId: article.id, body, status })
      }
      thread = async () => {
        const data = (await app.api.graphqlData(
          `{ Article(id: ${article.id}) { commentThread(limit: 1, page: 2) { docs { body } } } }`,
        )) as { Article: { commentThread: { docs: { body: string }[] } } }
        return data.Article.commentThread.docs.map((doc) => doc.body)
      }
    })

    it('still there: pages in steps of limit + 1 and without the field’s own sort', async () => {
      await thread() // builds the schema, replacing the resolver
      const field = replacedJoinFields().get('Article.commentThread')!
      const replaced = field.resolve
      field.resolve = unpatched(field, 'resolve')
      try {
        expect(await thread(), 'fixed upstream? remove upstream/graphqlJoins.ts').not.toEqual([
          'Second',
        ])
      } finally {
        field.resolve = replaced
      }
    })

    it('worked around: page 2 of one per page is the second approved comment', async () => {
      expect(await thread()).toEqual(['Second'])
    })
  })

  describe("GraphQL's select: true", () => {
    // A relationship asked for under an alias: Payload looks its select up by the alias.
    let aliasedAuthors: () => Promise<unknown>

    beforeAll(async () => {
      const author = await createClinician(app.payload, 'Aliased Author')
      const article = await app.payload.create({
        collection: 'articles',
        data: { ...articleData('Asked under an alias', author.id), _status: 'published' },
      })
      aliasedAuthors = async () => {
        const body = (await (
          await app.api
            .graphql(`{ Articles(where: { id: { equals: ${article.id} } }, select: true) {
            docs { people: authors { slug id } }
          } }`)
        ).json()) as { data: { Articles: { docs: { people: unknown }[] } } }
        return body.data.Articles.docs[0].people
      }
    })

    it('still there: a relationship under an alias comes back without its fields', async () => {
      await aliasedAuthors() // builds the schema, replacing the resolver
      // The schema's own field (a copy of the config's, made when Payload built the schema), from
      // the cache Payload's GraphQL route keeps it in.
      const schema = (globalThis as { _payload_graphql?: { graphql?: { schema: GraphQLSchema } } })
        ._payload_graphql?.graphql?.schema
      const live = schema?.getQueryType()?.getFields().Articles
      const config = selectByDefaultFields().get('Articles')
      expect(live?.resolve).toBeDefined()
      const replaced = live!.resolve
      live!.resolve = unpatched(config as { resolve: typeof replaced }, 'resolve')
      try {
        expect(
          await aliasedAuthors(),
          'fixed upstream? simplify upstream/graphqlSelect.ts',
        ).toEqual([{ slug: null, id: expect.any(Number) }])
      } finally {
        live!.resolve = replaced
      }
    })

    it('worked around: the aliased relationship answers its fields', async () => {
      expect(await aliasedAuthors()).toEqual([{ slug: 'aliased-author', id: expect.any(Number) }])
    })
  })

  describe('a relationship with many values over GraphQL', () => {
    // A clinical service provided by Avery, Blair and Casey (whose license has lapsed). Within one
    // request, each related document is loaded once: one already on its way for another part of the
    // query (here Avery, held back until the others are in) answers when that load finishes, and
    // Payload lists the documents in the order their loads finished.
    let ids: { avery: number; blair: number; casey: number }
    let providerLists: () => Promise<string[][]>

    beforeAll(async () => {
      const admin = await app.api.login(TEST_ADMIN.email, TEST_ADMIN.password)
      const [avery, blair, casey] = [
        await createClinician(app.payload, 'Avery Order'),
        await createClinician(app.payload, 'Blair Order'),
        await createClinician(app.payload, 'Casey Order'),
      ]
      ids = { avery: avery.id, blair: blair.id, casey: casey.id }
      await app.payload.create({
        collection: 'services',
        data: {
          title: 'Ordered care',
          kind: 'clinical',
          providers: [avery.id, blair.id, casey.id],
        },
      })
      const lapsing = await app.payload.findByID({ collection: 'authors', id: casey.id })
      await app.payload.update({
        collection: 'authors',
        id: casey.id,
        data: {
          credentials: (lapsing.credentials ?? []).map((entry) => ({ ...entry, verified: false })),
        },
      })
      providerLists = async () => {
        const data = (await app.api.graphqlData(
          `{ Authors(where: { name: { like: "Order" } }, sort: "id", select: false) { docs {
            servicesOffered { docs { lapsedProviders { slug } providers { slug } } }
          } } }`,
          { token: admin },
        )) as {
          Authors: { docs: { servicesOffered: { docs: { providers: { slug: string }[] }[] } }[] }
        }
        return data.Authors.docs.map((author) =>
          author.servicesOffered.docs[0].providers.map((provider) => provider.slug),
        )
      }
    })

    const SAVED = ['avery-order', 'blair-order', 'casey-order']

    type Resolve = (...args: unknown[]) => unknown
    type CacheKeyArgs = Parameters<typeof createDataloaderCacheKey>[0]
    /** Runs the `providers` resolver as GraphQL does, with Avery's load finishing last. */
    async function providersWithAveryLoadedLast(resolve: Resolve): Promise<string[]> {
      const req = await createLocalReq({}, app.payload)
      const loader = req.payloadDataLoader!
      // As the resolver passes them: unset on this request (the types say they are always set).
      const { fallbackLocale, locale, transactionID } = req as unknown as CacheKeyArgs
      const key = (docID: number) =>
        createDataloaderCacheKey({
          collectionSlug: 'authors',
          currentDepth: 0,
          depth: 0,
          docID,
          draft: false,
          overrideAccess: false,
          showHiddenFields: false,
          fallbackLocale,
          locale,
          transactionID,
        })
      let release!: () => void
      const released = new Promise<void>((resolved) => (release = resolved))
      const avery = app.payload.findByID({ collection: 'authors', id: ids.avery, depth: 0 })
      loader.prime(
        key(ids.avery),
        released.then(() => avery),
      )
      const answer = resolve(
        { providers: [ids.avery, ids.blair, ids.casey] },
        {},
        { req },
        {}, // info: read only when the query asks for a select
      ) as Promise<{ slug: string }[]>
      await loader.load(key(ids.casey)) // in the resolver's batch, with Blair: both are in now
      release()
      return (await answer).map((provider) => provider.slug)
    }

    it('still there: comes in the order its documents finished loading', async () => {
      await providerLists() // builds the schema, replacing the resolver
      const field = reorderedRelationshipFields().get('Service.providers')!
      expect(
        await providersWithAveryLoadedLast(unpatched(field as { resolve: Resolve }, 'resolve')!),
        'fixed upstream? remove upstream/graphqlRelationshipOrder.ts',
      ).toEqual(['blair-order', 'casey-order', 'avery-order'])
    })

    it('worked around: in the saved order however the loads finish', async () => {
      await providerLists()
      const field = reorderedRelationshipFields().get('Service.providers')!
      expect(await providersWithAveryLoadedLast(field.resolve as Resolve)).toEqual(SAVED)
    })

    it('worked around: every list of a query in its saved order', async () => {
      expect(await providerLists()).toEqual([SAVED, SAVED, SAVED])
    })
  })

  it('still there: the instance getPayload made is reachable only through its global cache', async () => {
    const payload = await import('payload')
    expect(
      Object.keys(payload).filter((name) => /instances|destroyAll/i.test(name)),
      'an export to reach or destroy instances? use it in upstream/payloadInstances.ts',
    ).toEqual([])
    expect(cachedPayloadInstances()).toContain(app.payload)
  })
})

describe.runIf(usingPostgresServer())('upstream problems on PostgreSQL', () => {
  it('still there: a commit whose connection was lost resolves as if it had committed', async () => {
    const req = await createLocalReq({}, app.payload)
    req.transactionID = (await app.payload.db.beginTransaction()) ?? undefined
    await app.payload.create({ collection: 'authors', data: { name: 'Lost, upstream' }, req })
    const admin = new pg.Client({ connectionString: app.app.database.url })
    await admin.connect()
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'`,
    )
    await admin.end()
    const upstreamCommit = unpatched(app.payload.db, 'commitTransaction')
    await expect(
      upstreamCommit(req.transactionID!),
      'fixed upstream? remove upstream/commitFailures.ts',
    ).resolves.toBeUndefined()
    const stored = await app.payload.count({
      collection: 'authors',
      where: { name: { equals: 'Lost, upstream' } },
    })
    expect(stored.totalDocs).toBe(0)
  })

  it('still there: the pool has no error listener of its own (a dropped idle connection would crash)', () => {
    const pool = (app.payload.db as unknown as { pool: NodeJS.EventEmitter }).pool
    const listeners = pool.listeners('error') as { [OUR_LISTENER]?: true }[]
    expect(listeners.filter((listener) => listener[OUR_LISTENER]).length).toBe(1)
    expect(
      listeners.filter((listener) => !listener[OUR_LISTENER]),
      'fixed upstream? remove logPoolErrorsInsteadOfCrashing from upstream/poolErrors.ts',
    ).toEqual([])
  })

  describe('reading a deep page of a collection with join fields', () => {
    const LIMIT = 10
    const PAGE = 7 // 60 rows skipped

    beforeAll(async () => {
      const author = await createClinician(app.payload, 'Dana Deeppage')
      for (let n = 1; n <= PAGE * LIMIT; n++) {
        await app.payload.create({
          collection: 'articles',
          data: { ...articleData(`Deep page probe ${n}`, author.id), _status: 'published' },
        })
      }
    }, 120_000)

    type Plan = { 'Actual Loops'?: number; 'Parent Relationship'?: string; Plans?: Plan[] }
    /** The most times any subquery of the statement ran, measured by EXPLAIN ANALYZE. */
    const mostSubqueryLoops = (plan: Plan): number =>
      Math.max(
        plan['Parent Relationship'] === 'SubPlan' ? (plan['Actual Loops'] ?? 0) : 0,
        ...(plan.Plans ?? []).map(mostSubqueryLoops),
      )

    /** Runs `find` and measures the statement with the OFFSET: how often its subqueries ran. */
    async function subqueryLoopsOfPageQuery(find: Payload['db']['find']) {
      const pool = (
        app.payload.db as unknown as { pool: { query: (...args: unknown[]) => unknown } }
      ).pool
      const statements: { text: string; values?: unknown[] }[] = []
      const query = pool.query
      pool.query = (...args: unknown[]) => {
        const [config, values] = args as [string | { text: string; values?: unknown[] }, unknown[]]
        statements.push(typeof config === 'string' ? { text: config, values } : config)
        return query.apply(pool, args)
      }
      try {
        await find({ collection: 'articles', limit: LIMIT, page: PAGE, sort: '-createdAt' })
      } finally {
        pool.query = query
      }
      const paged = statements.filter((statement) => /\boffset\b/i.test(statement.text))
      expect(paged.length).toBeGreaterThan(0)
      const client = new pg.Client({ connectionString: app.app.database.url })
      await client.connect()
      try {
        let most = 0
        for (const statement of paged) {
          const { rows } = await client.query(
            `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.text}`,
            statement.values,
          )
          most = Math.max(most, mostSubqueryLoops(rows[0]['QUERY PLAN'][0].Plan))
        }
        return most
      } finally {
        await client.end()
      }
    }

    it('still there: the join subqueries run for every skipped row', async () => {
      const loops = await subqueryLoopsOfPageQuery(unpatched(app.payload.db, 'find'))
      expect(loops, 'fixed upstream? remove upstream/deepListPages.ts').toBeGreaterThan(LIMIT)
    })

    it('worked around: the page is found without them, then only its rows are read', async () => {
      expect(await subqueryLoopsOfPageQuery(app.payload.db.find)).toBeLessThanOrEqual(LIMIT)
    })
  })

  describe('claiming due jobs', () => {
    const CLAIM = {
      data: { processing: true },
      where: { processing: { equals: false }, completedAt: { exists: false } },
      limit: 10,
      sort: 'createdAt',
    }

    async function queueJobs(count: number) {
      const ids: (number | string)[] = []
      for (let i = 0; i < count; i++) {
        ids.push((await app.payload.jobs.queue({ task: PRUNE_FINISHED_JOBS_TASK, input: {} })).id)
      }
      return ids
    }

    async function removeJobs() {
      await app.payload.db.deleteMany({
        collection: 'payload-jobs',
        where: { id: { exists: true } },
      })
    }

    const idsOf = (jobs: { id: number | string }[] | null) => (jobs ?? []).map((job) => job.id)

    /**
     * Two runners that have both read the free jobs before either marks them: a third connection
     * holds the jobs' rows locked until both runners wait on that lock, so the interleaving that
     * two instances hit by chance happens every time here.
     */
    async function claimTogether<T>(
      ids: (number | string)[],
      claims: () => Promise<T>,
    ): Promise<T> {
      const locker = new pg.Client({ connectionString: app.app.database.url })
      await locker.connect()
      try {
        await locker.query('BEGIN')
        await locker.query('SELECT id FROM payload_jobs WHERE id = ANY($1) FOR UPDATE', [ids])
        const claiming = claims()
        for (let waited = 0; waited < 5_000; waited += 20) {
          // Inside a transaction pg_stat_activity is read once unless its snapshot is cleared.
          await locker.query('SELECT pg_stat_clear_snapshot()')
          const { rows } = await locker.query(
            `SELECT count(*)::int AS waiting FROM pg_stat_activity
             WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          )
          if (rows[0].waiting >= 2) break
          await new Promise((resolve) => setTimeout(resolve, 20))
        }
        await locker.query('COMMIT')
        return await claiming
      } finally {
        await locker.end()
      }
    }

    it('still there: two runners claiming at once are both handed the same jobs', async () => {
      const queued = await queueJobs(4)
      const claim = unpatched(app.payload.db, 'updateJobs')
      const [first, second] = await claimTogether(queued, () =>
        Promise.all([claim({ ...CLAIM }), claim({ ...CLAIM })]),
      )
      const both = idsOf(first).filter((id) => idsOf(second).includes(id))
      expect(both.length, 'fixed upstream? remove upstream/jobClaims.ts').toBeGreaterThan(0)
      await removeJobs()
    })

    it('worked around: each job is handed to one runner only', async () => {
      const queued = await queueJobs(4)
      const [first, second] = await claimTogether(queued, () =>
        Promise.all([
          app.payload.db.updateJobs({ ...CLAIM }),
          app.payload.db.updateJobs({ ...CLAIM }),
        ]),
      )
      const handed = [...idsOf(first), ...idsOf(second)]
      expect(handed.sort()).toEqual([...queued].sort())
      await removeJobs()
    })
  })

  describe('applying migrations as instances start together', () => {
    // The adapter ends the process when a migration fails; here that is recorded instead.
    const exits: unknown[] = []
    beforeAll(async () => {
      vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
        exits.push(code)
      }) as typeof process.exit)
      // The test app pushed its schema (a "dev" batch, -1), which makes `migrate` ask at a prompt.
      await app.payload.db.deleteMany({
        collection: 'payload-migrations',
        where: { batch: { equals: -1 } },
      })
    })
    afterEach(() => {
      exits.length = 0
    })
    afterAll(() => {
      vi.restoreAllMocks()
    })

    /** A migration that creates a table and takes a moment, as a real one on a large table does. */
    const creatingTable = (table: string) => [
      {
        name: `20991231_000000_${table}`,
        up: async (args: unknown) => {
          const { db } = args as MigrateUpArgs
          await db.execute(sql.raw(`CREATE TABLE "${table}" (id integer)`))
          await db.execute(sql`SELECT pg_sleep(0.3)`)
        },
        down: async () => {},
      },
    ]

    const timesApplied = async (name: string) =>
      (
        await app.payload.find({
          collection: 'payload-migrations',
          where: { name: { equals: name } },
        })
      ).totalDocs

    it('still there: the second instance fails the migration the first applied, and exits', async () => {
      const migrations = creatingTable('lock_probe_upstream')
      const migrate = unpatched(app.payload.db, 'migrate')
      await Promise.all([migrate({ migrations }), migrate({ migrations })])
      expect(exits, 'fixed upstream? remove upstream/migrationLock.ts').toEqual([1])
      expect(await timesApplied(migrations[0].name)).toBe(1)
    })

    it('worked around: the second waits, finds it applied, and goes on', async () => {
      const migrations = creatingTable('lock_probe_locked')
      await Promise.all([
        app.payload.db.migrate({ migrations }),
        app.payload.db.migrate({ migrations }),
      ])
      expect(exits).toEqual([])
      expect(await timesApplied(migrations[0].name)).toBe(1)
    })
  })
})
