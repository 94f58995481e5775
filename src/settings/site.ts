/**
 * What the reader site's pages take from the environment (read on the server, when a page renders):
 * READER_SITE, SITE_CMS_URL, SERVER_URL, and the loopback address src/server.ts publishes.
 */
import type { Environment } from './problems'

/** Set by src/server.ts after it starts listening: http://127.0.0.1:<port>. */
export const LOCAL_URL_VARIABLE = 'INVITED_LOCAL_URL'

export type SiteSettings = {
  /** READER_SITE=false turns the pages off (a practice with its own front end). */
  enabled: boolean
  /** The CMS as the site's server reaches it: SITE_CMS_URL, else this server over loopback. */
  cmsUrl: string
  /** The GraphQL endpoint as readers' browsers reach it: this site's origin unless SITE_CMS_URL says otherwise. */
  browserGraphqlUrl: string
  /** SERVER_URL, the base of absolute links in page metadata. */
  publicOrigin: string | undefined
}

const withoutTrailingSlash = (url: string) => url.replace(/\/$/, '')

export function readSiteSettings(env: Environment = process.env): SiteSettings {
  return {
    enabled: env.READER_SITE !== 'false',
    cmsUrl: withoutTrailingSlash(
      env.SITE_CMS_URL || env[LOCAL_URL_VARIABLE] || `http://127.0.0.1:${env.PORT || 3000}`,
    ),
    browserGraphqlUrl: `${withoutTrailingSlash(env.SITE_CMS_URL ?? '')}/api/graphql`,
    publicOrigin: env.SERVER_URL || undefined,
  }
}
