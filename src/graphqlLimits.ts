/**
 * Bounds on what one GraphQL operation may ask for, checked before anything is read. Payload's own
 * complexity rule counts fields and relationships but not how deep they nest nor how often a field is
 * repeated under aliases, and `relatedArticles` links articles to articles: a query nesting it twenty
 * levels deep, or repeating an expensive list a hundred times under aliases, would keep the server
 * busy for one request. So:
 * - depth: selections nest at most `maxDepth` levels (introspection fields, `__schema` and the like,
 *   are left to Payload, which turns introspection off in production);
 * - aliases: at most `maxAliases` aliased fields per operation, a fragment counted each time it is
 *   spread.
 * Each fragment is measured once, so a document of fragments spreading fragments costs its size to
 * check. Payload's complexity rule does expand them — exponentially: 18 levels of fragments that
 * spread the next one twice take it 0.4 s, each level doubling — so the server checks these bounds in
 * front of Payload too (src/http/graphqlRequests.ts) and such a document never reaches that rule.
 */
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql'

export type GraphQLLimits = { maxDepth: number; maxAliases: number }

type Measure = { depth: number; aliases: number }

/** Depth and aliases of each operation of a document. */
function measureOperations(document: DocumentNode): [OperationDefinitionNode, Measure][] {
  const definitions = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      definitions.set(definition.name.value, definition)
    }
  }
  const fragments = new Map<string, Measure | 'measuring'>()

  const fragmentMeasure = (name: string): Measure => {
    const known = fragments.get(name)
    const definition = definitions.get(name)
    // Unknown fragments and cycles are graphql's own validation errors.
    if (known === 'measuring' || !definition) return { depth: 0, aliases: 0 }
    if (known) return known
    fragments.set(name, 'measuring')
    const measured = measure(definition.selectionSet)
    fragments.set(name, measured)
    return measured
  }

  const measure = (selectionSet: SelectionSetNode | undefined): Measure => {
    const total: Measure = { depth: 0, aliases: 0 }
    for (const selection of selectionSet?.selections ?? []) {
      let inner: Measure
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue
        const below = measure(selection.selectionSet)
        inner = { depth: below.depth + 1, aliases: below.aliases + (selection.alias ? 1 : 0) }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = measure(selection.selectionSet)
      } else {
        inner = fragmentMeasure(selection.name.value)
      }
      total.depth = Math.max(total.depth, inner.depth)
      total.aliases += inner.aliases
    }
    return total
  }

  return document.definitions
    .filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => [operation, measure(operation.selectionSet)])
}

export type LimitProblem = { message: string; operation: OperationDefinitionNode }

/** What in a document goes beyond the limits; empty when nothing does. */
export function graphQLLimitProblems(
  document: DocumentNode,
  limits: GraphQLLimits,
): LimitProblem[] {
  const problems: LimitProblem[] = []
  for (const [operation, { depth, aliases }] of measureOperations(document)) {
    if (depth > limits.maxDepth) {
      problems.push({
        operation,
        message: `The query nests ${depth} levels deep; this API answers at most ${limits.maxDepth}. Ask for less in one query, or follow a relationship in a second one.`,
      })
    }
    if (aliases > limits.maxAliases) {
      problems.push({
        operation,
        message: `The query uses ${aliases} aliased fields; this API answers at most ${limits.maxAliases} per query.`,
      })
    }
  }
  return problems
}

/** The name and status every refusal carries, as Payload's own query errors do. */
export const LIMIT_ERROR_EXTENSIONS = { name: 'QueryError', statusCode: 400 }

/** The limits as a GraphQL validation rule, for Payload's `graphQL.validationRules`. */
export function graphQLLimitRules(limits: GraphQLLimits): ValidationRule[] {
  const limitsRule: ValidationRule = (context) => ({
    Document(document) {
      for (const { message, operation } of graphQLLimitProblems(document, limits)) {
        context.reportError(
          new GraphQLError(message, { nodes: [operation], extensions: LIMIT_ERROR_EXTENSIONS }),
        )
      }
    },
  })
  return [limitsRule]
}
