/**
 * Which other origins may use this CMS from a browser: CORS_ORIGINS lets their scripts read the API
 * (cross-origin front ends), CSRF_ORIGINS lets their requests carry an editor's session cookie.
 * Origins trusted for CORS are trusted for cookies too, since a CORS answer to them includes
 * credentials; `*` (any origin) is for reading public content only and never carries cookies.
 *
 * Read from the environment here, with the other settings (cms.ts); used by the server
 * (src/http/cors.ts, csrf.ts) and the Payload config (`csrf`).
 */
import type { Environment } from './problems'

export type AllowedOrigins = {
  /** Origins whose scripts may call the API, or '*' for any (without credentials). */
  cors: string[] | '*'
  /** Origins whose requests may use the session cookie (Payload's `csrf`); empty: no check. */
  csrf: string[]
}

export class OriginsError extends Error {}

const list = (raw: string | undefined) =>
  (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)

function checkOrigin(name: string, entry: string): string {
  let url: URL
  try {
    url = new URL(entry)
  } catch {
    throw new OriginsError(`${name}: "${entry}" is not an origin such as https://www.example.com.`)
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.origin !== entry.replace(/\/$/, '')) {
    throw new OriginsError(
      `${name}: "${entry}" must be an origin only — scheme, host and port, no path (e.g. https://www.example.com).`,
    )
  }
  return url.origin
}

export function readAllowedOrigins(env: Environment): AllowedOrigins {
  const corsEntries = list(env.CORS_ORIGINS)
  const csrfEntries = list(env.CSRF_ORIGINS).map((entry) => checkOrigin('CSRF_ORIGINS', entry))
  const anyOrigin = corsEntries.includes('*')
  if (anyOrigin && corsEntries.length > 1)
    throw new OriginsError('CORS_ORIGINS: "*" allows every origin; list no others beside it.')
  const cors = anyOrigin ? '*' : corsEntries.map((entry) => checkOrigin('CORS_ORIGINS', entry))

  const trusted = [...(cors === '*' ? [] : cors), ...csrfEntries]
  if (trusted.length === 0) return { cors, csrf: [] }
  // Once a list exists, Payload accepts the cookie only from origins on it: the admin's own origin
  // must be there, or signed-in editors would be locked out of their own admin.
  if (!env.SERVER_URL) {
    throw new OriginsError(
      'CORS_ORIGINS and CSRF_ORIGINS need SERVER_URL: the address editors open the admin at, which must stay trusted.',
    )
  }
  const own = checkOrigin('SERVER_URL', new URL(env.SERVER_URL).origin)
  return { cors, csrf: [...new Set([own, ...trusted])] }
}
