/**
 * The short soak: 20 seconds of mixed load (anonymous reads, comment submissions, editors saving and
 * publishing) against the production server — zero 5xx, zero requests without an answer, every
 * accepted comment stored. The 5-minute soak with the memory bound is `npm run soak` (bench/soak.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runSoakLoad } from '../../bench/soakLoad'
import { lexicalFromParagraphs } from '../../src/seed/lexical'
import { startServerWithAdmin, type ServerWithAdmin } from '../helpers/serverWithAdmin'

const ADMIN = { email: 'admin@example.com', password: 'soak-admin-password' }
let server: ServerWithAdmin
const articleIds: number[] = []

beforeAll(async () => {
  server = await startServerWithAdmin(ADMIN, {
    COMMENTS_FLOOD_SECONDS: '0',
    COMMENTS_MAX_PER_HOUR: '1000000',
  })
  const { http, token } = server
  const author = await (
    await http.request('POST', '/api/authors', { token, body: { name: 'Soak Author' } })
  ).json()
  for (const title of ['Soak one', 'Soak two', 'Soak three']) {
    const response = await http.request('POST', '/api/articles', {
      token,
      body: {
        title,
        body: lexicalFromParagraphs(['Under load.']),
        authors: [author.doc.id],
        _status: 'published',
      },
    })
    articleIds.push((await response.json()).doc.id)
  }
})

afterAll(async () => {
  await server?.stop()
})

describe('a short soak', () => {
  it('serves mixed load without a 5xx and loses no accepted comment', async () => {
    const report = await runSoakLoad({
      url: server.cms.url,
      pid: server.cms.child.pid,
      token: server.token,
      articleIds,
      seconds: 20,
      warmupSeconds: 5,
      workers: 6,
    })
    expect(report.serverErrors).toEqual([])
    expect(report.requests).toBeGreaterThan(200)
    expect(report.commentsAccepted).toBeGreaterThan(10)
    expect(report.commentsMissing).toEqual([])
    expect(report.byKind.publish).toBeGreaterThan(0)
  }, 90_000)
})
