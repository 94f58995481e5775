/**
 * Stores the CMS's own answers for every article in `bench_rendered` (position in the newest-first
 * order, slug, the REST document at depth 1, the GraphQL card), read page by page from a server with
 * its cache off: the raw-SQL bound (rawServer.ts) serves them back, byte for byte.
 */
import pg from 'pg'

import { cardsBody, listPath } from './scenarios'

const PAGE = 100 // the largest page an anonymous reader may ask for

async function pages<T>(read: (page: number) => Promise<{ docs: T[]; more: boolean }>) {
  const all: T[] = []
  for (let page = 1; ; page++) {
    const { docs, more } = await read(page)
    all.push(...docs)
    if (!more) return all
  }
}

export async function renderForRawBound(cmsUrl: string, databaseUrl: string): Promise<string[]> {
  const rest = await pages(async (page) => {
    const answer = (await (await fetch(`${cmsUrl}${listPath(page, PAGE)}`)).json()) as {
      docs: { slug: string }[]
      hasNextPage: boolean
    }
    return { docs: answer.docs, more: answer.hasNextPage }
  })
  const cards = await pages(async (page) => {
    const response = await fetch(`${cmsUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: cardsBody(page, PAGE),
    })
    const answer = (await response.json()) as {
      data: { Articles: { docs: unknown[]; totalDocs: number } }
    }
    const { docs, totalDocs } = answer.data.Articles
    return { docs, more: page * PAGE < totalDocs }
  })
  if (cards.length !== rest.length) {
    throw new Error(`REST listed ${rest.length} articles, GraphQL ${cards.length}.`)
  }

  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('DROP TABLE IF EXISTS bench_rendered')
    await client.query(`CREATE TABLE bench_rendered (
      position integer PRIMARY KEY,
      slug text NOT NULL UNIQUE,
      rest_doc text NOT NULL,
      card_doc text NOT NULL)`)
    for (let start = 0; start < rest.length; start += 500) {
      const batch = rest.slice(start, start + 500)
      await client.query(
        `INSERT INTO bench_rendered (position, slug, rest_doc, card_doc)
         SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[])`,
        [
          batch.map((_, index) => start + index + 1),
          batch.map((doc) => doc.slug),
          batch.map((doc) => JSON.stringify(doc)),
          batch.map((_, index) => JSON.stringify(cards[start + index])),
        ],
      )
    }
    await client.query('ANALYZE bench_rendered')
  } finally {
    await client.end()
  }
  return rest.map((doc) => doc.slug)
}
