/**
 * practiceContent: installs the content model of a therapy and coaching practice — credentials,
 * authors, services, articles, categories, media — into any Payload 3 config.
 *
 *   plugins: [practiceContent({ slugs: { articles: 'posts' } })]
 */
import type { CollectionConfig, Config, GraphQLExtension, Plugin } from 'payload'

import { createArticlesCollection } from '../../collections/Articles'
import { createAuthorsCollection } from '../../collections/Authors'
import { refreshCredentialSummaries } from '../../collections/Authors/refreshCredentialSummaries'
import { refreshCredentialsTask } from '../../collections/Authors/refreshTask'
import { createCategoriesCollection } from '../../collections/Categories'
import { createCredentialsCollection } from '../../collections/Credentials'
import { createMediaCollection } from '../../collections/Media'
import { createPracticeGlobal } from '../../collections/Practice'
import { createServicesCollection } from '../../collections/Services'
import { editorsOnlyField } from '../../collections/shared/access'
import { withJoinDefaultsInGraphQL } from '../../collections/shared/graphqlJoins'
import { resolveOptions } from './defaults'
import { slugQueries } from './graphql/slugQueries'
import { seedCredentialCatalogue } from './seedCredentials'
import type { PracticeContentOptions } from './types'

export type { PracticeContentOptions } from './types'

/** Both sets of custom queries, the config's own first. */
const chainQueries =
  (first: GraphQLExtension | undefined, second: GraphQLExtension): GraphQLExtension =>
  (GraphQL, context) => ({ ...first?.(GraphQL, context), ...second(GraphQL, context) })

export const practiceContent =
  (options: PracticeContentOptions = {}): Plugin =>
  (config: Config): Config => {
    const { slugs, credentialCatalogue, mediaDir, credentialRefresh } = resolveOptions(options, config)

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
      globals: [...(config.globals ?? []), createPracticeGlobal(slugs)],
      graphQL: {
        ...config.graphQL,
        // Lookups by slug (articleBySlug, articleFeed(category: …) …), and joins (authors'
        // servicesOffered) that answer over GraphQL as over REST: sorted and bounded.
        queries: withJoinDefaultsInGraphQL(chainQueries(config.graphQL?.queries, slugQueries(slugs))),
      },
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), refreshCredentialsTask(slugs.authors, credentialRefresh)],
      },
      onInit: async (payload) => {
        // The catalogue first: the project's own onInit (a demo seed, say) may give authors credentials.
        await seedCredentialCatalogue(payload, slugs.credentials, credentialCatalogue)
        // Licenses may have expired while the server was down, past the daily job's hour.
        await refreshCredentialSummaries(payload, slugs.authors)
        await config.onInit?.(payload)
      },
    }
  }
