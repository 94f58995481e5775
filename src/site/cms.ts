/**
 * How the reader site reads the CMS: over HTTP, through the public GraphQL API, exactly as any other
 * front end would — never through Payload's Local API — so that the site proves what the documented
 * API can do. Operations are typed by codegen (graphql/generated.ts) from the committed schema.
 *
 * SITE_CMS_URL points the site at another CMS; by default it reads the server it runs in, over
 * loopback (src/server.ts publishes that address once it listens).
 *
 * With SITE_WEBHOOK_SECRET set, anonymous reads are cached (Next's data cache) until the CMS's signed
 * webhook says what changed (src/site/revalidation.ts): the site then behaves as a statically
 * regenerated front end does, and proves that the webhooks are enough to keep one fresh.
 */
import { createHash, randomUUID } from 'node:crypto'
import { unstable_cache } from 'next/cache'

import { readSiteSettings } from '../settings/site'
import type { TypedDocumentString } from './graphql/generated'
import { cacheTags } from './revalidation'

/** The CMS as the site's server reaches it. */
export const cmsUrl = (): string => readSiteSettings().cmsUrl

/** The GraphQL endpoint as readers' browsers reach it. */
export const browserGraphqlUrl = (): string => readSiteSettings().browserGraphqlUrl

export const siteEnabled = (): boolean => readSiteSettings().enabled

export class CmsError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message)
    this.name = 'CmsError'
  }
}

type GraphQLAnswer<T> = {
  data?: T
  errors?: { message: string; extensions?: { name?: string; statusCode?: number } }[]
}

/**
 * Next keeps its data cache on disk, across restarts — and across databases, backups restored and
 * changes made while the site was not listening. Each process starts its own: a restart reads afresh.
 */
const GENERATION = Symbol.for('invited-cms.siteCacheGeneration')
const cacheGeneration = (): string => {
  const global = globalThis as { [GENERATION]?: string }
  global[GENERATION] ??= randomUUID()
  return global[GENERATION]
}

type QueryOptions = {
  /** A signed-in request (draft previews): never cached. */
  token?: string
  /**
   * What the answer shows, for the cache (revalidation.ts): the pages it renders (`path`), whether it
   * lists articles (`lists`), whether it is the frame of every page (`frame`).
   */
  shows?: { paths?: string[]; lists?: boolean; frame?: boolean }
}

/**
 * Runs one typed operation. `token` makes it a signed-in request (draft previews): it is sent as
 * `Authorization: JWT …`, the API's own scheme, so no cookie ever crosses from the site to the CMS.
 */
export async function cmsQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  { token, shows = {} }: QueryOptions = {},
): Promise<TResult> {
  const query = document.toString()
  if (token || !readSiteSettings().webhookSecret) return runQuery(query, variables, token)
  const key = createHash('sha256').update(query).digest('base64url')
  const cached = unstable_cache(
    () => runQuery<TResult>(query, variables),
    ['cms-query', cacheGeneration(), key, JSON.stringify(variables)],
    { tags: cacheTags(shows) },
  )
  return cached()
}

async function runQuery<TResult>(
  query: string,
  variables: unknown,
  token?: string,
): Promise<TResult> {
  const response = await fetch(`${cmsUrl()}/api/graphql`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    cache: 'no-store',
  })
  const answer = (await response.json().catch(() => ({}))) as GraphQLAnswer<TResult>
  if (answer.errors?.length || !answer.data) {
    const first = answer.errors?.[0]
    throw new CmsError(
      `The CMS refused a query: ${first?.message ?? `HTTP ${response.status}`}`,
      first?.extensions?.statusCode ?? response.status,
    )
  }
  return answer.data
}
