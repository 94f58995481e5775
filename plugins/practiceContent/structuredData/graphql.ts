/**
 * `articleStructuredData(slug:)` and `authorStructuredData(slug:)`: the same JSON-LD as the REST
 * endpoints, as a JSON object (null when there is no such published document).
 */
import type { GraphQLNamedType, GraphQLScalarType, GraphQLType } from 'graphql'
import type { GraphQLExtension, PayloadRequest } from 'payload'

import type { ContentSlugs } from '../../../collections/shared/collectionSlugs.ts'
import type { ResolvedPublicSite } from '../types.ts'
import { articleStructuredData, authorStructuredData } from './load.ts'

type GraphQLModule = Parameters<GraphQLExtension>[0]
type GraphQLInfo = Parameters<GraphQLExtension>[1]

/**
 * Payload's own `JSONObject` scalar (its access policies' `where` is one): a schema may hold only one
 * type of a name, and the library does not import `@payloadcms/graphql` (an app does not list it:
 * `@payloadcms/next` brings it) to get it. Found in the `Access` query's types, which Payload builds
 * before it calls `graphQL.queries`; made alike when no collection has GraphQL access policies.
 */
function jsonObjectScalar(GraphQL: GraphQLModule, { Query }: GraphQLInfo): GraphQLScalarType {
  const seen = new Set<GraphQLNamedType>()
  const find = (type: GraphQLType | undefined): GraphQLScalarType | undefined => {
    if (!type) return undefined
    const named = GraphQL.getNamedType(type)
    if (seen.has(named)) return undefined
    seen.add(named)
    if (GraphQL.isScalarType(named) && named.name === 'JSONObject') return named
    if (!GraphQL.isObjectType(named)) return undefined
    for (const field of Object.values(named.getFields())) {
      const found = find(field.type)
      if (found) return found
    }
    return undefined
  }
  const access = (Query.fields as Record<string, { type?: GraphQLType } | undefined>).Access
  return (
    find(access?.type) ??
    new GraphQL.GraphQLScalarType({
      name: 'JSONObject',
      description: 'A JSON object.',
      parseLiteral: (ast, variables) => {
        const value: unknown = GraphQL.valueFromASTUntyped(ast, variables)
        if (typeof value !== 'object' || value === null || Array.isArray(value))
          throw new TypeError('JSONObject cannot represent a non-object value')
        return value
      },
    })
  )
}

export function structuredDataQueries(
  slugs: ContentSlugs,
  site: ResolvedPublicSite,
): GraphQLExtension {
  return (GraphQL, context) => {
    const JSONObject = jsonObjectScalar(GraphQL, context)
    const args = { slug: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) } }
    type Resolve = (
      source: unknown,
      args: { slug: string },
      context: { req: PayloadRequest },
    ) => Promise<unknown>
    const query = (
      load: typeof articleStructuredData,
      description: string,
    ): {
      type: GraphQLScalarType
      args: typeof args
      description: string
      resolve: Resolve
    } => ({
      type: JSONObject,
      args,
      description,
      resolve: (_source, { slug }, { req }) => load(req, slugs, site, slug),
    })
    return {
      articleStructuredData: query(
        articleStructuredData,
        'schema.org JSON-LD for the article page (Article, MedicalWebPage when clinically reviewed).',
      ),
      authorStructuredData: query(
        authorStructuredData,
        'schema.org JSON-LD for the author page (ProfilePage about a Person with their credentials).',
      ),
    }
  }
}
