/**
 * What a GraphQL request asks for, read without running it: the operation's type (only queries may be
 * sent over GET or answered from the cache) and whether it asks for drafts (never cached). Parsed
 * documents are remembered, since front ends send the same few queries over and over.
 */
import { Kind, parse, visit, type DocumentNode, type OperationDefinitionNode } from 'graphql'

export type GraphQLRequest = {
  query: string
  variables?: Record<string, unknown>
  operationName?: string
}

export type OperationFacts =
  | { ok: true; type: OperationDefinitionNode['operation']; asksForDrafts: boolean }
  | { ok: false; message: string }

const REMEMBERED = 500
const parsed = new Map<string, DocumentNode | string>()

/** The parsed document, or the syntax error's message. */
export function parseRemembered(query: string): DocumentNode | string {
  let document = parsed.get(query)
  if (document === undefined) {
    try {
      document = parse(query, { noLocation: true })
    } catch (error) {
      document = (error as Error).message
    }
    if (parsed.size >= REMEMBERED) parsed.delete(parsed.keys().next().value as string)
    parsed.set(query, document)
  }
  return document
}

export function describeOperation({ query, operationName }: GraphQLRequest): OperationFacts {
  const document = parseRemembered(query)
  if (typeof document === 'string') return { ok: false, message: document }
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  )
  const operation = operationName
    ? operations.find((candidate) => candidate.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined
  if (!operation) {
    return {
      ok: false,
      message: operationName
        ? `Unknown operation named "${operationName}".`
        : 'The document has several operations: name the one to run with operationName.',
    }
  }
  let asksForDrafts = false
  visit(document, {
    Argument(node) {
      if (node.name.value === 'draft') asksForDrafts = true
    },
  })
  return { ok: true, type: operation.operation, asksForDrafts }
}

/** A GraphQL request from a JSON body (POST), or a message saying what is wrong with it. */
export function graphqlRequestFromJson(body: unknown): GraphQLRequest | string {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return 'The body must be a JSON object with a "query".'
  }
  const { query, variables, operationName } = body as Record<string, unknown>
  if (typeof query !== 'string' || query.trim() === '') return 'The request has no "query".'
  if (variables !== undefined && variables !== null && typeof variables !== 'object') {
    return '"variables" must be a JSON object.'
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    return '"operationName" must be a string.'
  }
  return {
    query,
    variables: (variables ?? undefined) as Record<string, unknown> | undefined,
    operationName: (operationName ?? undefined) as string | undefined,
  }
}
