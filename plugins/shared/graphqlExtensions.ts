/**
 * Several plugins add GraphQL queries or mutations; a config holds one function for each. This runs
 * them all, in order, and merges what they return (a later name wins).
 */
import type { GraphQLExtension } from 'payload'

export const chainGraphQLExtensions =
  (...extensions: (GraphQLExtension | undefined)[]): GraphQLExtension =>
  (GraphQL, context) =>
    Object.assign({}, ...extensions.map((extension) => extension?.(GraphQL, context) ?? {}))
