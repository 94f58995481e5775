/**
 * Turns the change feed into CDN purges by cache tag: answers go out labelled with `Cache-Tag` and
 * `Surrogate-Key` (src/responseCache/middleware.ts), and each change names the tags to forget.
 *
 * Only changes committed by this instance are purged here (each instance purges its own), so N
 * instances make one purge per change, not N. Changes arriving within a short window go out in one
 * request; a failed purge is retried with back-off, then logged — `s-maxage` bounds what is left.
 */
import type { WriteLog } from '../http/requestLog'
import type { CdnPurgeSettings } from '../settings/cdnPurge'
import type { ContentChange } from './change'
import { contentChanges } from './localFeed'

/** Changes this close together share one purge request. */
const GATHER_MS = 50
const RETRY_AFTER_MS = [500, 2000, 8000]
/** Cloudflare takes at most 30 tags per purge request (its plans differ; 30 fits all). */
const CLOUDFLARE_TAGS_PER_REQUEST = 30

export type PurgeRequest = { url: string; headers: Record<string, string>; body: unknown }

/** The requests that purge `tags` (and `paths`, for a generic endpoint that wants them). */
export function purgeRequests(
  settings: Exclude<CdnPurgeSettings, { kind: 'off' }>,
  tags: string[],
  paths: string[],
): PurgeRequest[] {
  if (settings.kind === 'http') {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (settings.token) headers.authorization = `Bearer ${settings.token}`
    return [{ url: settings.url, headers, body: { tags, paths } }]
  }
  const requests: PurgeRequest[] = []
  for (let start = 0; start < tags.length; start += CLOUDFLARE_TAGS_PER_REQUEST) {
    requests.push({
      url: `${settings.apiUrl.replace(/\/$/, '')}/zones/${encodeURIComponent(settings.zoneId)}/purge_cache`,
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${settings.apiToken}`,
      },
      body: { tags: tags.slice(start, start + CLOUDFLARE_TAGS_PER_REQUEST) },
    })
  }
  return requests
}

async function send(request: PurgeRequest): Promise<void> {
  const response = await fetch(request.url, {
    method: 'POST',
    headers: request.headers,
    body: JSON.stringify(request.body),
    signal: AbortSignal.timeout(10_000),
  })
  await response.body?.cancel()
  if (!response.ok) throw new Error(`the CDN answered ${response.status}`)
}

export type CdnPurger = { close: () => Promise<void> }

export function startCdnPurge(settings: CdnPurgeSettings, log: WriteLog): CdnPurger | undefined {
  if (settings.kind === 'off') return undefined
  let tags = new Set<string>()
  let paths = new Set<string>()
  let timer: NodeJS.Timeout | undefined
  const inFlight = new Set<Promise<void>>()
  let closed = false

  async function purge(request: PurgeRequest) {
    for (let attempt = 0; ; attempt++) {
      try {
        await send(request)
        return
      } catch (error) {
        if (closed || attempt >= RETRY_AFTER_MS.length) {
          log({
            level: 'error',
            msg: 'CDN purge failed: the CDN may serve these until s-maxage runs out',
            tags: (request.body as { tags: string[] }).tags,
            error: (error as Error).message,
          })
          return
        }
        await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS[attempt]))
      }
    }
  }

  function flush() {
    timer = undefined
    const batch = purgeRequests(
      settings as Exclude<CdnPurgeSettings, { kind: 'off' }>,
      [...tags],
      [...paths],
    )
    tags = new Set()
    paths = new Set()
    for (const request of batch) {
      const sent = purge(request).finally(() => inFlight.delete(sent))
      inFlight.add(sent)
    }
  }

  const unsubscribe = contentChanges().subscribe((change: ContentChange) => {
    if (change.origin !== undefined) return // another instance purges its own changes
    for (const tag of change.tags) tags.add(tag)
    for (const path of change.paths) paths.add(path)
    timer ??= setTimeout(flush, GATHER_MS)
  })

  return {
    close: async () => {
      unsubscribe()
      if (timer) {
        clearTimeout(timer)
        flush()
      }
      closed = true
      await Promise.allSettled([...inFlight])
    },
  }
}
