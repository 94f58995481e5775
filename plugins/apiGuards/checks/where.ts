/**
 * A `where` filter, checked against the fields it names before it reaches the database: operators
 * that make sense for the field (`near` only on points, `like` only on text …) and values of the
 * field's type (numbers for numbers and ids, dates for dates, a select's own options …). Every problem
 * is reported with its path, all at once. Unknown paths are left to Payload, which names them too.
 */
import type { Problem } from '../types.ts'
import { isPlainObject } from '../../../collections/shared/objects.ts'
import type { FieldDescriptor, FieldResolver } from './fields.ts'
import { idProblem } from '../../shared/ids.ts'

const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'within',
  'intersects',
  'near',
] as const
const OPERATOR_SET = new Set<string>(OPERATORS)
const GEO = new Set(['near', 'within', 'intersects'])
const COMPARISONS = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const LISTS = new Set(['in', 'not_in', 'all'])

export type WhereCheckOptions = {
  /** `all` is implemented by MongoDB only; SQL adapters fail on it. */
  supportsAll: boolean
}

const isBooleanLike = (value: unknown) =>
  value === true || value === false || value === 'true' || value === 'false'

/** Which field kinds an operator applies to; undefined: all of them. */
function operatorProblem(
  field: FieldDescriptor,
  operator: string,
  options: WhereCheckOptions,
): string | undefined {
  if (GEO.has(operator))
    return field.kind === 'point' ? undefined : `"${operator}" works on point fields only`
  if (operator === 'all' && !options.supportsAll)
    return '"all" is not supported by this database: use "in"'
  if (operator === 'like' || operator === 'not_like') {
    return field.kind === 'text' ? undefined : `"${operator}" works on text fields only`
  }
  if (operator === 'contains') {
    const ok =
      field.kind === 'text' || (field.hasMany && ['select', 'number', 'id'].includes(field.kind))
    return ok ? undefined : `"contains" works on text fields and lists only`
  }
  if (COMPARISONS.has(operator)) {
    return ['number', 'date', 'id', 'text'].includes(field.kind)
      ? undefined
      : `"${operator}" works on numbers, dates and text only`
  }
  if (field.kind === 'point' && operator !== 'exists' && operator !== 'equals')
    return `a point field takes "near", "within", "intersects" or "exists"`
  if (
    field.kind === 'polymorphic' &&
    !['equals', 'not_equals', 'in', 'not_in', 'exists'].includes(operator)
  ) {
    return `"${operator}" does not work on a relationship to several collections: filter on its .value or .relationTo`
  }
  return undefined
}

/** Why `value` does not fit the field, or undefined. */
function valueProblem(field: FieldDescriptor, value: unknown): string | undefined {
  if (value === null) return undefined
  if (field.kind === 'polymorphic') {
    const target = isPlainObject(value) ? value : {}
    if (
      typeof target.relationTo !== 'string' ||
      !field.options?.includes(target.relationTo) ||
      target.value === undefined
    )
      return `takes { relationTo, value } with relationTo one of: ${field.options?.join(', ')} (or filter on its .value and .relationTo)`
    const rule = field.ids?.[target.relationTo]
    const wrongId = rule && target.value !== null ? idProblem(target.value, rule) : undefined
    return wrongId && `takes a value that is an id of ${target.relationTo}: ${wrongId}`
  }
  if (typeof value === 'object')
    return field.kind === 'json' ? undefined : 'takes a single value, not an object or list'
  switch (field.kind) {
    case 'number':
      return typeof value !== 'boolean' &&
        String(value).trim() !== '' &&
        Number.isFinite(Number(value))
        ? undefined
        : 'takes numbers'
    case 'id':
      return field.id ? idProblem(value, field.id) : undefined
    case 'date':
      return typeof value !== 'boolean' && !Number.isNaN(Date.parse(String(value)))
        ? undefined
        : 'takes dates such as 2026-03-30 or 2026-03-30T09:00:00Z'
    case 'checkbox':
      return isBooleanLike(value) ? undefined : 'takes true or false'
    case 'select':
      return field.options?.includes(String(value))
        ? undefined
        : `takes one of: ${field.options?.join(', ')}`
    default:
      return undefined
  }
}

function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value.split(',')
  return [value]
}

export function whereProblems(
  where: unknown,
  resolve: FieldResolver,
  options: WhereCheckOptions,
  root = 'where',
): Problem[] {
  const problems: Problem[] = []
  const walk = (node: unknown, trail: string) => {
    if (!isPlainObject(node)) {
      problems.push({
        path: trail,
        message: `${trail} must be an object of field paths and operators, e.g. where[title][equals]=…`,
      })
      return
    }
    for (const [key, constraint] of Object.entries(node)) {
      const path = `${trail}.${key}`
      if (/^(and|or)$/i.test(key)) {
        if (!Array.isArray(constraint))
          problems.push({
            path,
            message: `${path} must be a list of conditions, e.g. where[${key}][0][title][equals]=…`,
          })
        else constraint.forEach((item, index) => walk(item, `${path}.${index}`))
        continue
      }
      if (!isPlainObject(constraint)) {
        problems.push({
          path,
          message: `${path} must name an operator, e.g. where[${key}][equals]=…`,
        })
        continue
      }
      const field = resolve(key)
      for (const [operator, value] of Object.entries(constraint)) {
        const at = `${path}.${operator}`
        if (!OPERATOR_SET.has(operator)) {
          problems.push({
            path: at,
            message: `${at}: "${operator}" is not an operator. Use one of: ${OPERATORS.join(', ')}.`,
          })
          continue
        }
        if (!field) continue
        if ('unsupported' in field) {
          problems.push({ path: at, message: field.unsupported })
          continue
        }
        const wrongOperator = operatorProblem(field, operator, options)
        if (wrongOperator) {
          problems.push({ path: at, message: `${at}: ${wrongOperator}.` })
          continue
        }
        if (operator === 'exists') {
          if (!isBooleanLike(value))
            problems.push({ path: at, message: `${at}: "exists" takes true or false.` })
          continue
        }
        if (GEO.has(operator)) continue
        const values = LISTS.has(operator) ? listOf(value) : [value]
        for (const item of values) {
          const wrongValue = valueProblem(field, item)
          if (!wrongValue) continue
          problems.push({
            path: at,
            message: `${at}: ${key} ${wrongValue} (got ${JSON.stringify(item)}).`,
          })
          break
        }
      }
    }
  }
  walk(where, root)
  return problems
}
