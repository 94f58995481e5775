/**
 * The CDN purge (src/changeFeed/cdnPurge.ts) against a local stand-in that records calls: what the
 * generic HTTP purge and Cloudflare's API receive for changes on the feed, batching, retries, and
 * that another instance's changes are left to that instance.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { ContentChange } from '../../src/changeFeed/change'
import { purgeRequests, startCdnPurge, type CdnPurger } from '../../src/changeFeed/cdnPurge'
import { contentChanges } from '../../src/changeFeed/localFeed'
import { startPurgeRecorder, type PurgeRecorder } from '../helpers/purgeRecorder'

const change = (tags: string[], paths: string[] = [], origin?: string): ContentChange => ({
  collection: 'articles',
  id: 12,
  operation: 'update',
  visibility: 'changed',
  tags,
  paths,
  committedAt: Date.now(),
  origin,
})

let cdn: PurgeRecorder
let purger: CdnPurger | undefined
const logged: Record<string, unknown>[] = []

beforeEach(async () => {
  cdn = await startPurgeRecorder()
  logged.length = 0
})

afterEach(async () => {
  await purger?.close()
  await cdn.close()
})

describe('a generic HTTP purge endpoint', () => {
  it('receives the tags and paths of changes made close together in one request, with the token', async () => {
    purger = startCdnPurge({ kind: 'http', url: `${cdn.url}/purge`, token: 's3cret' }, (line) =>
      logged.push(line),
    )
    contentChanges().publish(change(['articles:12', 'articles:list'], ['/articles/a', '/']))
    contentChanges().publish(change(['authors:3', 'authors:list'], ['/authors/lauren']))
    await expect.poll(() => cdn.calls.length).toBe(1)
    expect(cdn.calls[0]).toMatchObject({
      method: 'POST',
      path: '/purge',
      headers: { authorization: 'Bearer s3cret', 'content-type': 'application/json' },
    })
    expect(new Set(cdn.calls[0].body.tags)).toEqual(
      new Set(['articles:12', 'articles:list', 'authors:3', 'authors:list']),
    )
    expect(new Set(cdn.calls[0].body.paths)).toEqual(
      new Set(['/articles/a', '/', '/authors/lauren']),
    )
  })

  it('leaves changes another instance made to that instance', async () => {
    purger = startCdnPurge({ kind: 'http', url: `${cdn.url}/purge` }, (line) => logged.push(line))
    contentChanges().publish(change(['articles:12'], [], 'other-instance'))
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(cdn.calls).toHaveLength(0)
  })

  it('retries a failed purge, and logs one that keeps failing', async () => {
    purger = startCdnPurge({ kind: 'http', url: `${cdn.url}/purge` }, (line) => logged.push(line))
    cdn.failNext(1, 503)
    contentChanges().publish(change(['articles:12']))
    await expect.poll(() => cdn.calls.length, { timeout: 3000 }).toBe(2)
    expect(logged).toEqual([])

    cdn.failNext(10, 500)
    contentChanges().publish(change(['articles:13']))
    await expect
      .poll(() => logged.some((line) => String(line.msg).startsWith('CDN purge failed')), {
        timeout: 15_000,
      })
      .toBe(true)
    expect(cdn.calls.length).toBe(2 + 4) // the first try and three retries
  }, 20_000)
})

describe("Cloudflare's purge API", () => {
  it('is called per zone with the API token, at most 30 tags a request', async () => {
    const settings = {
      kind: 'cloudflare',
      apiUrl: cdn.url,
      zoneId: 'zone-1',
      apiToken: 'cf-token',
    } as const
    purger = startCdnPurge(settings, (line) => logged.push(line))
    const tags = Array.from({ length: 45 }, (_, i) => `articles:${i + 1}`)
    contentChanges().publish(change(tags, ['/ignored-by-cloudflare']))
    await expect.poll(() => cdn.calls.length).toBe(2)
    for (const call of cdn.calls) {
      expect(call).toMatchObject({
        method: 'POST',
        path: '/zones/zone-1/purge_cache',
        headers: { authorization: 'Bearer cf-token' },
      })
      expect(Object.keys(call.body)).toEqual(['tags'])
    }
    expect(cdn.calls.flatMap((call) => call.body.tags).sort()).toEqual([...tags].sort())
    expect(purgeRequests(settings, ['a'], []).map((request) => request.url)).toEqual([
      `${cdn.url}/zones/zone-1/purge_cache`,
    ])
  })
})
