/**
 * What every practice site asks first, in one GraphQL request each:
 *
 *   articleBySlug(slug: "therapy-vs-coaching") { … }      also authorBySlug, serviceBySlug, categoryBySlug
 *                                                          (an earlier slug finds the document too)
 *   articleFeed(category: "therapy", page: 2) { docs { … } totalPages }   filter by category, author, service slug
 *
 * Payload's generated GraphQL finds documents by id, and its `where` input cannot follow a
 * relationship to its slug, so a front end needed two requests (slug → id, then the list). These
 * run one find each — the REST `where` paths, such as `categories.slug` — under the reader's access: anonymous
 * readers get published documents only, signed-in editors may pass `draft: true`.
 * (REST needs no extra endpoint: `?where[slug][equals]=…&limit=1`, `?where[categories.slug][equals]=…`.)
 */
import type { GraphQLFieldConfig, GraphQLObjectType } from 'graphql'
import {
  isolateObjectProperty,
  type GraphQLExtension,
  type PayloadRequest,
  type Where,
} from 'payload'

import type { ContentSlugs } from '../../../collections/shared/collectionSlugs.ts'
import { findBySlug } from '../bySlug.ts'

type Context = { req: PayloadRequest }

/** Each resolver gets its own view of the request, as Payload's resolvers do: they may run in parallel. */
function requestFor(context: Context, draft: boolean | undefined | null): PayloadRequest {
  const req = isolateObjectProperty(context.req, [
    'locale',
    'fallbackLocale',
    'transactionID',
    'query',
  ])
  // Relationships inside the answer resolve drafts (or not) the way the document was asked for.
  req.query = { ...req.query, ...(typeof draft === 'boolean' ? { draft: String(draft) } : {}) }
  return req
}

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1)

export function slugQueries(slugs: ContentSlugs): GraphQLExtension {
  return (GraphQL, { collections, Query }) => {
    const { GraphQLBoolean, GraphQLInt, GraphQLNonNull, GraphQLString } = GraphQL
    const queries: Record<string, GraphQLFieldConfig<unknown, Context>> = {}

    for (const slug of [slugs.articles, slugs.authors, slugs.services, slugs.categories]) {
      const type = collections[slug]?.graphQL?.type as GraphQLObjectType | undefined
      if (!type) continue
      const hasDrafts = Boolean(collections[slug].config.versions?.drafts)
      queries[`${lowerFirst(type.name)}BySlug`] = {
        type,
        description: `The ${type.name.toLowerCase()} with this slug, or the one that had it before (its \`slug\` is then the current one), or null.`,
        args: {
          slug: { type: new GraphQLNonNull(GraphQLString) },
          ...(hasDrafts ? { draft: { type: GraphQLBoolean } } : {}),
        },
        resolve: async (_source, args: { slug: string; draft?: boolean }, context) => {
          const req = requestFor(context, args.draft)
          // An earlier slug finds the document too: its `slug` then says the current one.
          return findBySlug(slug, args.slug, { draft: args.draft ?? undefined, req })
        },
      }
    }

    const articles = collections[slugs.articles]?.graphQL
    // The list type the schema already has (`Articles`): the collection's `paginatedType` is a twin
    // that never made it into the schema, and two types of one name are refused.
    const listType =
      articles &&
      (Object.values(Query.fields) as { type?: { name?: string } }[]).find(
        (field) => field.type?.name === articles.paginatedType.name,
      )?.type
    if (articles && listType) {
      queries[`${lowerFirst(articles.type.name)}Feed`] = {
        type: listType as GraphQLObjectType,
        description:
          'Articles newest first, optionally only those in a category, by an author or about a service (each given by its slug); ' +
          'an unknown slug gives an empty page.',
        args: {
          category: { type: GraphQLString },
          author: { type: GraphQLString },
          service: { type: GraphQLString },
          where: { type: articles.whereInputType },
          sort: { type: GraphQLString, description: 'Default: -publishedAt.' },
          limit: { type: GraphQLInt, description: 'Default: 10.' },
          page: { type: GraphQLInt },
          draft: { type: GraphQLBoolean },
        },
        resolve: async (
          _source,
          args: {
            category?: string
            author?: string
            service?: string
            where?: Where
            sort?: string
            limit?: number
            page?: number
            draft?: boolean
          },
          context,
        ) => {
          const req = requestFor(context, args.draft)
          // Payload follows a relationship to its slug in the same query (an unknown slug matches nothing).
          const bySlug: [string | undefined, string][] = [
            [args.category, 'categories.slug'],
            [args.author, 'authors.slug'],
            [args.service, 'services.slug'],
          ]
          const filters: Where[] = [
            ...(args.where ? [args.where] : []),
            ...bySlug.flatMap(([value, path]) =>
              value === undefined || value === null ? [] : [{ [path]: { equals: value } }],
            ),
          ]
          return req.payload.find({
            collection: slugs.articles,
            where: filters.length > 0 ? { and: filters } : undefined,
            sort: args.sort ?? '-publishedAt',
            limit: args.limit ?? 10,
            page: args.page ?? undefined,
            depth: 0,
            draft: args.draft ?? undefined,
            overrideAccess: false,
            req,
          })
        },
      }
    }
    return queries
  }
}
