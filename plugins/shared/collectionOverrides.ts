/**
 * Overrides for a collection a plugin adds, in the shape Payload's official plugins use
 * (plugin-search's `searchOverrides`, plugin-form-builder's `formOverrides`), and the one place where
 * every plugin of this library checks and applies them.
 */
import type { Access, CollectionConfig, Field } from 'payload'

import { OptionProblems } from './optionProblems.ts'

/**
 * Changes to a collection a plugin adds. Anything a `CollectionConfig` takes, with `fields` as a
 * function of the plugin's own fields. What the plugin relies on is kept:
 * - `fields({ defaultFields })` returns the collection's fields: the plugin's (`defaultFields`, which
 *   you may reorder, wrap in rows or tabs without a name, or give other admin settings) and yours.
 *   Every named field of the plugin must still be there: its hooks, endpoints and access read them.
 * - `hooks` are added after the plugin's own, hook by hook: the plugin's run first, then yours.
 * - `access` narrows, operation by operation: a request must pass the plugin's rule (Payload's
 *   default, signed-in users, where the plugin sets none) and yours; two `Where`s are joined with
 *   `and`. An override can keep people out, never let more in.
 * - `endpoints` are added to the plugin's; `admin` and `custom` are merged key by key (yours win),
 *   and so is `admin.components`.
 * - `slug` is refused: the plugin's slug option renames the collection, and everything that points at
 *   it follows. `auth` is refused too, and a plugin may refuse more keys its collection depends on
 *   (its option check names them).
 * - Every other key (`labels`, `defaultSort`, `versions` …) replaces the plugin's.
 */
export type CollectionOverrides = {
  fields?: (args: { defaultFields: Field[] }) => Field[]
} & Partial<Omit<CollectionConfig, 'fields'>>

/** Keys an override may not set, with what to do instead; `slug` and `auth` are always refused. */
export type RefusedOverrides = Partial<Record<keyof CollectionConfig, string>>

const ALWAYS_REFUSED: RefusedOverrides = {
  auth: 'a collection of the plugin cannot become a sign-in collection',
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isListOfFunctions = (value: unknown) =>
  Array.isArray(value) && value.every((item) => typeof item === 'function')

/**
 * Records every problem with one collection's overrides under `option` (`overrides.articles`):
 * wrong types, and keys the plugin refuses (`slug` always, named by `slugOption`).
 */
export function checkCollectionOverrides(
  problems: OptionProblems,
  option: string,
  value: unknown,
  slugOption: string,
  refused: RefusedOverrides = {},
): void {
  if (value === undefined) return
  problems.expect(isObject(value), option, 'an object of collection overrides', value)
  if (!isObject(value)) return
  const why: RefusedOverrides = {
    slug: `the collection is renamed with "${slugOption}"`,
    ...ALWAYS_REFUSED,
    ...refused,
  }
  for (const [key, reason] of Object.entries(why)) {
    problems.expect(
      value[key] === undefined,
      `${option}.${key}`,
      `left out (${reason})`,
      value[key],
    )
  }
  problems.expect(
    value.fields === undefined || typeof value.fields === 'function',
    `${option}.fields`,
    'a function ({ defaultFields }) => fields',
    value.fields,
  )
  const hooks = value.hooks
  problems.expect(
    hooks === undefined || (isObject(hooks) && Object.values(hooks).every(isListOfFunctions)),
    `${option}.hooks`,
    'an object of lists of hook functions',
    hooks,
  )
  const access = value.access
  problems.expect(
    access === undefined ||
      (isObject(access) && Object.values(access).every((rule) => typeof rule === 'function')),
    `${option}.access`,
    'an object of access functions',
    access,
  )
  problems.expect(
    value.endpoints === undefined || Array.isArray(value.endpoints),
    `${option}.endpoints`,
    'a list of endpoints',
    value.endpoints,
  )
  for (const key of ['admin', 'custom', 'labels'] as const) {
    problems.expect(
      value[key] === undefined || isObject(value[key]),
      `${option}.${key}`,
      'an object',
      value[key],
    )
  }
}

/** The names of the fields that hold data, through rows, collapsibles and unnamed tabs. */
function dataFieldNames(fields: Field[]): string[] {
  return fields.flatMap((field): string[] => {
    if ('name' in field && typeof field.name === 'string') return [field.name]
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && typeof tab.name === 'string' ? [tab.name] : dataFieldNames(tab.fields),
      )
    }
    return 'fields' in field && Array.isArray(field.fields) ? dataFieldNames(field.fields) : []
  })
}

