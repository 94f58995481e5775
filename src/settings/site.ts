/**
 * What the reader site's pages take from the environment (read on the server, when a page renders):
 * READER_SITE, SITE_CMS_URL, SITE_URL, SERVER_URL, and the loopback address src/server.ts publishes.
 */
import { httpAddress, oneOf, type Environment } from './problems'

/** Set by src/server.ts after it starts listening: http://127.0.0.1:<port>. */
export const LOCAL_URL_VARIABLE = 'INVITED_LOCAL_URL'

export type SiteSettings = {
  /** READER_SITE=false turns the pages off (a practice with its own front end). */
  enabled: boolean
  /** The CMS as the site's server reaches it: SITE_CMS_URL, else this server over loopback. */
  cmsUrl: string
  /** The GraphQL endpoint as readers' browsers reach it: this site's origin unless SITE_CMS_URL says otherwise. */
  browserGraphqlUrl: string
  /**
   * Where readers reach the site — SITE_URL, else SERVER_URL (the same origin the CMS's structured
   * data links to): the base of absolute links in page metadata, feeds and the sitemap. Unset, those
   * take the origin of the request they answer (src/site/origin.ts).
   */
  publicOrigin: string | undefined
  /**
   * SITE_WEBHOOK_SECRET: the signing secret of the webhook endpoint that points at this site's
   * `/webhooks/cms`. Set, the site caches what it reads until that webhook says it changed; unset, it
   * reads the CMS on every request.
   */
  webhookSecret: string | undefined
}

/** A Standard Webhooks secret as the CMS shows it: `whsec_` and the base64 of 24 to 64 bytes. */
function webhookSecret(raw: string | undefined, problems: string[]): string | undefined {
  if (!raw) return undefined
  const key = raw.startsWith('whsec_') ? Buffer.from(raw.slice(6), 'base64') : undefined
  if (!key || key.length < 24 || key.length > 64 || !/^whsec_[A-Za-z0-9+/]+=*$/.test(raw)) {
    problems.push(
      'SITE_WEBHOOK_SECRET must be a webhook signing secret as the admin shows it (whsec_ followed by base64).',
    )
    return undefined
  }
  return raw
}

const withoutTrailingSlash = (url: string) => url.replace(/\/$/, '')

/** Reads the site's settings, adding what is wrong to `problems` (readSettings reports them at start). */
export function collectSiteSettings(env: Environment, problems: string[]): SiteSettings {
  const siteCmsUrl = httpAddress('SITE_CMS_URL', env.SITE_CMS_URL, problems)
  return {
    enabled: oneOf('READER_SITE', env.READER_SITE, ['true', 'false'], 'true', problems) === 'true',
    cmsUrl: withoutTrailingSlash(
      siteCmsUrl || env[LOCAL_URL_VARIABLE] || `http://127.0.0.1:${env.PORT || 3000}`,
    ),
    browserGraphqlUrl: `${withoutTrailingSlash(siteCmsUrl ?? '')}/api/graphql`,
    // Checked (and reported) with the CMS's settings, which read SITE_URL and SERVER_URL too.
    publicOrigin: withoutTrailingSlash(env.SITE_URL || env.SERVER_URL || '') || undefined,
    webhookSecret: webhookSecret(env.SITE_WEBHOOK_SECRET, problems),
  }
}

/**
 * The site's settings as a page renders: the server checked them when it started (readSettings), so
 * a page takes them as they are rather than failing.
 */
export const readSiteSettings = (env: Environment = process.env): SiteSettings =>
  collectSiteSettings(env, [])
