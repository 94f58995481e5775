/**
 * A relationship with many values answers over GraphQL in the order it was saved: the byline's
 * first author first. Payload's resolver loads each related document and lists them in the order
 * the loads finish, so a document already loaded earlier in the same request (another article's
 * author, a service's provider also listed elsewhere) jumps to the front. This puts the answer back
 * in the order of the stored ids, for every relationship and upload field with `hasMany`.
 */
import {
  getNamedType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
} from 'graphql'
import type { GraphQLExtension } from 'payload'

import {
  keepUnpatched,
  replacedFields,
  requireTestedVersion,
  type Workaround,
} from './versionGuard.ts'

export const GRAPHQL_RELATIONSHIP_ORDER: Workaround = {
  problem:
    'a hasMany relationship over GraphQL lists its documents in the order their loads finish, not the saved order',
  upstream:
    '@payloadcms/graphql src/schema/fieldToSchemaMap.ts (relationship, upload): results.push after each await',
  package: '@payloadcms/graphql',
  tested: ['3.90.'],
}

type PayloadField = { type?: string; name?: string; hasMany?: boolean }
type Related = { id?: unknown; relationTo?: string; value?: unknown }

const PATCHED = Symbol.for('invited-cms.graphqlRelationshipOrder')
/** The fields whose resolver was replaced, by `<type>.<field>` (tests/int/upstreamProblems.test.ts). */
export function reorderedRelationshipFields(): Map<string, { resolve?: unknown }> {
  return replacedFields<{ resolve?: unknown }>('invited-cms.graphqlRelationshipOrderFields')
}

/** One stored value or one answered document, as `<collection>:<id>` (the collection only when several). */
function keyOf(value: unknown): string {
  const related = value as Related | null
  if (related && typeof related === 'object' && 'relationTo' in related) {
    return `${related.relationTo}:${keyOf(related.value)}`
  }
  return String(related && typeof related === 'object' ? related.id : related)
}

function inSavedOrder(
  name: string,
  resolve: GraphQLFieldResolver<Record<string, unknown>, unknown>,
): GraphQLFieldResolver<Record<string, unknown>, unknown> {
  return async (parent, args, context, info) => {
    const answered = await resolve(parent, args, context, info)
    const saved = parent?.[name]
    if (!Array.isArray(answered) || !Array.isArray(saved) || answered.length < 2) return answered
    const position = new Map<string, number>()
    saved.forEach((value, index) => {
      const key = keyOf(value)
      if (!position.has(key)) position.set(key, index)
    })
    const at = (doc: unknown) => position.get(keyOf(doc)) ?? saved.length
    return [...answered].sort((a, b) => at(a) - at(b))
  }
}

function reorder(typeName: string, field: GraphQLField<Record<string, unknown>, unknown>): void {
  const payloadField = field.extensions?.field as PayloadField | undefined
  if (!payloadField?.hasMany || !payloadField.name || !field.resolve) return
  if (payloadField.type !== 'relationship' && payloadField.type !== 'upload') return
  if ((field as { [PATCHED]?: true })[PATCHED]) return
  requireTestedVersion(GRAPHQL_RELATIONSHIP_ORDER)
  const original = keepUnpatched(field as { resolve: typeof field.resolve }, 'resolve')
  field.resolve = inSavedOrder(payloadField.name, original!)
  ;(field as { [PATCHED]?: true })[PATCHED] = true
  reorderedRelationshipFields().set(`${typeName}.${field.name}`, field)
}

/** Every object type reachable from `type`, each once. */
function visit(type: GraphQLNamedType | undefined, seen: Set<string>): void {
  if (!type || !isObjectType(type) || seen.has(type.name)) return
  seen.add(type.name)
  for (const field of Object.values(type.getFields())) {
    reorder(type.name, field as GraphQLField<Record<string, unknown>, unknown>)
    visit(getNamedType(field.type), seen)
  }
}

/** Chains onto the config's own `graphQL.queries` (keeping what it returns). */
export function withRelationshipOrderInGraphQL(queries?: GraphQLExtension): GraphQLExtension {
  return (GraphQL, context) => {
    const seen = new Set<string>()
    for (const collection of Object.values(context.collections)) {
      if (collection.graphQL?.type) visit(collection.graphQL.type, seen)
    }
    for (const field of Object.values(context.Query.fields as Record<string, { type: unknown }>)) {
      visit(getNamedType(field.type as Parameters<typeof getNamedType>[0]), seen)
    }
    return queries?.(GraphQL, context) ?? {}
  }
}
