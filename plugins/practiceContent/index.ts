/**
 * practiceContentPlugin: installs the content model of a therapy and coaching practice — credentials,
 * authors, services, articles, categories, media, the practice global — into any Payload 3 config,
 * with what front ends need on top: lookups by slug, structured data and ranked search (REST and
 * GraphQL), and the daily job that keeps display names in step with license expiry.
 *
 *   plugins: [practiceContentPlugin({ slugs: { articles: 'posts' } })]
 */
import type { CollectionConfig, Config, Endpoint, Payload, Plugin } from 'payload'

import { createArticlesCollection } from '../../collections/Articles/index.ts'
import { createAuthorsCollection } from '../../collections/Authors/index.ts'
import { refreshCredentialSummaries } from '../../collections/Authors/refreshCredentialSummaries.ts'
import { refreshCredentialsTask } from '../../collections/Authors/refreshTask.ts'
import { createCategoriesCollection } from '../../collections/Categories.ts'
import { createCredentialsCollection } from '../../collections/Credentials/index.ts'
import { createMediaCollection } from '../../collections/Media.ts'
import { createPracticeGlobal } from '../../collections/Practice.ts'
import { hideLapsedProvidersInWhere } from '../../collections/Services/hooks/hideLapsedProvidersInWhere.ts'
import { createServicesCollection } from '../../collections/Services/index.ts'
import { chainGraphQLExtensions } from '../shared/graphqlExtensions.ts'
import { withJoinDefaultsInGraphQL } from '../../upstream/graphqlJoins.ts'
import { withRelationshipOrderInGraphQL } from '../../upstream/graphqlRelationshipOrder.ts'
import { withSelectByDefaultInGraphQL } from '../../upstream/graphqlSelect.ts'
import { applyCollectionOverrides } from '../shared/collectionOverrides.ts'
import { withAuthorLink } from './authorLink.ts'
import { withContentDashboard } from './dashboard/index.ts'
import { resolveOptions } from './defaults.ts'
import { bySlugEndpoint } from './bySlug.ts'
import { slugQueries } from './graphql/slugQueries.ts'
import { articleSearchEndpoint } from './search/endpoint.ts'
import { articleSearchQueries } from './search/graphql.ts'
import {
  articleStructuredDataEndpoint,
  authorStructuredDataEndpoint,
} from './structuredData/endpoints.ts'
import { structuredDataQueries } from './structuredData/graphql.ts'
import { seedCredentialCatalogue } from './seedCredentials.ts'
import type { PracticeContentCollection, PracticeContentOptions } from './types.ts'

export type { PracticeContentOptions, PracticeContentOverrides } from './types.ts'

const withEndpoint = (
  collection: CollectionConfig,
  ...endpoints: Endpoint[]
): CollectionConfig => ({
  ...collection,
  endpoints: [...(collection.endpoints || []), ...endpoints],
})

