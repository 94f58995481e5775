import { DEFAULT_CREDENTIAL_CATALOGUE } from '../../collections/Credentials/catalogue'
import { DEFAULT_CONTENT_SLUGS, type ContentSlugs } from '../../collections/shared/slugs'
import type { Config } from 'payload'

import { DEFAULT_REFRESH_CRON } from '../../collections/Authors/refreshTask'
import type { PracticeContentOptions, ResolvedPracticeContentOptions } from './types'

export const DEFAULT_MEDIA_DIR = '.data/media'

export function resolveOptions(options: PracticeContentOptions, config: Config): ResolvedPracticeContentOptions {
  return {
    // Slugs of a foreign config are not in this project's generated CollectionSlug union: cast once, here.
    slugs: {
      ...DEFAULT_CONTENT_SLUGS,
      ...options.slugs,
      users: options.usersCollection ?? config.admin?.user ?? DEFAULT_CONTENT_SLUGS.users,
    } as ContentSlugs,
    credentialCatalogue: options.credentialCatalogue === false ? [] : (options.credentialCatalogue ?? DEFAULT_CREDENTIAL_CATALOGUE),
    mediaDir: options.mediaDir ?? DEFAULT_MEDIA_DIR,
    credentialRefresh: { cron: DEFAULT_REFRESH_CRON, queue: 'default', ...options.credentialRefresh },
    publicSite: {
      url: options.publicSite?.url,
      articlePath: options.publicSite?.articlePath ?? ((slug) => `/articles/${slug}`),
      authorPath: options.publicSite?.authorPath ?? ((slug) => `/authors/${slug}`),
      servicePath: options.publicSite?.servicePath ?? ((slug) => `/services/${slug}`),
      previewPath: options.publicSite?.previewPath,
    },
  }
}
