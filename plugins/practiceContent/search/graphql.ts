/**
 * GraphQL: `searchArticles(query: String!, page: Int, limit: Int)` — the same search as REST
 * (index.ts), each hit with its rank, highlighted title and snippet, and the article itself as the
 * schema's `Article` type (its relationships resolve as anywhere else, with the reader's access).
 * Bad input is a `QueryError` (extensions.statusCode 400).
 */
import type { GraphQLFieldConfig, GraphQLNullableType, GraphQLObjectType } from 'graphql'
import { isolateObjectProperty, type GraphQLExtension, type PayloadRequest } from 'payload'

import type { ContentSlugs } from '../../../collections/shared/collectionSlugs.ts'
import { parseSearchInput, SEARCH_LIMITS } from './input.ts'
import { searchArticles } from './index.ts'

type Context = { req: PayloadRequest }

export function articleSearchQueries(slugs: ContentSlugs): GraphQLExtension {
  return (GraphQL, { collections }) => {
    const articles = collections[slugs.articles]?.graphQL
    if (!articles) return {}
    const {
      GraphQLBoolean,
      GraphQLFloat,
      GraphQLInt,
      GraphQLList,
      GraphQLNonNull,
      GraphQLObjectType,
      GraphQLString,
    } = GraphQL
    const articleType = articles.type as GraphQLObjectType
    const name = articleType.name
    const plural = articles.paginatedType.name
    const nonNull = <T extends GraphQLNullableType>(type: T) => new GraphQLNonNull(type)

    const textPart = new GraphQLObjectType({
      name: `${name}SearchTextPart`,
      description: 'A piece of highlighted text: render `match` pieces as <mark>, all as text.',
      fields: {
        text: { type: nonNull(GraphQLString) },
        match: { type: nonNull(GraphQLBoolean), description: 'True for words the query found.' },
      },
    })
    const parts = nonNull(new GraphQLList(nonNull(textPart)))
    const hit = new GraphQLObjectType({
      name: `${name}SearchHit`,
      fields: {
        rank: {
          type: nonNull(GraphQLFloat),
          description: 'Higher is better; comparable within one answer only.',
        },
        highlightedTitle: { type: parts, description: 'The title, matched words marked.' },
        snippet: {
          type: parts,
          description: 'A passage of the excerpt or body around the matches, matched words marked.',
        },
        article: { type: nonNull(articleType) },
      },
    })
    const page = new GraphQLObjectType({
      name: `${name}SearchResults`,
      fields: {
        docs: { type: nonNull(new GraphQLList(nonNull(hit))) },
        totalDocs: { type: nonNull(GraphQLInt) },
        limit: { type: nonNull(GraphQLInt) },
        page: { type: nonNull(GraphQLInt) },
        totalPages: { type: nonNull(GraphQLInt) },
        hasNextPage: { type: nonNull(GraphQLBoolean) },
        hasPrevPage: { type: nonNull(GraphQLBoolean) },
        correctedQuery: {
          type: GraphQLString,
          description:
            'The query as searched when words that found nothing were corrected ("coching" → "coaching"); null otherwise.',
        },
      },
    })

    const search: GraphQLFieldConfig<unknown, Context> = {
      type: nonNull(page),
      description:
        `Published ${plural.toLowerCase()} that match, best first: title above excerpt above authors and categories above body. ` +
        `Web search syntax ("a phrase", or, -word); a word that finds nothing is corrected to the nearest published word. ` +
        `query: 1–${SEARCH_LIMITS.maxQueryLength} characters; limit 1–${SEARCH_LIMITS.maxLimit} (default ${SEARCH_LIMITS.defaultLimit}); ` +
        `the first ${SEARCH_LIMITS.maxResults} results can be paged through.`,
      args: {
        query: { type: nonNull(GraphQLString) },
        page: { type: GraphQLInt },
        limit: { type: GraphQLInt },
      },
      resolve: async (_source, args: { query: string; page?: number; limit?: number }, context) => {
        const input = parseSearchInput({ query: args.query, page: args.page, limit: args.limit })
        // Its own view of the request, as Payload's resolvers have: they may run in parallel.
        const req = isolateObjectProperty(context.req, ['transactionID', 'query'])
        return searchArticles(req, slugs, input)
      },
    }
    return { [`search${plural}`]: search }
  }
}
