/**
 * The generic document events of an audited collection: create, save (with the version it produced),
 * publish, unpublish, restore and delete — one entry per operation; and the saves of globals.
 *
 * Payload's hooks do not say whether an update was an autosave or a draft save, nor which version a
 * restore came from: a beforeOperation hook notes those in `req.context` for the afterChange hook.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  GlobalConfig,
  PayloadRequest,
} from 'payload'

import { auditLogInstallation, recordAuditEvent } from '../record.ts'
import type { ResolvedAuditLogOptions } from '../types.ts'
import type { AuditAction } from '../vocabulary.ts'

const CONTEXT_KEY = 'auditLogOperations'

type OperationNote = { autosave: boolean; draft: boolean }
type Notes = {
  updates: Record<string, OperationNote>
  /** A restore in progress per collection: the version restored, until its afterChange claims it. */
  restores: Record<string, { fromVersion: string; claimed: boolean }>
}

function notesOf(req: PayloadRequest): Notes {
  const context = req.context as Record<string, unknown>
  context[CONTEXT_KEY] ??= { updates: {}, restores: {} } satisfies Notes
  return context[CONTEXT_KEY] as Notes
}

const truthy = (value: unknown) => value === true || value === 'true'

export const noteOperation =
  (slug: string): CollectionBeforeOperationHook =>
  ({ operation, args, req }) => {
    const notes = notesOf(req)
    const given = args as { id?: unknown; autosave?: unknown; draft?: unknown }
    if (operation === 'update') {
      notes.updates[`${slug}:${String(given.id ?? '*')}`] = {
        autosave: truthy(given.autosave),
        draft: truthy(given.draft),
      }
    }
    if (operation === 'restoreVersion' && given.id !== undefined) {
      notes.restores[slug] = { fromVersion: String(given.id), claimed: false }
    }
    return args
  }

/** The id of the newest version of a document: the one the save just wrote or updated. */
async function newestVersionId(req: PayloadRequest, slug: string, id: number | string) {
  const { docs } = await req.payload.db.findVersions({
    collection: slug,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  return docs[0]?.id as number | string | undefined
}

type Decision = { action: AuditAction; details: Record<string, unknown> } | undefined

function decide(
  collection: CollectionConfig,
  { doc, previousDoc, operation, req }: Parameters<CollectionAfterChangeHook>[0],
  options: ResolvedAuditLogOptions,
): Decision {
  const hasDrafts = Boolean(
    collection.versions && typeof collection.versions === 'object' && collection.versions.drafts,
  )
  const status = hasDrafts ? (doc?._status as string | undefined) : undefined
  const withStatus = status ? { status } : {}
  if (operation === 'create') {
    return {
      action: status === 'published' ? 'publish' : 'create',
      details: { ...withStatus, ...(status === 'published' ? { created: true } : {}) },
    }
  }
  const notes = notesOf(req)
  const restore = notes.restores[collection.slug]
  if (req.context.isRestoringVersion && restore && !restore.claimed) {
    restore.claimed = true
    return { action: 'restore', details: { ...withStatus, fromVersion: restore.fromVersion } }
  }
  const note = notes.updates[`${collection.slug}:${String(doc.id)}`] ??
    notes.updates[`${collection.slug}:*`] ?? { autosave: false, draft: false }
  if (note.autosave && options.autosave === 'none') return undefined
  const draftSave = hasDrafts && note.draft && status !== 'published'
  const wasPublished = previousDoc?._status === 'published'
  if (!draftSave && hasDrafts && status === 'published' && !wasPublished) {
    return { action: 'publish', details: withStatus }
  }
  if (!draftSave && hasDrafts && status !== 'published' && wasPublished) {
    return { action: 'unpublish', details: withStatus }
  }
  return {
    action: 'save',
    details: {
      ...withStatus,
      ...(draftSave ? { draft: true } : {}),
      ...(note.autosave ? { autosave: true } : {}),
    },
  }
}

export function logDocumentChange(
  collection: CollectionConfig,
  options: ResolvedAuditLogOptions,
): CollectionAfterChangeHook {
  return async (args) => {
    const { doc, req } = args
    const decision = decide(collection, args, options)
    if (!decision) return doc
    const version = collection.versions
      ? await newestVersionId(req, collection.slug, doc.id)
      : undefined
    // An autosave that updated its version in place is the same draft: logged once per version.
    if (decision.details.autosave && version !== undefined) {
      const installed = auditLogInstallation(req.payload)
      const { totalDocs } = await req.payload.count({
        collection: installed!.slug,
        where: {
          and: [
            { collection: { equals: collection.slug } },
            { documentId: { equals: String(doc.id) } },
            { version: { equals: String(version) } },
          ],
        },
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0) return doc
    }
    await recordAuditEvent(req, {
      action: decision.action,
      collection: collection.slug,
      documentId: doc.id,
      version,
      details: Object.keys(decision.details).length > 0 ? decision.details : undefined,
    })
    return doc
  }
}

export const logDocumentDelete =
  (slug: string): CollectionAfterDeleteHook =>
  async ({ id, req }) => {
    await recordAuditEvent(req, { action: 'delete', collection: slug, documentId: id })
  }

/**
 * A global's change (the practice's details, say): `save`, or `publish` / `unpublish` for globals
 * with drafts. Globals have no id: `collection` holds the global's slug, `details.global` says so.
 */
export function logGlobalChange(global: GlobalConfig): GlobalAfterChangeHook {
  const hasDrafts = Boolean(
    global.versions && typeof global.versions === 'object' && global.versions.drafts,
  )
  return async ({ doc, previousDoc, req }) => {
    const status = hasDrafts ? (doc?._status as string | undefined) : undefined
    const wasPublished = previousDoc?._status === 'published'
    const action: AuditAction =
      status === 'published' && !wasPublished
        ? 'publish'
        : hasDrafts && status !== 'published' && wasPublished
          ? 'unpublish'
          : 'save'
    await recordAuditEvent(req, {
      action,
      collection: global.slug,
      details: { global: true, ...(status ? { status } : {}) },
    })
    return doc
  }
}
