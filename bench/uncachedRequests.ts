/**
 * The uncached read scenarios (S1 list, S2 by slug, S3 GraphQL cards) as load requests against an
 * already seeded bench database — what bench:profile and bench:layers put on one CMS process.
 */
import pg from 'pg'

import type { Request } from './load'
import { bySlugPath, cardsBody, listPath } from './scenarios'

export const UNCACHED_SCENARIOS = ['S1', 'S2', 'S3'] as const
export type UncachedScenario = (typeof UNCACHED_SCENARIOS)[number]

/**
 * The 200 newest published slugs, as S2 rotates through in the main run (bench/run.ts readContext):
 * the articles the seeded comments are on, so their answers carry comment threads.
 */
export async function someSlugs(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ slug: string }>(
      `SELECT slug FROM articles WHERE _status = 'published' ORDER BY published_at DESC LIMIT 200`,
    )
    return rows.map((row) => row.slug)
  } finally {
    await client.end()
  }
}

export function scenarioRequest(scenario: string, slugs: string[]): Request | (() => Request) {
  if (scenario === 'S2') {
    let n = 0
    return () => ({ path: bySlugPath(slugs[n++ % slugs.length]!) })
  }
  if (scenario === 'S3') {
    return {
      method: 'POST',
      path: '/api/graphql',
      headers: { 'content-type': 'application/json' },
      body: cardsBody(37),
    }
  }
  if (scenario === 'S1') return { path: listPath(37) }
  throw new Error(`unknown scenario "${scenario}": one of ${UNCACHED_SCENARIOS.join(', ')}`)
}
