/**
 * Random, schema-valid GraphQL queries for fuzzing, built from the committed schema.graphql: a root
 * query field with random arguments (filters with random operators and values, limits, pages, sorts,
 * drafts), a random selection nested a few levels (relations, joins, unions through inline fragments),
 * random aliases and named fragments. Valid documents are what reach Payload's resolvers; invalid ones
 * only exercise the validator. Driven by one seed, so fast-check can replay a failing case.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql'

let schema: GraphQLSchema | undefined
const committedSchema = () =>
  (schema ??= buildSchema(
    readFileSync(path.resolve(import.meta.dirname, '../../schema.graphql'), 'utf8'),
  ))

/** mulberry32: small, fast, good enough to drive choices from one 32-bit seed. */
function randomSource(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    chance: (p: number) => next() < p,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
  }
}
type Random = ReturnType<typeof randomSource>

const WEIRD_STRINGS = [
  '',
  ' ',
  '%',
  '_',
  "'; DROP TABLE articles; --",
  '\u0000',
  'ü\u200b',
  '*',
  'a'.repeat(300),
]
const WEIRD_NUMBERS = [0, -1, 1, 2 ** 31 - 1, -(2 ** 31)]
/** Words content holds — among them the fuzz test's drafts' own (search must never find those). */
const WORDS = [
  'lauren',
  'fuzzing target',
  'leakmarker',
  'leakmarkerdraftbody',
  'leakmarkernewerdraft',
  '"newer draft" or target',
]
/** Root fields asked for more often than chance would: where drafts could leak in bulk. */
const FAVOURED_ROOTS = ['searchArticles']

function scalarValue(type: GraphQLNamedType, random: Random): string {
  if (isEnumType(type)) return random.pick(type.getValues()).name
  switch (type.name) {
    case 'Int':
      return String(random.pick([...WEIRD_NUMBERS, random.int(-5, 50)]))
    case 'Float':
      return String(random.pick([0, -1.5, 1e300, random.int(-5, 50) / 3]))
    case 'Boolean':
      return random.pick(['true', 'false'])
    case 'JSON':
    case 'JSONObject':
      return random.pick(['{}', '{ a: 1 }', '[]', '"x"', 'null'])
    default:
      return JSON.stringify(random.pick([...WEIRD_STRINGS, String(random.int(-3, 30)), ...WORDS]))
  }
}

function inputValue(type: GraphQLInputType, random: Random, depth: number): string {
  if (isNonNullType(type)) return inputValue(type.ofType, random, depth)
  if (isListType(type)) {
    const items = Array.from({ length: random.int(0, 3) }, () =>
      inputValue(type.ofType, random, depth + 1),
    )
    return `[${items.join(', ')}]`
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields())
    const required = fields.filter((field) => isNonNullType(field.type))
    const chosen = depth > 3 ? required : [...required, ...pickSome(fields, random, 2)]
    const unique = [...new Set(chosen)]
    return `{ ${unique.map((field) => `${field.name}: ${inputValue(field.type, random, depth + 1)}`).join(', ')} }`
  }
  return scalarValue(getNamedType(type), random)
}

/** Up to `most` different items (GraphQL refuses one field selected twice with other arguments). */
function pickSome<T>(items: readonly T[], random: Random, most: number): T[] {
  const wanted = random.int(0, Math.min(most, items.length))
  const chosen = new Set<T>()
  while (chosen.size < wanted) chosen.add(random.pick(items))
  return [...chosen]
}

function argumentsOf(field: GraphQLField<unknown, unknown>, random: Random): string {
  const required = field.args.filter((arg) => isNonNullType(arg.type))
  const unique = [...new Set([...required, ...pickSome(field.args, random, 3)])]
  if (unique.length === 0) return ''
  return `(${unique.map((arg) => `${arg.name}: ${inputValue(arg.type, random, 0)}`).join(', ')})`
}

