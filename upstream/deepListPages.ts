/**
 * Deep list pages at the cost of shallow ones. @payloadcms/drizzle 3.90 reads a page of documents in
 * one query whose select list holds each join field (an article's `commentThread`) as a correlated
 * subquery, with LIMIT/OFFSET on the outside: PostgreSQL evaluates those subqueries for every row the
 * OFFSET skips, so page 500 of 10,000 articles took ~4 s against ~0.3 s for page 1
 * (bench/RESULTS.md, `EXPLAIN ANALYZE`: `SubPlan … loops=5000`).
 *
 * Past the first few pages, this reads the page's ids first (no joins: cheap at any offset) and then
 * the full documents of just those ids — the same two steps the adapter itself takes when a query
 * filters on a relationship — keeping the first query's order and pagination.
 */
import type { Payload, PaginatedDocs, TypeWithID } from 'payload'

import { keepUnpatched, requireTestedVersion, type Workaround } from './versionGuard.ts'

export const DEEP_LIST_PAGES: Workaround = {
  problem:
    'a deep list page evaluates every join field for each row its OFFSET skips (page 500 of 10,000 articles: ~4 s)',
  upstream:
    '@payloadcms/drizzle src/find/findMany.ts: join subqueries in the select list of the LIMIT/OFFSET query',
  package: '@payloadcms/drizzle',
  tested: ['3.90.'],
}

const PATCHED = Symbol.for('invited-cms.deepListPages')

/** Below this many skipped rows the join subqueries cost less than a second query. */
const MIN_OFFSET = 50

type FindArgs = Parameters<Payload['db']['find']>[0]
/** The adapter takes `joins: false` (every join off); the generated join types do not say so. */
type AnyJoinsFindArgs = Omit<FindArgs, 'joins'> & { joins?: FindArgs['joins'] | false }

export function loadDeepPagesByIdFirst(payload: Payload): void {
  const db = payload.db as Payload['db'] & { [PATCHED]?: true }
  if (db[PATCHED]) return
  requireTestedVersion(DEEP_LIST_PAGES)
  db[PATCHED] = true
  const withJoins = new Set(
    Object.values(payload.collections)
      .filter(({ config }) => config.flattenedFields.some((field) => field.type === 'join'))
      .map(({ config }) => config.slug),
  )
  const find = keepUnpatched(db, 'find') as unknown as (
    args: AnyJoinsFindArgs,
  ) => Promise<PaginatedDocs<TypeWithID>>

  db.find = (async (args: AnyJoinsFindArgs) => {
    const limit = args.limit ?? 10
    const offset = ((args.page ?? 1) - 1) * limit
    if (
      args.joins === false ||
      args.pagination === false ||
      limit <= 0 ||
      offset < MIN_OFFSET ||
      !withJoins.has(args.collection)
    ) {
      return find(args)
    }
    const page = await find({ ...args, joins: false, select: { id: true } })
    if (page.docs.length === 0) return page
    const ids = page.docs.map((doc) => doc.id)
    const { docs } = await find({
      ...args,
      where: { id: { in: ids } },
      page: 1,
      limit: ids.length,
      pagination: false,
    })
    const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
    return {
      ...page,
      docs: ids.flatMap((id) => byId.get(String(id)) ?? []),
    }
  }) as Payload['db']['find']
}
