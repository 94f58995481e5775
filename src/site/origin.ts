/**
 * The origin absolute links in feeds and the sitemap start with: the configured public address
 * (SITE_URL, else SERVER_URL), or — when neither is set — the one the request came in at, as Payload
 * builds its own links without SERVER_URL: the `Host` header and `X-Forwarded-Proto`.
 */
import { readSiteSettings } from '../settings/site'

/** A host name (or IPv4, or bracketed IPv6) with an optional port: nothing a link could be bent with. */
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i

export function originOfRequest(request: Pick<Request, 'url' | 'headers'>): string {
  const host = request.headers.get('host')
  const forwardedProto = request.headers.get('x-forwarded-proto')?.split(',')[0].trim()
  const protocol = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : ''
  if (host && HOST.test(host)) {
    return `${protocol || new URL(request.url).protocol.replace(/:$/, '')}://${host.toLowerCase()}`
  }
  return new URL(request.url).origin
}

/** SITE_URL or SERVER_URL when set (without a trailing slash), else the request's origin. */
export function siteOrigin(
  request: Pick<Request, 'url' | 'headers'>,
  publicOrigin = readSiteSettings().publicOrigin,
): string {
  return publicOrigin ?? originOfRequest(request)
}
