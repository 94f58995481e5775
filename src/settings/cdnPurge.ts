/** CDN_PURGE_*: telling a CDN in front of the CMS what to forget when content changes (src/changeFeed/cdnPurge.ts). */
import { httpAddress, oneOf, type Environment } from './problems'

export type CdnPurgeSettings =
  | { kind: 'off' }
  /** CDN_PURGE=http: POST `{ tags, paths }` to CDN_PURGE_URL (with CDN_PURGE_TOKEN as a bearer token). */
  | { kind: 'http'; url: string; token?: string }
  /** CDN_PURGE=cloudflare: Cloudflare's purge-by-tag API for CLOUDFLARE_ZONE_ID with CLOUDFLARE_API_TOKEN. */
  | { kind: 'cloudflare'; apiUrl: string; zoneId: string; apiToken: string }

export const CLOUDFLARE_API_URL = 'https://api.cloudflare.com/client/v4'

export function collectCdnPurgeSettings(env: Environment, problems: string[]): CdnPurgeSettings {
  const kind = oneOf('CDN_PURGE', env.CDN_PURGE, ['off', 'http', 'cloudflare'], 'off', problems)
  const required = (name: string) => {
    const value = env[name]
    if (!value) problems.push(`CDN_PURGE=${kind} needs ${name}.`)
    return value ?? ''
  }
  if (kind === 'http') {
    const url = httpAddress('CDN_PURGE_URL', env.CDN_PURGE_URL, problems)
    if (!url) problems.push('CDN_PURGE=http needs CDN_PURGE_URL, the address purges are POSTed to.')
    return { kind, url: url ?? '', token: env.CDN_PURGE_TOKEN || undefined }
  }
  if (kind === 'cloudflare') {
    return {
      kind,
      apiUrl:
        httpAddress('CLOUDFLARE_API_URL', env.CLOUDFLARE_API_URL, problems) ?? CLOUDFLARE_API_URL,
      zoneId: required('CLOUDFLARE_ZONE_ID'),
      apiToken: required('CLOUDFLARE_API_TOKEN'),
    }
  }
  return { kind: 'off' }
}