const signedIn: Access = ({ req }) => Boolean(req.user)

/** A rule that lets a request through only where both rules do. */
function bothRules(ours: Access, theirs: Access): Access {
  return async (args) => {
    const first = await ours(args)
    if (!first) return false
    const second = await theirs(args)
    if (!second) return false
    if (first === true) return second
    if (second === true) return first
    return { and: [first, second] }
  }
}

function narrowedAccess(
  ours: CollectionConfig['access'] = {},
  theirs: CollectionConfig['access'] = {},
): CollectionConfig['access'] {
  const access: Record<string, unknown> = { ...ours }
  for (const [operation, rule] of Object.entries(theirs)) {
    if (typeof rule !== 'function') continue
    const own = (ours as Record<string, Access | undefined>)[operation] ?? signedIn
    access[operation] = bothRules(own, rule as Access)
  }
  return access as CollectionConfig['access']
}

function mergedHooks(
  ours: CollectionConfig['hooks'] = {},
  theirs: CollectionConfig['hooks'] = {},
): CollectionConfig['hooks'] {
  const hooks: Record<string, unknown[]> = {}
  for (const name of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    hooks[name] = [
      ...((ours as Record<string, unknown[] | undefined>)[name] ?? []),
      ...((theirs as Record<string, unknown[] | undefined>)[name] ?? []),
    ]
  }
  return hooks as CollectionConfig['hooks']
}

/**
 * The plugin's collection with the overrides applied (see CollectionOverrides). The overrides must
 * have passed checkCollectionOverrides; a `fields` function that drops a field of the plugin throws,
 * prefixed with the plugin's name and naming the option and the missing fields.
 */
export function applyCollectionOverrides(
  collection: CollectionConfig,
  overrides: CollectionOverrides | undefined,
  { plugin, option }: { plugin: string; option: string },
): CollectionConfig {
  if (!overrides) return collection
  const { fields, hooks, access, endpoints, admin, custom, ...rest } = overrides
  const defaultFields = collection.fields
  const newFields = fields ? fields({ defaultFields }) : defaultFields
  const problems = new OptionProblems(plugin)
  problems.expect(
    Array.isArray(newFields),
    `${option}.fields`,
    'a function returning a list of fields',
    newFields,
  )
  problems.throwIfAny()
  const kept = new Set(dataFieldNames(newFields))
  const missing = dataFieldNames(defaultFields).filter((name) => !kept.has(name))
  problems.expect(
    missing.length === 0,
    `${option}.fields`,
    `a function returning the plugin's fields with yours (missing: ${missing.join(', ')})`,
    fields,
  )
  problems.throwIfAny()
  return {
    ...collection,
    ...rest,
    slug: collection.slug,
    fields: newFields,
    hooks: hooks ? mergedHooks(collection.hooks, hooks) : collection.hooks,
    access: access ? narrowedAccess(collection.access, access) : collection.access,
    endpoints:
      endpoints && endpoints.length > 0
        ? [...(collection.endpoints || []), ...endpoints]
        : collection.endpoints,
    admin: admin
      ? {
          ...collection.admin,
          ...admin,
          components: { ...collection.admin?.components, ...admin.components },
        }
      : collection.admin,
    custom: custom ? { ...collection.custom, ...custom } : collection.custom,
  }
}
