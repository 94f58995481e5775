/**
 * On save, copies each held credential's abbreviation, kind and clinical permission from the
 * catalogue into the author's entry, so reading an author (display name, clinical checks) needs no
 * further queries. An unknown credential is refused with the entry's position.
 */
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { idOf, type RelationValue } from '../../shared/relations.ts'

type Entry = { credential?: RelationValue } & Record<string, unknown>

export const copyCredentialFacts =
  (credentialsSlug: string): CollectionBeforeChangeHook =>
  async ({ collection, data, req }) => {
    const entries = (data.credentials ?? []) as Entry[]
    const ids = [
      ...new Set(entries.map((entry) => idOf(entry.credential)).filter((id) => id != null)),
    ]
    if (ids.length === 0) return data

    const { docs } = await req.payload.find({
      collection: credentialsSlug,
      where: { id: { in: ids } },
      limit: ids.length,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const byId = new Map(docs.map((doc) => [String(doc.id), doc]))

    const errors: { path: string; message: string }[] = []
    entries.forEach((entry, index) => {
      const credential = byId.get(String(idOf(entry.credential)))
      if (!credential) {
        errors.push({
          path: `credentials.${index}.credential`,
          message: 'This credential does not exist in the catalogue.',
        })
        return
      }
      entry.abbreviation = credential.abbreviation
      entry.kind = credential.kind
      entry.permitsClinicalPractice = credential.permitsClinicalPractice ?? false
    })
    if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors })
    return data
  }
