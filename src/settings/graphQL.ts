/** GRAPHQL_MAX_*: what one GraphQL operation may ask of the server (src/graphqlLimits.ts). */
import { positiveInteger, type Environment } from './problems'

export type GraphQLLimitSettings = {
  /** GRAPHQL_MAX_DEPTH: how deep selections may nest (the reader site's deepest query: 9). */
  maxDepth: number
  /** GRAPHQL_MAX_ALIASES: aliased fields per operation, fragments counted each time they are used. */
  maxAliases: number
  /** GRAPHQL_MAX_COMPLEXITY: Payload's complexity budget (a field 1, a relationship 10, plus children). */
  maxComplexity: number
}

export function collectGraphQLLimitSettings(
  env: Environment,
  problems: string[],
): GraphQLLimitSettings {
  return {
    maxDepth: positiveInteger('GRAPHQL_MAX_DEPTH', env.GRAPHQL_MAX_DEPTH, 12, problems),
    maxAliases: positiveInteger('GRAPHQL_MAX_ALIASES', env.GRAPHQL_MAX_ALIASES, 30, problems),
    maxComplexity: positiveInteger(
      'GRAPHQL_MAX_COMPLEXITY',
      env.GRAPHQL_MAX_COMPLEXITY,
      1000,
      problems,
    ),
  }
}
