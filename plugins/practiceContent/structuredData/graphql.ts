/**
 * `articleStructuredData(slug:)` and `authorStructuredData(slug:)`: the same JSON-LD as the REST
 * endpoints, as a JSON object (null when there is no such published document).
 */
import { GraphQLJSONObject } from '@payloadcms/graphql/types'
import type { GraphQLExtension, PayloadRequest } from 'payload'

import type { ContentSlugs } from '../../../collections/shared/slugs.ts'
import type { ResolvedPublicSite } from '../types.ts'
import { articleStructuredData, authorStructuredData } from './load.ts'

export function structuredDataQueries(
  slugs: ContentSlugs,
  site: ResolvedPublicSite,
): GraphQLExtension {
  return (GraphQL) => {
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
      type: typeof GraphQLJSONObject
      args: typeof args
      description: string
      resolve: Resolve
    } => ({
      type: GraphQLJSONObject,
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
