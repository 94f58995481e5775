/**
 * The origin the current user reached the CMS at: the configured serverURL, else the request's own
 * host (its Host header, else its URL). For links a signed-in editor's browser follows (live preview,
 * preview, links in moderators' mail), which must point back at the server they are using.
 */
import type { PayloadRequest } from 'payload'

export function requestOrigin(req: PayloadRequest): string {
  const configured = req.payload.config.serverURL
  if (configured) return configured.replace(/\/$/, '')
  const host = req.headers.get('host')
  const protocol = req.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || 'http'
  if (host) return `${protocol}://${host}`
  return req.url ? new URL(req.url).origin : ''
}
