/**
 * A reader who filters services by a provider finds what they would see: a clinical service does not
 * match on a provider who no longer practises clinically (../lapsedProviders.ts). Each condition on
 * `providers` (ids: `equals`, `in`, `all`) or on a provider's field (`providers.slug`, `providers.name`
 * …) becomes "a non-clinical service matching it as asked, or a clinical service listing one of the
 * practising authors who match it":
 *
 *   { providers: { equals: 7 } }
 *   →  { or: [
 *          { and: [{ kind: { not_equals: 'clinical' } }, { providers: { equals: 7 } }] },
 *          { and: [{ kind: { equals: 'clinical' } }, { providers: { in: [7] } }] },  // only if 7 practises
 *        ] }
 *
 * Negative conditions (`not_equals`, `not_in`, `not_like`, `exists`) are left as they are: a
 * clinical service whose only lapsed provider is 7 does not match `providers not_equals 7` though
 * a reader sees no 7 on it. For reads (find, count, distinct) by anyone but editors and admins, and
 * not for the server's own calls. Installed after every other `beforeOperation` hook (in
 * practiceContent's onInit), so that request checks (apiGuards) name the problems in the `where` the
 * client sent.
 */
import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import { isPlainObject } from '../../shared/objects.ts'
import {
  practisingAuthorIds,
  PRACTICES_CLINICALLY,
  seesLapsedProviders,
} from '../lapsedProviders.ts'

const READS = new Set(['read', 'count', 'readDistinct'])
const ID_OPERATORS = new Set(['equals', 'in', 'all'])
const NEGATIVE_OPERATORS = new Set(['not_equals', 'not_in', 'not_like', 'exists'])
const FIELD = 'providers'

const NOT_CLINICAL: Where = { kind: { not_equals: 'clinical' } }
const CLINICAL: Where = { kind: { equals: 'clinical' } }

/** `in` and `all` values as REST sends them ("1,2" or ["1", "2"]) or GraphQL ([1, 2]). */
const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]

const isSet = (value: unknown) => value !== null && value !== undefined && value !== ''

function mentionsProviders(where: unknown): boolean {
  if (!isPlainObject(where)) return false
  return Object.entries(where).some(([key, condition]) =>
    (key === 'and' || key === 'or') && Array.isArray(condition)
      ? condition.some(mentionsProviders)
      : key === FIELD || key.startsWith(`${FIELD}.`),
  )
}

type Rewrite = (where: Where) => Promise<Where>

function rewriterFor(req: PayloadRequest, authorsSlug: string): Rewrite {
  /** The conditions a clinical service must meet for `key: operators`, or null: none can. */
  async function onClinical(key: string, operators: Record<string, unknown>) {
    const positive = Object.entries(operators).filter(
      ([operator, value]) =>
        !NEGATIVE_OPERATORS.has(operator) &&
        isSet(value) &&
        (key !== FIELD || ID_OPERATORS.has(operator)),
    )
    if (positive.length === 0) return undefined // nothing to change
    const rest = Object.fromEntries(
      Object.entries(operators).filter(([operator]) => !positive.some(([p]) => p === operator)),
    )
    const conditions: Where[] = Object.keys(rest).length > 0 ? [{ [key]: rest }] : []
    if (key === FIELD) {
      const practising = await practisingAuthorIds(req, authorsSlug)
      for (const [operator, value] of positive) {
        const ids = listOf(value)
        const kept = ids.filter((id) => practising.has(String(id)))
        if (kept.length === 0 || (operator === 'all' && kept.length < ids.length)) return null
        conditions.push({ [FIELD]: { [operator === 'all' ? 'all' : 'in']: kept } })
      }
      return conditions
    }
    // A provider's own field: the practising authors who match it, by id.
    let matching: (number | string)[]
    try {
      const { docs } = await req.payload.find({
        collection: authorsSlug,
        where: {
          and: [
            { [key.slice(FIELD.length + 1)]: Object.fromEntries(positive) },
            { [PRACTICES_CLINICALLY]: { equals: true } },
          ],
        },
        select: { [PRACTICES_CLINICALLY]: true },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
      matching = docs.map((doc) => doc.id)
    } catch {
      // A path or value Payload refuses: it refuses the client's own `where` too, with its own message.
      return undefined
    }
    if (matching.length === 0) return null
    conditions.push({ [FIELD]: { in: matching } })
    return conditions
  }

  const rewrite: Rewrite = async (where) => {
    const kept: Where = {}
    const rewritten: Where[] = []
    for (const [key, condition] of Object.entries(where)) {
      if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
        kept[key] = await Promise.all(
          condition.map((inner) => (isPlainObject(inner) ? rewrite(inner as Where) : inner)),
        )
      } else if ((key === FIELD || key.startsWith(`${FIELD}.`)) && isPlainObject(condition)) {
        const clinical = await onClinical(key, condition)
        if (clinical === undefined) kept[key] = condition as Where[string]
        else
          rewritten.push({
            or: [
              { and: [NOT_CLINICAL, { [key]: condition } as Where] },
              ...(clinical ? [{ and: [CLINICAL, ...clinical] }] : []),
            ],
          })
      } else kept[key] = condition as Where[string]
    }
    if (rewritten.length === 0) return kept
    return { and: [...(Object.keys(kept).length > 0 ? [kept] : []), ...rewritten] }
  }
  return rewrite
}

export const hideLapsedProvidersInWhere =
  (authorsSlug: string): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    const { where, overrideAccess } = args as { where?: unknown; overrideAccess?: boolean }
    if (!READS.has(operation) || !req || seesLapsedProviders(req, overrideAccess)) return args
    if (!mentionsProviders(where)) return args
    return { ...args, where: await rewriterFor(req, authorsSlug)(where as Where) }
  }
