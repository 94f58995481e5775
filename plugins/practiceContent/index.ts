/**
 * practiceContent: installs the content model of a therapy and coaching practice — credentials,
 * authors, services, articles, categories, media — into any Payload 3 config.
 *
 *   plugins: [practiceContent({ slugs: { articles: 'posts' } })]
 */
import type { CollectionConfig, Config, Plugin } from 'payload'

import { createArticlesCollection } from '../../collections/Articles'
import { createAuthorsCollection } from '../../collections/Authors'
import { createCategoriesCollection } from '../../collections/Categories'
import { createCredentialsCollection } from '../../collections/Credentials'
import { createMediaCollection } from '../../collections/Media'
import { createServicesCollection } from '../../collections/Services'
import { editorsOnlyField } from '../../collections/shared/access'
import { resolveOptions } from './defaults'
import { seedCredentialCatalogue } from './seedCredentials'
import type { PracticeContentOptions } from './types'

export type { PracticeContentOptions } from './types'

export const practiceContent =
  (options: PracticeContentOptions = {}): Plugin =>
  (config: Config): Config => {
    const { slugs, credentialCatalogue, mediaDir } = resolveOptions(options, config)

    const usersCollection = config.collections?.find((collection) => collection.slug === slugs.users)
    if (!usersCollection?.auth) {
      throw new Error(
        `practiceContent: the users collection "${slugs.users}" is missing or is not an auth collection. ` +
          'Pass `usersCollection` with the slug of the collection your editors sign in with.',
      )
    }

    const withAuthorLink = (collection: CollectionConfig): CollectionConfig =>
      collection.slug !== slugs.users
        ? collection
        : {
            ...collection,
            fields: [
              ...collection.fields,
              {
                name: 'authorProfile',
                type: 'relationship',
                relationTo: slugs.authors,
                // Linking an account to a public profile is an editorial decision, not a self-service one.
                access: { create: editorsOnlyField, update: editorsOnlyField },
                admin: { description: 'The public author profile of this user, if they write or review.' },
              },
            ],
          }

    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map(withAuthorLink),
        createArticlesCollection(slugs),
        createAuthorsCollection(slugs),
        createServicesCollection(slugs),
        createCategoriesCollection(slugs),
        createMediaCollection(slugs, { staticDir: mediaDir }),
        createCredentialsCollection(slugs),
      ],
      // The catalogue first: the project's own onInit (a demo seed, say) may give authors credentials.
      onInit: async (payload) => {
        await seedCredentialCatalogue(payload, slugs.credentials, credentialCatalogue)
        await config.onInit?.(payload)
      },
    }
  }
