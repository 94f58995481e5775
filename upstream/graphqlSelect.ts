/**
 * GraphQL reads load only the fields a query selects, unless the query says `select: false`.
 *
 * Payload's GraphQL reads every column of a document (and every relationship table) whatever the
 * query selects, unless it passes `select: true`; then Payload builds a `select` from the query and
 * the database reads only that. Few front ends know to pass it, so a list of article cards paid for
 * every field of every article: 0.61× plain Payload's speed, 0.97× with `select: true` (issue 23,
 * bench/RESULTS.md). Here `select` defaults to true on every collection and global read (not on
 * version reads, which only editors make).
 *
 * The upstream problems: under `select: true`, a relationship (or group, array, join) asked for
 * under an alias (`people: authors { slug }`) is loaded with the wrong select — Payload looks its
 * select up by the alias — and one asked for twice (`...Names ...Slugs`, both on `authors`) keeps
 * only the second's fields; and with two root fields in one operation, each root's select is kept
 * on the shared context, so relationships under one load with the other's. The fields left out
 * come back null, or the query fails with "Something went wrong". Such a query (whether it asked
 * for `select: true` or left it to the default) is read in full instead.
 *
 * The answer is the same either way: tests/library/graphqlSelect.test.ts compares the two on random
 * queries (aliases, fragments, two root fields) for every kind of reader. A field whose read access
 * or read hook looks at a sibling field must keep that sibling loaded (as Authors'
 * `keepLicenseVisibilityLoaded` does for license numbers).
 */
import {
  Kind,
  type FieldNode,
  type GraphQLFieldConfig,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql'
import type { GraphQLExtension } from 'payload'

import {
  keepUnpatched,
  replacedFields,
  requireTestedVersion,
  type Workaround,
} from './versionGuard.ts'

export const GRAPHQL_SELECT: Workaround = {
  problem:
    "under GraphQL's select: true, a relationship under an alias, asked twice, or beside another root field loads with the wrong select",
  upstream:
    '@payloadcms/graphql src/utilities/select.ts: resolveSelect looks fields up by response key, buildSelectTree overwrites a repeated field, resolvers share context.select',
  package: '@payloadcms/graphql',
  tested: ['3.90.'],
}

type SelectArgs = { select?: boolean | null }
type ReadField = GraphQLFieldConfig<unknown, unknown, SelectArgs>

/** The root fields whose resolver was replaced, by name (tests/int/upstreamProblems.test.ts). */
export function selectByDefaultFields(): Map<string, ReadField> {
  return replacedFields<ReadField>('invited-cms.graphqlSelectByDefault')
}

const SELECT_DESCRIPTION =
  'Read only the fields this query selects (the default). `false` reads every field of each document.'

/** The fields of one selection set, with those of its fragments (spread or inline) at the same level. */
function fieldsAtLevel(set: SelectionSetNode | undefined, info: GraphQLResolveInfo): FieldNode[] {
  if (!set) return []
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection]
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsAtLevel(selection.selectionSet, info)
    return fieldsAtLevel(info.fragments[selection.name.value]?.selectionSet, info)
  })
}

/** No field with sub-fields below this selection is aliased, or asked for twice at one level. */
function unambiguous(set: SelectionSetNode | undefined, info: GraphQLResolveInfo): boolean {
  const seen = new Set<string>()
  return fieldsAtLevel(set, info).every((field) => {
    if (!field.selectionSet) return true
    if (field.alias || seen.has(field.name.value)) return false
    seen.add(field.name.value)
    return unambiguous(field.selectionSet, info)
  })
}

/** Whether Payload's select, built from this root field's selection, loads what the answer needs. */
function leanReadIsSafe(info: GraphQLResolveInfo): boolean {
  const roots = fieldsAtLevel(info.operation.selectionSet, info).filter(
    (field) => field.name.value !== '__typename',
  )
  return (
    roots.length === 1 &&
    info.fieldNodes.length === 1 &&
    unambiguous(info.fieldNodes[0].selectionSet, info)
  )
}

/** Payload's read of a document, a page of documents or a global: it takes `select`; not a version read. */
const isDocumentRead = (name: string, field: ReadField) =>
  Boolean(field.args?.select) &&
  typeof field.resolve === 'function' &&
  !/^versions?[A-Z]/.test(name)

function selectByDefault(name: string, field: ReadField): void {
  requireTestedVersion(GRAPHQL_SELECT)
  const read = keepUnpatched(field as Required<Pick<ReadField, 'resolve'>>, 'resolve')
  field.resolve = (source, args, context, info) =>
    read(source, { ...args, select: args.select !== false && leanReadIsSafe(info) }, context, info)
  field.args = { ...field.args, select: { ...field.args!.select, description: SELECT_DESCRIPTION } }
  selectByDefaultFields().set(name, field)
}

/** Chains onto the config's own `graphQL.queries` (keeping what it returns). */
export function withSelectByDefaultInGraphQL(queries?: GraphQLExtension): GraphQLExtension {
  return (GraphQL, context) => {
    for (const [name, field] of Object.entries(context.Query.fields as Record<string, ReadField>)) {
      if (isDocumentRead(name, field)) selectByDefault(name, field)
    }
    return queries?.(GraphQL, context) ?? {}
  }
}
