/**
 * What an id of a collection looks like — a number on PostgreSQL and SQLite, a string on MongoDB or for
 * custom text ids — so an id that cannot exist is answered 404 with the reason
 * instead of reaching the database (where `abc` or 99999999999999999999 is a type error, i.e. a 500).
 */
import type { Payload, SanitizedCollectionConfig } from 'payload'

export type IdRule = { type: 'number'; max: number } | { type: 'text'; maxLength: number }

/** PostgreSQL's `serial` ids are 4-byte integers; other adapters' numeric ids fit a double exactly. */
const MAX_SERIAL_ID = 2_147_483_647

export function idRuleOf(payload: Payload, collection: SanitizedCollectionConfig): IdRule {
  const customId = collection.flattenedFields.find((field) => field.name === 'id')
  if (!customId) return generatedIdRule(payload)
  // A custom numeric id is whatever number the project stores.
  return customId.type === 'number'
    ? { type: 'number', max: Number.MAX_SAFE_INTEGER }
    : { type: 'text', maxLength: 255 }
}

/**
 * The ids the database generates: of documents without a custom id, and of every version (a
 * collection's versions have ids of their own, whatever the collection's). Serial on PostgreSQL.
 */
export function generatedIdRule(payload: Payload): IdRule {
  if (payload.db.defaultIDType !== 'number') return { type: 'text', maxLength: 255 }
  return {
    type: 'number',
    max: payload.db.name === 'postgres' ? MAX_SERIAL_ID : Number.MAX_SAFE_INTEGER,
  }
}

/** Why `value` cannot be an id under `rule`, or undefined when it can. */
export function idProblem(value: unknown, rule: IdRule): string | undefined {
  if (rule.type === 'text') {
    if (typeof value === 'number') return undefined
    if (typeof value !== 'string' || value.length === 0 || value.length > rule.maxLength)
      return `ids are strings of 1 to ${rule.maxLength} characters`
    return undefined
  }
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || number > rule.max) {
    return `ids are whole numbers from 1 to ${rule.max}`
  }
  return undefined
}

/** `value` as an id under `rule` (digit strings become numbers for numeric ids), or undefined. */
export function parseId(value: unknown, rule: IdRule): number | string | undefined {
  if (idProblem(value, rule) !== undefined) return undefined
  if (rule.type === 'number' && typeof value === 'string') return Number(value)
  return value as number | string
}
