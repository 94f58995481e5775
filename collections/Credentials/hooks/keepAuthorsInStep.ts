/**
 * The catalogue and the authors who hold its entries stay consistent:
 * - renaming an abbreviation, or changing a credential's kind or clinical permission, re-saves every
 *   author who holds it, so their copied facts and stored display names follow at once;
 * - a credential that someone holds cannot be deleted (their profile would silently lose it).
 */
import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeDeleteHook,
  type PayloadRequest,
} from 'payload'

const COPIED_FACTS = ['abbreviation', 'kind', 'permitsClinicalPractice'] as const

type Holder = {
  id: number | string
  name?: string | null
  credentials?: Record<string, unknown>[] | null
}

async function holdersOf(req: PayloadRequest, authorsSlug: string, credentialId: number | string) {
  const { docs } = await req.payload.find({
    collection: authorsSlug,
    where: { 'credentials.credential': { equals: credentialId } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs as unknown as Holder[]
}

export const propagateCatalogueChanges =
  (authorsSlug: string): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    if (operation !== 'update' || COPIED_FACTS.every((fact) => doc[fact] === previousDoc?.[fact]))
      return doc
    for (const author of await holdersOf(req, authorsSlug, doc.id)) {
      // Sending the credentials back unchanged runs the authors' hooks: facts are copied afresh
      // from the catalogue and the display name is recomputed; verification stays as it was.
      await req.payload.update({
        collection: authorsSlug,
        id: author.id,
        data: { credentials: author.credentials },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
    return doc
  }

export const refuseDeletingHeldCredentials =
  (authorsSlug: string): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const holders = await holdersOf(req, authorsSlug, id)
    if (holders.length === 0) return
    const names = holders
      .slice(0, 5)
      .map((author) => author.name)
      .join(', ')
    const more = holders.length > 5 ? ` and ${holders.length - 5} more` : ''
    throw new APIError(
      `This credential is held by ${holders.length === 1 ? 'an author' : `${holders.length} authors`} (${names}${more}): remove it from their profiles first.`,
      409,
    )
  }
