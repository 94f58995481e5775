/**
 * `meta.title`, `meta.description` and `meta.image` always hold what search engines and link
 * previews should show. Left empty by the writer, they are filled from the title, the excerpt (or
 * the body) and the cover image — and keep following them while they still hold the filled-in value;
 * once the writer types their own, it stays. Clearing a field returns it to the automatic value.
 */
import type { CollectionBeforeChangeHook } from 'payload'

import { idOf, type RelationValue } from '../../shared/relations.ts'
import { seoDescriptionFrom, seoTitleFrom } from '../seo.ts'

type Meta = { title?: string | null; description?: string | null; image?: RelationValue } & Record<
  string,
  unknown
>
type ArticleLike = {
  title?: unknown
  excerpt?: unknown
  body?: unknown
  coverImage?: RelationValue
  meta?: Meta | null
}

const isBlank = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
const sameId = (a: RelationValue, b: RelationValue) =>
  idOf(a) != null && String(idOf(a)) === String(idOf(b))

export const fillSeoMeta: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const before = (originalDoc ?? {}) as ArticleLike
  const after = { ...before, ...data } as ArticleLike
  const meta: Meta = { ...before.meta, ...(data.meta as Meta | undefined) }

  const previousTitle = seoTitleFrom(before.title)
  if (isBlank(meta.title) || meta.title === previousTitle) meta.title = seoTitleFrom(after.title)

  const previousDescription = seoDescriptionFrom(before.excerpt, before.body)
  if (isBlank(meta.description) || meta.description === previousDescription) {
    meta.description = seoDescriptionFrom(after.excerpt, after.body)
  }

  if (isBlank(idOf(meta.image)) || sameId(meta.image, before.coverImage))
    meta.image = idOf(after.coverImage) ?? null

  data.meta = meta
  return data
}