function selection(
  type: GraphQLNamedType,
  random: Random,
  depth: number,
  fragments: string[],
  aliases = true,
): string {
  if (isLeafType(type)) return ''
  if (isUnionType(type)) {
    const members = pickSome(type.getTypes(), random, 2)
    const parts = members.map(
      (member) =>
        `... on ${member.name} ${selection(member, random, depth, fragments, aliases) || '{ __typename }'}`,
    )
    return `{ __typename ${parts.join(' ')} }`
  }
  if (!isObjectType(type)) return '{ __typename }'
  const fields = Object.values((type as GraphQLObjectType).getFields())
  const leaves = fields.filter((field) => isLeafType(getNamedType(field.type)))
  const branches = fields.filter((field) => !isLeafType(getNamedType(field.type)))
  const parts: string[] = []
  // Fields that hold private data are asked for every time they exist: a leak shows on the first case
  // that reaches them, not by chance.
  const chosen = new Set([
    ...leaves.filter((field) => PRIVATE_FIELDS.has(field.name)),
    ...pickSome(leaves, random, 4),
  ])
  for (const field of chosen) parts.push(aliases ? aliased(field.name, random) : field.name)
  if (depth < 5) {
    for (const field of pickSome(branches, random, 2)) {
      const inner = selection(getNamedType(field.type), random, depth + 1, fragments, aliases)
      const name = aliases ? aliased(field.name, random) : field.name
      parts.push(`${name}${argumentsOf(field, random)} ${inner}`)
    }
  }
  if (parts.length === 0) parts.push('__typename')
  if (random.chance(0.15)) {
    const name = `F${fragments.length}`
    fragments.push(`fragment ${name} on ${type.name} { ${parts.join(' ')} }`)
    return `{ ...${name} }`
  }
  return `{ ${parts.join(' ')} }`
}

/** Field names that must read as null for anonymous readers (private to staff or moderators). */
const PRIVATE_FIELDS = new Set([
  'authorEmail',
  'ipHash',
  'userAgent',
  'flags',
  'urgent',
  'moderationNote',
  'licenseNumber',
  'privateNotes',
  'expiringLicenses',
  'email',
  'resetPasswordToken',
])

let aliasCount = 0
const aliased = (name: string, random: Random) =>
  random.chance(0.2) ? `a${(aliasCount += 1)}: ${name}` : name

/** One random query against the committed schema, from this seed. */
export function randomQuery(seed: number): string {
  const random = randomSource(seed)
  const query = committedSchema().getQueryType()
  if (!query) throw new Error('schema.graphql has no Query type')
  const rootFields = query.getFields()
  const roots = pickSome(Object.values(rootFields), random, 2)
  for (const name of FAVOURED_ROOTS) {
    if (rootFields[name] && !roots.includes(rootFields[name]) && random.chance(0.2)) {
      roots.push(rootFields[name])
    }
  }
  const fragments: string[] = []
  const fields = (roots.length > 0 ? roots : [random.pick(Object.values(query.getFields()))]).map(
    (field) =>
      `${aliased(field.name, random)}${argumentsOf(field, random)} ${selection(getNamedType(field.type), random, 0, fragments)}`,
  )
  return [`query Fuzz { ${fields.join(' ')} }`, ...fragments].join('\n')
}

/**
 * A random selection on one type of the committed schema (fields, relations, joins with random
 * arguments, fragments, and aliases unless `aliases` is false), as `{ … }` plus the fragments it
 * spreads: for comparing two ways of answering one query.
 */
export function randomSelection(
  typeName: string,
  seed: number,
  { aliases = true }: { aliases?: boolean } = {},
): { selection: string; fragments: string[] } {
  const type = committedSchema().getType(typeName)
  if (!type) throw new Error(`schema.graphql has no type ${typeName}`)
  const fragments: string[] = []
  aliasCount = 0 // the same seed, the same aliases
  const selected = selection(type, randomSource(seed), 1, fragments, aliases)
  return { selection: selected || '{ __typename }', fragments }
}
