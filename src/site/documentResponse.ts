/**
 * Answers of the reader site's route handlers that are documents rather than pages: feeds, the
 * sitemap, robots.txt. Each carries an ETag, so a feed reader polling every few minutes gets a
 * `304 Not Modified` while nothing changed, and must revalidate (`no-cache`): a publish shows at once.
 */
import { createHash } from 'node:crypto'

const CACHE_CONTROL = 'public, no-cache'

const etagOf = (body: string) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`

/** `If-None-Match` lists ETags (weak or strong) or `*`. */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag)
}

export function documentResponse(request: Request, body: string, contentType: string): Response {
  const etag = etagOf(body)
  if (matches(request.headers.get('if-none-match'), etag)) {
    return new Response(null, {
      status: 304,
      headers: { ETag: etag, 'Cache-Control': CACHE_CONTROL },
    })
  }
  return new Response(body, {
    headers: { 'Content-Type': contentType, ETag: etag, 'Cache-Control': CACHE_CONTROL },
  })
}

/** What the site answers for a category or author it does not have, and everything with READER_SITE=false. */
export const notFoundResponse = (): Response =>
  new Response('Not found.\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
