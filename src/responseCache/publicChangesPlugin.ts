/**
 * A Payload plugin that announces every committed change that can alter what an anonymous reader
 * sees (contentChanges.ts), so the response cache never serves an answer older than the data:
 * publishing, unpublishing, editing or deleting a published document, a scheduled publication firing
 * (it is an update like any other), any change to a collection without drafts (authors, credentials,
 * services, categories, media) or to a global, and a comment becoming or ceasing to be visible.
 *
 * Not announced: drafts and autosaves of documents that are not published, comments awaiting
 * moderation, and the private collections (users, Payload's own `payload-*` bookkeeping).
 *
 * Announced only after the transaction commits: announced earlier, a reader could still fetch (and the
 * cache store) the old answer before the new one is visible to other connections.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  Config,
  GlobalAfterChangeHook,
  Payload,
  PayloadRequest,
  Plugin,
} from 'payload'

import { contentChanges, type ContentChange } from './contentChanges'

type Doc = Record<string, unknown> | null | undefined

export type PublicChangesOptions = {
  /** Collections no anonymous answer can contain. `payload-*` collections are always private. */
  privateCollections?: string[]
  /**
   * When a document of these collections is visible to the public, for collections whose visibility
   * is not drafts' `_status` (for example comments: only approved ones are shown).
   */
  visibleWhen?: Record<string, (doc: Record<string, unknown>) => boolean>
}

const hasDrafts = (versions: unknown) =>
  typeof versions === 'object' &&
  versions !== null &&
  Boolean((versions as { drafts?: unknown }).drafts)

/**
 * Whether readers can see a document (or a global): the collection's own rule, else published for
 * drafts-enabled ones, else always. An empty document (a create's `previousDoc`) is never visible.
 */
function visibility(versions: unknown, custom?: (doc: Record<string, unknown>) => boolean) {
  const visible =
    custom ??
    (hasDrafts(versions)
      ? (doc: Record<string, unknown>) => doc._status === 'published'
      : () => true)
  return (doc: Doc) => Boolean(doc && Object.keys(doc).length > 0 && visible(doc))
}

/** Changes waiting for their transaction to commit, by transaction id. */
const waitingForCommit = new Map<number | string, ContentChange[]>()

async function announce(req: PayloadRequest, change: ContentChange): Promise<void> {
  const transactionID = await req.transactionID
  const sessions = (req.payload.db as { sessions?: Record<number | string, unknown> }).sessions
  if (transactionID === undefined || !sessions?.[transactionID]) {
    contentChanges().publish(change)
    return
  }
  const waiting = waitingForCommit.get(transactionID) ?? []
  waiting.push(change)
  waitingForCommit.set(transactionID, waiting)
}

/** Wraps the adapter's commit and rollback: a committed transaction's changes are published. */
function announceOnCommit(payload: Payload): void {
  const db = payload.db
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (id) => {
    const transactionID = await id
    try {
      await commit(transactionID)
    } finally {
      // Published even if the commit failed: a needless refresh costs little, a stale answer more.
      const changes = waitingForCommit.get(transactionID) ?? []
      waitingForCommit.delete(transactionID)
      for (const change of changes) contentChanges().publish(change)
    }
  }
  db.rollbackTransaction = async (id) => {
    const transactionID = await id
    waitingForCommit.delete(transactionID)
    await rollback(transactionID)
  }
}

export function publicChangesPlugin(options: PublicChangesOptions = {}): Plugin {
  const privateCollections = new Set(options.privateCollections ?? [])
  return (config: Config): Config => {
    const collections = (config.collections ?? []).map((collection) => {
      const slug = collection.slug
      if (privateCollections.has(slug) || slug.startsWith('payload-')) return collection
      const isVisible = visibility(collection.versions, options.visibleWhen?.[slug])

      const afterChange: CollectionAfterChangeHook = async ({
        doc,
        previousDoc,
        operation,
        req,
      }) => {
        if (isVisible(doc) || isVisible(previousDoc)) {
          await announce(req, { collection: slug, id: doc?.id, operation })
        }
        return doc
      }
      const afterDelete: CollectionAfterDeleteHook = async ({ doc, id, req }) => {
        if (isVisible(doc)) await announce(req, { collection: slug, id, operation: 'delete' })
        return doc
      }
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
        },
      }
    })

    const globals = (config.globals ?? []).map((global) => {
      const isVisible = visibility(global.versions)
      const afterChange: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
        if (isVisible(doc) || isVisible(previousDoc)) {
          await announce(req, { global: global.slug, operation: 'update' })
        }
        return doc
      }
      return {
        ...global,
        hooks: {
          ...global.hooks,
          afterChange: [...(global.hooks?.afterChange ?? []), afterChange],
        },
      }
    })

    const onInit = config.onInit
    return {
      ...config,
      collections,
      globals,
      onInit: async (payload) => {
        announceOnCommit(payload)
        await onInit?.(payload)
      },
    }
  }
}