export const practiceContentPlugin =
  (options: PracticeContentOptions = {}): Plugin =>
  (config: Config): Config => {
    const {
      slugs,
      credentialCatalogue,
      mediaDir,
      leanGraphQLReads,
      credentialRefresh,
      publicSite,
      clinicalReview,
      overrides,
      disabled,
    } = resolveOptions(options, config)

    const usersCollection = config.collections?.find(
      (collection) => collection.slug === slugs.users,
    )
    if (!usersCollection?.auth) {
      throw new Error(
        `practiceContentPlugin: the users collection "${slugs.users}" is missing or is not an auth collection. ` +
          'Pass `usersCollection` with the slug of the collection your editors sign in with.',
      )
    }

    const readersFilterOnProviders = hideLapsedProvidersInWhere(slugs.authors)
    // Disabled: the collections without the plugin's endpoints (lookups by slug, JSON-LD, search).
    const extras = (...endpoints: Endpoint[]) => (disabled ? [] : endpoints)
    const overridden = (name: PracticeContentCollection, collection: CollectionConfig) =>
      applyCollectionOverrides(collection, overrides[name], {
        plugin: 'practiceContentPlugin',
        option: `overrides.${name}`,
      })
    const refreshTask = refreshCredentialsTask(slugs.authors, credentialRefresh)

    const withModel: Config = {
      ...config,
      collections: [
        ...(config.collections ?? []).map(withAuthorLink(slugs)),
        overridden(
          'articles',
          withEndpoint(
            createArticlesCollection(slugs, {
              previewPath: publicSite.previewPath,
              reviewIntervalMonths: clinicalReview.intervalMonths,
              reviewGate: clinicalReview.gate,
            }),
            ...extras(
              articleStructuredDataEndpoint(slugs, publicSite),
              bySlugEndpoint(slugs.articles, 'article'),
              articleSearchEndpoint(slugs),
            ),
          ),
        ),
        overridden(
          'authors',
          withEndpoint(
            createAuthorsCollection(slugs),
            ...extras(
              authorStructuredDataEndpoint(slugs, publicSite),
              bySlugEndpoint(slugs.authors, 'author'),
            ),
          ),
        ),
        overridden(
          'services',
          withEndpoint(
            createServicesCollection(slugs),
            ...extras(bySlugEndpoint(slugs.services, 'service')),
          ),
        ),
        overridden(
          'categories',
          withEndpoint(
            createCategoriesCollection(slugs),
            ...extras(bySlugEndpoint(slugs.categories, 'category')),
          ),
        ),
        overridden('media', createMediaCollection(slugs, { staticDir: mediaDir })),
        overridden('credentials', createCredentialsCollection(slugs)),
      ],
      globals: [...(config.globals ?? []), createPracticeGlobal(slugs)],
      // A publish the review gate refuses is the user's mistake, not the server's: logged at info.
      loggingLevels: {
        ...config.loggingLevels,
        ...({ ReviewGateRefusal: 'info' } as unknown as Config['loggingLevels']),
      },
      jobs: {
        ...config.jobs,
        // Always registered (the jobs table's schema lists every task), scheduled unless disabled.
        tasks: [
          ...(config.jobs?.tasks ?? []),
          disabled ? { ...refreshTask, schedule: [] } : refreshTask,
        ],
      },
    }

    // Readers' filters on services' providers are part of the collections' read rules: kept when
    // disabled, as their access is.
    const hideLapsedProvidersFromReaders = (payload: Payload) => {
      // Last of the services' beforeOperation hooks, after those of plugins installed after this
      // one: request checks (apiGuards) see the `where` the client sent, not its rewrite.
      const servicesHooks = payload.collections[slugs.services]?.config.hooks
      if (servicesHooks) {
        const hooks = (servicesHooks.beforeOperation ??= [])
        if (!hooks.includes(readersFilterOnProviders)) hooks.push(readersFilterOnProviders)
      }
    }

    if (disabled) {
      return {
        ...withModel,
        // Joins over GraphQL keep their `where`, sort and bounds: what readers see stays the same.
        graphQL: { ...config.graphQL, queries: withJoinDefaultsInGraphQL(config.graphQL?.queries) },
        onInit: async (payload) => {
          hideLapsedProvidersFromReaders(payload)
          await config.onInit?.(payload)
        },
      }
    }

    return withContentDashboard(
      {
        ...withModel,
        graphQL: {
          ...config.graphQL,
          // Lookups by slug (articleBySlug, articleFeed(category: …) …), JSON-LD, search
          // (searchArticles); joins (authors' servicesOffered) that answer over GraphQL as over REST,
          // sorted and bounded; relationships in their saved order; reads of only the fields asked for.
          queries: withJoinDefaultsInGraphQL(
            withRelationshipOrderInGraphQL(
              chainGraphQLExtensions(
                leanGraphQLReads
                  ? withSelectByDefaultInGraphQL(config.graphQL?.queries)
                  : config.graphQL?.queries,
                slugQueries(slugs),
                structuredDataQueries(slugs, publicSite),
                articleSearchQueries(slugs),
              ),
            ),
          ),
        },
        onInit: async (payload) => {
          hideLapsedProvidersFromReaders(payload)
          // The catalogue first: the project's own onInit (a demo seed, say) may give authors credentials.
          await seedCredentialCatalogue(payload, slugs.credentials, credentialCatalogue)
          // Licenses may have expired while the server was down, past the daily job's hour.
          await refreshCredentialSummaries(payload, slugs.authors)
          await config.onInit?.(payload)
        },
      },
      slugs,
      clinicalReview.intervalMonths,
    )
  }
