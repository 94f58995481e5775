/**
 * Old links keep working. When the slug readers know changes — a published article's slug at its next
 * publication, or the slug of a document without drafts when it is saved — the old one is kept in
 * `previousSlugs`: by-slug lookups find the document by it and answer its current slug, and the reader
 * site answers the old URL with a permanent redirect. A draft's slug moves no public URL, so saving
 * one records nothing.
 */
import type { CollectionSlug, FieldHook, PayloadRequest, TextField } from 'payload'

type Doc = Record<string, unknown>

const never = () => false

/** The slug of the document as readers see it now: its published version's. */
async function publicSlug(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<string | undefined> {
  const { docs } = await req.payload.find({
    collection,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const slug = (docs[0] as Doc | undefined)?.slug
  return typeof slug === 'string' ? slug : undefined
}

const rememberPublicSlug: FieldHook = async ({ collection, data, operation, originalDoc, req }) => {
  const previous = originalDoc as Doc | undefined
  const kept = Array.isArray(previous?.previousSlugs) ? (previous.previousSlugs as string[]) : []
  if (operation !== 'update' || !collection || !previous?.id) return kept
  const newSlug = (data?.slug ?? previous.slug) as string | undefined
  const hasDrafts = Boolean((collection.versions as { drafts?: unknown } | undefined)?.drafts)
  if (hasDrafts && data?._status !== 'published') return kept
  const known = hasDrafts
    ? await publicSlug(req, collection.slug as CollectionSlug, previous.id as number | string)
    : (previous.slug as string | undefined)
  if (!known || known === newSlug) return kept
  // Back to an earlier slug: it is current again, not a redirect.
  return [...kept.filter((slug) => slug !== newSlug && slug !== known), known]
}

export function previousSlugsField(): TextField {
  return {
    name: 'previousSlugs',
    type: 'text',
    hasMany: true,
    index: true,
    // Kept by the hook only: an API client cannot invent or drop a redirect.
    access: { create: never, update: never },
    hooks: { beforeChange: [rememberPublicSlug] },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'Earlier slugs readers knew: their web addresses redirect to the current one.',
    },
  }
}
