/**
 * URL slugs: lowercase ASCII words joined by hyphens, made from a title. Accented letters keep their
 * base letter ("Café" → "cafe"), so links stay readable and stable.
 */
import type { FieldHook, TextField, Validate } from 'payload'

import { previousSlugsField } from './previousSlugs.ts'

export const MAX_SLUG_LENGTH = 96

export function slugify(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, '')
  return slug || undefined
}

type SlugSource = Record<string, unknown> | undefined

/**
 * Fills the slug from the title when it is empty, and keeps following the title while the document
 * has never been published and nobody edited the slug — so an autosave of a half-typed title does not
 * fix the URL forever. Once published, the slug stays put: changing it would break links.
 */
const generateSlug =
  (useAsSlug: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    const previous = originalDoc as SlugSource
    const source = (data?.[useAsSlug] ?? previous?.[useAsSlug]) as unknown
    const typedByUser = typeof value === 'string' && value !== '' && value !== previous?.slug
    if (typedByUser) return slugify(value) ?? value

    const current = value || previous?.slug
    // Only drafts that were never published may still move; documents without drafts are public at once.
    const neverPublished = previous?._status === 'draft' && !previous?.publishedAt
    const followsTitle = !current || (neverPublished && current === slugify(previous?.[useAsSlug]))
    return followsTitle ? (slugify(source) ?? current) : current
  }

/** A clear message naming the conflict, before the database's unique index would refuse it. */
const slugIsFree: Validate<string, unknown, unknown, TextField> = async (
  value,
  { req, id, collectionSlug },
) => {
  if (!value) return 'A slug is required: give the document a title, or type a slug.'
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value))
    return 'Use lowercase letters, digits and single hyphens only.'
  if (!collectionSlug) return true
  const { docs } = await req.payload.find({
    collection: collectionSlug,
    where: { and: [{ slug: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
  })
  return docs.length === 0
    ? true
    : `The slug "${value}" is already used by another document. Change the title or edit the slug.`
}

/**
 * The `slug` field — generated from `useAsSlug`, editable, unique, indexed — and `previousSlugs`, the
 * earlier ones whose URLs redirect to it (previousSlugs.ts).
 */
export function slugFields(useAsSlug = 'title'): [TextField, TextField] {
  return [uniqueSlugField(useAsSlug), previousSlugsField()]
}

function uniqueSlugField(useAsSlug: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    // Not `required`: the hook fills it from the title, so API clients may leave it out (and the
    // generated types say so). slugIsFree still refuses an empty slug.
    maxLength: MAX_SLUG_LENGTH,
    validate: slugIsFree,
    hooks: { beforeValidate: [generateSlug(useAsSlug)] },
    admin: {
      position: 'sidebar',
      description: `Part of the web address. Generated from the ${useAsSlug} until the first publish; edit it to choose your own.`,
    },
  }
}
