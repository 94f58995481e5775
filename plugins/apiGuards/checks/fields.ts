/**
 * What the guards need to know about the field a query path ends at: its kind (which operators and
 * values make sense), the options of a select, the id format behind a relationship. Built from
 * Payload's own path resolution, so nested paths (`categories.slug`, `meta.title`,
 * `credentials.credential`, a polymorphic `target.value`) mean what they mean to Payload.
 */
import {
  getLocalizedPaths,
  type Collection,
  type FlattenedField,
  type Payload,
  type SanitizedCollectionConfig,
} from 'payload'

import { idRuleOf, type IdRule } from '../../../collections/shared/ids.ts'

export type FieldKind =
  | 'text'
  | 'number'
  | 'date'
  | 'checkbox'
  | 'select'
  | 'id'
  | 'polymorphic'
  | 'point'
  | 'json'
  | 'other'

export type FieldDescriptor = {
  kind: FieldKind
  hasMany?: boolean
  /** select and radio: the values it takes; polymorphic relationships: the collections they point to. */
  options?: string[]
  /** id and relationship paths: what an id of the related collection looks like. */
  id?: IdRule
}

/** `undefined`: no such path (Payload reports it); `unsupported`: Payload cannot query through it. */
export type FieldResolver = (path: string) => FieldDescriptor | { unsupported: string } | undefined

/** A collection's config by slug, for slugs that come from requests and other projects' configs. */
export const collectionBySlug = (
  payload: Payload,
  slug: string,
): SanitizedCollectionConfig | undefined =>
  (payload.collections as Record<string, Collection | undefined>)[slug]?.config

const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code'])

const optionValues = (field: FlattenedField): string[] =>
  'options' in field && Array.isArray(field.options)
    ? field.options.map((option) => (typeof option === 'string' ? option : option.value))
    : []

function relationshipDescriptor(
  payload: Payload,
  field: FlattenedField,
  path: string,
): FieldDescriptor {
  const relationTo = 'relationTo' in field ? field.relationTo : undefined
  if (typeof relationTo === 'string') {
    const related = collectionBySlug(payload, relationTo)
    return {
      kind: 'id',
      hasMany: 'hasMany' in field && Boolean(field.hasMany),
      id: related && idRuleOf(payload, related),
    }
  }
  const targets = (relationTo ?? []) as string[]
  const last = path.split('.').at(-1)
  if (last === 'relationTo') return { kind: 'select', options: targets }
  if (last === 'value') {
    // A numeric rule only when every target collection has numeric ids.
    const rules = targets
      .flatMap((slug) => collectionBySlug(payload, slug) ?? [])
      .map((config) => idRuleOf(payload, config))
    return {
      kind: 'id',
      id: rules.every((rule) => rule.type === 'number')
        ? rules[0]
        : { type: 'text', maxLength: 255 },
    }
  }
  // The whole relationship, compared with { relationTo, value } (as GraphQL's join resolver does).
  return { kind: 'polymorphic', options: targets }
}

export function describeField(
  payload: Payload,
  field: FlattenedField,
  path: string,
  collectionSlug?: string,
): FieldDescriptor {
  if (
    field.name === 'id' &&
    (field.type === 'number' || field.type === 'text') &&
    path.split('.').at(-1) === 'id'
  ) {
    const collection = collectionSlug ? collectionBySlug(payload, collectionSlug) : undefined
    if (collection) return { kind: 'id', id: idRuleOf(payload, collection) }
  }
  const hasMany = 'hasMany' in field && Boolean(field.hasMany)
  if (TEXT_TYPES.has(field.type)) return { kind: 'text', hasMany }
  switch (field.type) {
    case 'number':
      return { kind: 'number', hasMany }
    case 'date':
      return { kind: 'date' }
    case 'checkbox':
      return { kind: 'checkbox' }
    case 'select':
    case 'radio':
      return { kind: 'select', hasMany, options: optionValues(field) }
    case 'relationship':
    case 'upload':
      return relationshipDescriptor(payload, field, path)
    case 'point':
      return { kind: 'point' }
    case 'json':
    case 'richText':
      return { kind: 'json' }
    default:
      return { kind: 'other' }
  }
}

/** Resolves query paths of one collection the way Payload's query validation does. */
export function fieldResolver(
  payload: Payload,
  collection: SanitizedCollectionConfig,
): FieldResolver {
  return (path) => {
    if (!/^\w+(?:\.\w+)*$/.test(path)) return undefined
    let paths
    try {
      paths = getLocalizedPaths({
        collectionSlug: collection.slug,
        fields: collection.flattenedFields,
        incomingPath: path,
        overrideAccess: true,
        payload,
      })
    } catch (error) {
      return { unsupported: `${path} cannot be queried: ${(error as Error).message}.` }
    }
    const last = paths.at(-1)
    if (!last?.field || paths.some((candidate) => candidate.invalid)) return undefined
    if (
      last.field.type === 'join' &&
      Array.isArray((last.field.targetField as { relationTo?: unknown } | undefined)?.relationTo)
    ) {
      // The database adapter cannot filter on a join over a relationship to several collections.
      return {
        unsupported: `${path} lists related documents and cannot be filtered on itself: filter on one of their fields, e.g. ${path}.createdAt.`,
      }
    }
    return describeField(payload, last.field, path, last.collectionSlug ?? collection.slug)
  }
}
