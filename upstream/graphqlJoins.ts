/**
 * Join fields answer over GraphQL as they do over REST. Payload's GraphQL resolver for a join
 * ignores the field's own `where`, `defaultSort` and `defaultLimit`, and pages wrongly (it asks for
 * one document more than the limit and then counts pages in those bigger steps, so page 2 of a
 * one-per-page thread came back empty). A thread of approved top-level comments, oldest first, came
 * back as every comment the user may read, newest first, unbounded.
 *
 * This replaces each join field's resolver with one that applies the field's `where` (combined with
 * the client's), its sort and limit defaults (the client's win), and Payload's own pagination, under
 * the reader's access. It is installed as part of `graphQL.queries` — the one moment Payload hands
 * over the built types before the schema is made — and returns no queries of its own; replacing a
 * field twice is a no-op.
 */
import type { GraphQLFieldResolver, GraphQLObjectType } from 'graphql'
import type { FlattenedJoinField, GraphQLExtension, PayloadRequest, Where } from 'payload'

import {
  keepUnpatched,
  replacedFields,
  requireTestedVersion,
  type Workaround,
} from './versionGuard.ts'

export const GRAPHQL_JOINS: Workaround = {
  problem:
    "a join field over GraphQL ignores the field's where, defaultSort and defaultLimit, and pages wrongly",
  upstream:
    '@payloadcms/graphql src/schema/fieldToSchemaMap.ts (join): the resolver passes only the client arguments, and asks for limit + 1',
  package: '@payloadcms/graphql',
  tested: ['3.90.'],
}

/** REST's limit for a join without `defaultLimit` (Payload's own default). */
const REST_DEFAULT_JOIN_LIMIT = 10

const PATCHED = Symbol.for('invited-cms.graphqlJoinResolver')

type JoinArgs = {
  where?: Where
  sort?: string
  limit?: number
  page?: number
  count?: boolean
  draft?: boolean
}
type Parent = { id?: number | string; _id?: number | string }
type Context = { req: PayloadRequest }
type ResolvableField = {
  resolve?: GraphQLFieldResolver<Parent, Context, JoinArgs>
  [PATCHED]?: true
}

function joinResolver(
  ownerSlug: string,
  collection: string,
  join: FlattenedJoinField,
): GraphQLFieldResolver<Parent, Context, JoinArgs> {
  const polymorphic = Array.isArray(
    (join.targetField as { relationTo?: unknown } | undefined)?.relationTo,
  )
  return async (parent, args, { req }) => {
    const id = parent._id ?? parent.id
    const onThisDocument: Where = {
      [join.on]: { equals: polymorphic ? { relationTo: ownerSlug, value: id } : id },
    }
    const where: Where = {
      and: [
        onThisDocument,
        ...(join.where ? [join.where] : []),
        ...(args.where ? [args.where] : []),
      ],
    }
    const result = await req.payload.find({
      collection,
      where,
      sort: args.sort ?? (typeof join.defaultSort === 'string' ? join.defaultSort : undefined),
      limit: args.limit ?? join.defaultLimit ?? REST_DEFAULT_JOIN_LIMIT,
      page: args.page,
      depth: 0,
      draft: Boolean(args.draft ?? req.query?.draft === 'true'),
      overrideAccess: false,
      req,
    })
    return {
      docs: result.docs,
      hasNextPage: result.hasNextPage,
      totalDocs: args.count ? result.totalDocs : undefined,
    }
  }
}

/** The join fields replaced so far, by `<type>.<field>` (tests/int/upstreamProblems.test.ts). */
export function replacedJoinFields(): Map<string, { resolve?: unknown }> {
  return replacedFields<{ resolve?: unknown }>('invited-cms.graphqlJoinFieldsReplaced')
}

function replaceJoinResolver(type: GraphQLObjectType, ownerSlug: string, join: FlattenedJoinField) {
  if (Array.isArray(join.collection)) return // joins over several collections keep Payload's resolver
  const field = type.getFields()[join.name] as ResolvableField | undefined
  if (!field || field[PATCHED]) return
  requireTestedVersion(GRAPHQL_JOINS)
  keepUnpatched(field as { resolve: unknown }, 'resolve')
  field.resolve = joinResolver(ownerSlug, join.collection, join)
  field[PATCHED] = true
  replacedJoinFields().set(`${type.name}.${join.name}`, field)
}

/** Chains onto the config's own `graphQL.queries` (keeping what it returns). */
export function withJoinDefaultsInGraphQL(queries?: GraphQLExtension): GraphQLExtension {
  return (GraphQL, context) => {
    for (const collection of Object.values(context.collections)) {
      const type = collection.graphQL?.type
      if (!type) continue
      for (const field of collection.config.flattenedFields) {
        if (field.type === 'join') replaceJoinResolver(type, collection.config.slug, field)
      }
    }
    return queries?.(GraphQL, context) ?? {}
  }
}
