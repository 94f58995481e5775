/**
 * The raw-SQL bound: plain node:http and pg, answering the benchmark's read scenarios with the same
 * bytes the CMS sends, read from `bench_rendered` (the CMS's own answers for every article, stored
 * once by bench/rendered.ts) with the query such a page needs: LIMIT/OFFSET and a count, or one row by
 * slug. No framework, no access control, no hooks: what PostgreSQL and Node allow at best, the
 * ceiling the CMS is measured against.
 *
 *   DATABASE_URL=postgres://… PORT=0 tsx bench/rawServer.ts   (prints {"port": …} when listening)
 */
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import pg from 'pg'

import { graphqlListPage, restListEnvelope, S3_QUERY } from './scenarios'

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 })

function send(res: ServerResponse, body: string) {
  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
  })
  res.end(body)
}

async function listPage(column: 'rest_doc' | 'card_doc', limit: number, page: number) {
  const [rows, count] = await Promise.all([
    pool.query<{ doc: string }>(
      `SELECT ${column} AS doc FROM bench_rendered ORDER BY position LIMIT $1 OFFSET $2`,
      [limit, (page - 1) * limit],
    ),
    pool.query<{ total: number }>('SELECT count(*)::int AS total FROM bench_rendered'),
  ])
  return { docs: rows.rows.map((row) => row.doc), total: count.rows[0].total }
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://raw')
  const answer = async (): Promise<string | undefined> => {
    if (url.pathname === '/api/articles') {
      const slug = url.searchParams.get('where[slug][equals]')
      const limit = Number(url.searchParams.get('limit') ?? 10)
      const page = Number(url.searchParams.get('page') ?? 1)
      if (slug) {
        const { rows } = await pool.query<{ doc: string }>(
          'SELECT rest_doc AS doc FROM bench_rendered WHERE slug = $1',
          [slug],
        )
        return restListEnvelope(
          rows.map((row) => row.doc),
          rows.length,
          limit,
          1,
        )
      }
      const { docs, total } = await listPage('rest_doc', limit, page)
      return restListEnvelope(docs, total, limit, page)
    }
    if (url.pathname === '/api/graphql' && req.method === 'POST') {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const { variables } = JSON.parse(Buffer.concat(chunks).toString()) as {
        query: string
        variables: { limit: number; page: number }
      }
      const { docs, total } = await listPage('card_doc', variables.limit, variables.page)
      return graphqlListPage(docs, total)
    }
    return undefined
  }
  answer().then(
    (body) => {
      if (body === undefined) {
        res.writeHead(404).end()
        return
      }
      send(res, body)
    },
    (error: Error) => {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(error.message)
    },
  )
})

void S3_QUERY // the only GraphQL operation this server answers
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }))
})
process.on('SIGTERM', () => {
  server.close()
  void pool.end().then(() => process.exit(0))
})
