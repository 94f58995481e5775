import { DEFAULT_CREDENTIAL_CATALOGUE } from '../../collections/Credentials/catalogue.ts'
import { DEFAULT_CONTENT_SLUGS } from '../../collections/shared/slugs.ts'
import type { Config } from 'payload'

import { DEFAULT_REFRESH_CRON } from '../../collections/Authors/refreshTask.ts'
import type { PracticeContentOptions, ResolvedPracticeContentOptions } from './types.ts'

export const DEFAULT_MEDIA_DIR = '.data/media'

export function resolveOptions(
  options: PracticeContentOptions,
  config: Config,
): ResolvedPracticeContentOptions {
  return {
    slugs: {
      ...DEFAULT_CONTENT_SLUGS,
      ...options.slugs,
      users: options.usersCollection ?? config.admin?.user ?? DEFAULT_CONTENT_SLUGS.users,
    },
    credentialCatalogue:
      options.credentialCatalogue === false
        ? []
        : (options.credentialCatalogue ?? DEFAULT_CREDENTIAL_CATALOGUE),
    mediaDir: options.mediaDir ?? DEFAULT_MEDIA_DIR,
    credentialRefresh: {
      cron: DEFAULT_REFRESH_CRON,
      queue: 'default',
      ...options.credentialRefresh,
    },
    publicSite: {
      url: options.publicSite?.url,
      articlePath: options.publicSite?.articlePath ?? ((slug) => `/articles/${slug}`),
      authorPath: options.publicSite?.authorPath ?? ((slug) => `/authors/${slug}`),
      servicePath: options.publicSite?.servicePath ?? ((slug) => `/services/${slug}`),
      previewPath: options.publicSite?.previewPath,
    },
  }
}
