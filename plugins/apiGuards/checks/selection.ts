/**
 * `select`, `populate`, `sort` and `joins`: the parameters that shape an answer. Payload ignores a
 * field name it does not know (a typo in `sort` or `select` silently changes the answer) and fails
 * on some malformed shapes; here each is checked against the collection's fields and named.
 */
import type { FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'

import { isPlainObject } from '../../../collections/shared/objects.ts'
import type { Problem } from '../types.ts'
import { collectionBySlug, fieldResolver, type FieldResolver } from './fields.ts'
import { pagingProblems, type PagingBounds } from './paging.ts'
import { whereProblems, type WhereCheckOptions } from './where.ts'

const nestedFields = (field: FlattenedField): FlattenedField[] | undefined =>
  'flattenedFields' in field ? (field.flattenedFields as FlattenedField[]) : undefined

export function selectProblems(
  select: unknown,
  fields: FlattenedField[],
  trail = 'select',
): Problem[] {
  if (select === undefined) return []
  if (!isPlainObject(select))
    return [{ path: trail, message: `${trail} must list fields, e.g. ${trail}[title]=true.` }]
  const problems: Problem[] = []
  for (const [name, value] of Object.entries(select)) {
    const path = `${trail}.${name}`
    const field = fields.find((candidate) => candidate.name === name)
    if (!field && name !== 'id') {
      problems.push({ path, message: `${path}: there is no field "${name}" here.` })
    } else if (isPlainObject(value)) {
      const nested = field && nestedFields(field)
      if (nested) problems.push(...selectProblems(value, nested, path))
      else if (field?.type !== 'blocks') {
        problems.push({
          path,
          message: `${path} takes true or false (choose fields of related documents with populate).`,
        })
      }
    } else if (typeof value !== 'boolean') {
      problems.push({
        path,
        message: `${path} takes true or false (got ${JSON.stringify(value)}).`,
      })
    }
  }
  return problems
}

export function populateProblems(populate: unknown, payload: Payload): Problem[] {
  if (populate === undefined || populate === null) return []
  if (!isPlainObject(populate))
    return [
      {
        path: 'populate',
        message:
          'populate must name collections and their fields, e.g. populate[authors][name]=true.',
      },
    ]
  return Object.entries(populate).flatMap(([slug, select]) => {
    const collection = collectionBySlug(payload, slug)
    if (!collection)
      return [
        {
          path: `populate.${slug}`,
          message: `populate.${slug}: there is no collection "${slug}".`,
        },
      ]
    return selectProblems(select, collection.flattenedFields, `populate.${slug}`)
  })
}

export function sortProblems(sort: unknown, resolve: FieldResolver, trail = 'sort'): Problem[] {
  if (sort === undefined || sort === null) return []
  const terms = typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort : null
  if (!terms || terms.some((term) => typeof term !== 'string')) {
    return [
      {
        path: trail,
        message: `${trail} must be field names separated by commas, e.g. -publishedAt,title.`,
      },
    ]
  }
  return (terms as string[]).flatMap((term) => {
    const path = term.trim().replace(/^-/, '').replace(/__/g, '.')
    if (path === 'id') return []
    const field = path ? resolve(path) : undefined
    if (field && !('unsupported' in field)) return []
    return [
      {
        path: trail,
        message: `${trail}: cannot sort by "${term}": ${path ? 'there is no such field' : 'empty field name'}. Use a field name, with "-" in front for descending order.`,
      },
    ]
  })
}

/** The field at a dotted path through groups and tabs, as `joins` names join fields. */
function fieldAtPath(fields: FlattenedField[], path: string): FlattenedField | undefined {
  const [name, ...rest] = path.split('.')
  const field = fields.find((candidate) => candidate.name === name)
  if (!field || rest.length === 0) return field
  const nested = nestedFields(field)
  return nested ? fieldAtPath(nested, rest.join('.')) : undefined
}

export function joinsProblems(
  joins: unknown,
  payload: Payload,
  collection: SanitizedCollectionConfig,
  { bounds, where }: { bounds: PagingBounds; where: WhereCheckOptions },
): Problem[] {
  if (joins === undefined || joins === false) return []
  if (!isPlainObject(joins))
    return [
      {
        path: 'joins',
        message: 'joins must name join fields, e.g. joins[comments][limit]=5, or be false.',
      },
    ]
  const problems: Problem[] = []
  for (const [path, query] of Object.entries(joins)) {
    const trail = `joins.${path}`
    const field = fieldAtPath(collection.flattenedFields, path)
    if (field?.type !== 'join') {
      problems.push({ path: trail, message: `${trail}: there is no join field "${path}".` })
      continue
    }
    if (query === false) continue
    if (!isPlainObject(query)) {
      problems.push({
        path: trail,
        message: `${trail} takes limit, page, sort, where and count, or false.`,
      })
      continue
    }
    const joined =
      typeof field.collection === 'string' ? collectionBySlug(payload, field.collection) : undefined
    problems.push(
      ...pagingProblems(
        { limit: query.limit, page: query.page },
        { ...bounds, defaultLimit: field.defaultLimit ?? bounds.defaultLimit },
      ).map((problem) => ({
        path: `${trail}.${problem.path}`,
        message: `${trail}: ${problem.message}`,
      })),
    )
    if (joined) {
      const resolve = fieldResolver(payload, joined)
      if (query.where !== undefined)
        problems.push(...whereProblems(query.where, resolve, where, `${trail}.where`))
      problems.push(...sortProblems(query.sort, resolve, `${trail}.sort`))
    }
  }
  return problems
}
