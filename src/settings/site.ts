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
  }
}

/**
 * The site's settings as a page renders: the server checked them when it started (readSettings), so
 * a page takes them as they are rather than failing.
 */
export const readSiteSettings = (env: Environment = process.env): SiteSettings =>
  collectSiteSettings(env, [])
