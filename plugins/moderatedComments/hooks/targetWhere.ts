/**
 * Lets GraphQL filter comments by their target. Payload's GraphQL schema offers a polymorphic
 * relationship's filter as `{ target: { relationTo, value } }`, but its query validation only knows
 * the REST form `target.value` / `target.relationTo` — so
 * `Comments(where: { target: { value: { equals: 3 } } })` answered "The following path cannot be
 * queried: target.value". This rewrites the GraphQL form into the REST one before the query runs:
 *
 *   { target: { relationTo: articles, value: { equals: 3 } } }
 *     → { and: [{ 'target.relationTo': { equals: 'articles' } }, { 'target.value': { equals: 3 } }] }
 *
 * A bare `value: 3` means `equals`. Anything else is left as it is.
 */
import type { CollectionBeforeOperationHook, Where } from 'payload'

import { isPlainObject } from '../../../collections/shared/objects.ts'
const POLYMORPHIC_KEYS = new Set(['relationTo', 'value'])

function asCondition(path: string, constraint: unknown): Where {
  return { [path]: isPlainObject(constraint) ? constraint : { equals: constraint } } as Where
}

export function rewritePolymorphicWhere(where: unknown, fieldNames: string[]): unknown {
  if (Array.isArray(where)) return where.map((item) => rewritePolymorphicWhere(item, fieldNames))
  if (!isPlainObject(where)) return where
  const conditions: Where[] = []
  const rest: Record<string, unknown> = {}
  for (const [key, constraint] of Object.entries(where)) {
    if (/^(and|or)$/i.test(key)) {
      rest[key] = rewritePolymorphicWhere(constraint, fieldNames)
    } else if (
      fieldNames.includes(key) &&
      isPlainObject(constraint) &&
      Object.keys(constraint).length > 0 &&
      Object.keys(constraint).every((name) => POLYMORPHIC_KEYS.has(name))
    ) {
      if ('relationTo' in constraint)
        conditions.push(asCondition(`${key}.relationTo`, constraint.relationTo))
      if ('value' in constraint) conditions.push(asCondition(`${key}.value`, constraint.value))
    } else {
      rest[key] = constraint
    }
  }
  if (conditions.length === 0) return rest
  return { and: [...(Object.keys(rest).length > 0 ? [rest] : []), ...conditions] }
}

export const rewriteTargetWhere =
  (fieldNames: string[]): CollectionBeforeOperationHook =>
  ({ args }) => {
    const withWhere = args as { where?: unknown }
    if (withWhere.where === undefined) return args
    return { ...args, where: rewritePolymorphicWhere(withWhere.where, fieldNames) } as typeof args
  }
