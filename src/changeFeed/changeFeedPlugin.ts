/**
 * A Payload plugin that makes the change feed (change.ts): every committed change that can alter what
 * an anonymous reader sees is published once, after its transaction commits, with the paths and
 * cache tags it invalidates — publishing, unpublishing, editing or deleting a published document, a
 * scheduled publication firing (an update like any other), any change to a collection without drafts
 * (authors, credentials, services, categories, media) or to a global, and a comment becoming or
 * ceasing to be visible.
 *
 * Not published: drafts and autosaves of documents that are not published, comments awaiting
 * moderation, and the private collections (users, Payload's own `payload-*` bookkeeping).
 *
 * It also labels answers with the cache tags of what they read, when the response cache asks
 * (WANTS_CACHE_TAGS_HEADER): each document read adds its tag, each list its collection's list tag.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterOperationHook,
  CollectionAfterReadHook,
  CollectionConfig,
  CollectionSlug,
  Config,
  GlobalAfterChangeHook,
  GlobalAfterReadHook,
  GlobalConfig,
  PayloadRequest,
  Plugin,
} from 'payload'

import { cacheTag, CACHE_TAGS_HEADER, WANTS_CACHE_TAGS_HEADER, type ContentChange } from './change'
import { afterCommit, installAfterCommit } from 'invited-cms'
import { contentChanges } from './localFeed'

/** A change as its hooks see it: the commit time is taken when it commits. */
export type PendingChange = Omit<ContentChange, 'committedAt'>

/**
 * Hands the change to the `inTransaction` consumer (its writes commit or roll back with the change),
 * then publishes it on the feed once the request's write has committed.
 */
async function announce(req: PayloadRequest, change: PendingChange, options: ChangeFeedOptions) {
  await options.inTransaction?.(change, req)
  await afterCommit(req, () => contentChanges().publish({ ...change, committedAt: Date.now() }))
}

type Doc = Record<string, unknown>
type MaybeDoc = Doc | null | undefined

/** A document another one shows (a comment shows on its article). */
export type DocumentRef = { collection: string; id: number | string }

export type ChangeFeedOptions = {
  /**
   * Called with each change inside the write's transaction, before it commits — a transactional
   * outbox: what it writes exists exactly when the change does (webhooks queue their deliveries).
   */
  inTransaction?: (change: PendingChange, req: PayloadRequest) => Promise<void>
  /** Collections no anonymous answer can contain. `payload-*` collections are always private. */
  privateCollections?: string[]
  /**
   * When a document of these collections is visible to the public, for collections whose visibility
   * is not drafts' `_status` (for example comments: only approved ones are shown).
   */
  visibleWhen?: Record<string, (doc: Doc) => boolean>
  /** The reader-site paths that show a document, by collection (for example `/articles/<slug>`). */
  publicPaths?: Record<string, (doc: Doc) => string[]>
  /** Documents whose answers show this one too, by collection (a comment: its target). */
  shownOn?: Record<string, (doc: Doc) => DocumentRef[]>
}

const hasDrafts = (versions: unknown) =>
  typeof versions === 'object' &&
  versions !== null &&
  Boolean((versions as { drafts?: unknown }).drafts)

/**
 * Whether readers can see a document (or a global): the collection's own rule, else published for
 * drafts-enabled ones, else always. An empty document (a create's `previousDoc`) is never visible.
 */
function visibility(versions: unknown, custom?: (doc: Doc) => boolean) {
  const visible =
    custom ?? (hasDrafts(versions) ? (doc: Doc) => doc._status === 'published' : () => true)
  return (doc: MaybeDoc) => Boolean(doc && Object.keys(doc).length > 0 && visible(doc))
}

const unique = (values: string[]) => [...new Set(values)]

// ---- Labelling reads -------------------------------------------------------------------------

/**
 * Tags gathered per request, kept on the request under a symbol. Not in `req.context`: Payload
 * replaces that object on each nested Local API call, while `req` itself is passed along. Not in a
 * map keyed by the request either: GraphQL resolvers each get a proxy of it (isolateObjectProperty),
 * and every proxy must add to the one set — a set per proxy let the last resolver's tags replace the
 * others', and an article page's answer lost its article's tags (it was never purged).
 */
const TAGS = Symbol.for('invited-cms.cacheTags')
type TaggedRequest = PayloadRequest & { [TAGS]?: Set<string> }

function tagsOfRequest(req: PayloadRequest): Set<string> | undefined {
  const tagged = req as TaggedRequest
  if (tagged[TAGS]) return tagged[TAGS]
  if (req.headers?.get?.(WANTS_CACHE_TAGS_HEADER) !== '1') return undefined
  tagged[TAGS] = new Set()
  return tagged[TAGS]
}

/** Hands the tags gathered so far back with the answer (Payload merges `responseHeaders` into it). */
function writeTags(req: PayloadRequest, tags: Set<string>) {
  req.responseHeaders ??= new Headers()
  const written = req.responseHeaders.get(CACHE_TAGS_HEADER)?.split(' ').filter(Boolean) ?? []
  req.responseHeaders.set(CACHE_TAGS_HEADER, [...new Set([...written, ...tags])].join(' '))
}

/**
 * Payload populates relationships with a find of the wanted ids (its dataloader): no list a change
 * could move a document into, so not labelled as one (an edit of a listed id purges its own tag).
 */
function isPopulation(args: unknown): boolean {
  const { pagination, where } = (args ?? {}) as { pagination?: boolean; where?: Doc }
  if (pagination !== false || !where) return false
  const keys = Object.keys(where)
  const id = where.id as Doc | undefined
  return keys.length === 1 && keys[0] === 'id' && Object.keys(id ?? {}).join() === 'in'
}

function labelCollectionReads(collection: CollectionConfig): CollectionConfig {
  const slug = collection.slug
  const labelDocument: CollectionAfterReadHook = ({ doc, req }) => {
    const tags = tagsOfRequest(req)
    if (tags && doc?.id !== undefined) {
      tags.add(cacheTag.collection(slug))
      tags.add(cacheTag.document(slug, doc.id))
    }
    return doc
  }
  // Runs once per operation, after every document it read (populated ones included) was labelled.
  const labelOperation: CollectionAfterOperationHook = ({ args, operation, req, result }) => {
    const tags = tagsOfRequest(req)
    if (!tags) return result
    tags.add(cacheTag.collection(slug))
    if (operation === 'count' || (operation === 'find' && !isPopulation(args))) {
      tags.add(cacheTag.list(slug))
    }
    writeTags(req, tags)
    return result
  }
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterRead: [...(collection.hooks?.afterRead ?? []), labelDocument],
      afterOperation: [...(collection.hooks?.afterOperation ?? []), labelOperation],
    },
  }
}

function labelGlobalReads(global: GlobalConfig): GlobalConfig {
  const labelGlobal: GlobalAfterReadHook = ({ doc, req }) => {
    const tags = tagsOfRequest(req)
    if (tags) {
      tags.add(cacheTag.global(global.slug))
      writeTags(req, tags)
    }
    return doc
  }
  return {
    ...global,
    hooks: { ...global.hooks, afterRead: [...(global.hooks?.afterRead ?? []), labelGlobal] },
  }
}

// ---- Announcing changes ----------------------------------------------------------------------

/**
 * The reader-site paths of the documents a change is shown on (a comment: its article's page), read
 * inside the change's transaction. A target that is gone or has no public page adds none.
 */
async function pathsOfTargets(
  req: PayloadRequest,
  refs: DocumentRef[],
  options: ChangeFeedOptions,
): Promise<string[]> {
  const paths: string[] = []
  for (const ref of refs) {
    const pathsOf = options.publicPaths?.[ref.collection]
    if (!pathsOf) continue
    const target = await req.payload.findByID({
      collection: ref.collection as CollectionSlug,
      id: ref.id,
      depth: 0,
      disableErrors: true,
      req,
    })
    if (target) paths.push(...pathsOf(target as unknown as Doc))
  }
  return paths
}

async function collectionChange(
  req: PayloadRequest,
  slug: string,
  options: ChangeFeedOptions,
  id: number | string,
  before: MaybeDoc,
  after: MaybeDoc,
  isVisible: (doc: MaybeDoc) => boolean,
): Promise<PendingChange> {
  const visibleBefore = isVisible(before)
  const visibleAfter = isVisible(after)
  const kind = visibleBefore && visibleAfter ? 'changed' : visibleAfter ? 'appeared' : 'disappeared'
  const pathsOf = options.publicPaths?.[slug]
  const shownDocs = [before, after].filter((doc): doc is Doc => Boolean(doc))
  const shownOn = shownDocs.flatMap((doc) => options.shownOn?.[slug]?.(doc) ?? [])
  const tags =
    kind === 'changed'
      ? [cacheTag.document(slug, id), cacheTag.list(slug)]
      : [cacheTag.collection(slug)]
  const latest = after && Object.keys(after).length > 0 ? after : before
  return {
    collection: slug,
    id,
    slug: typeof latest?.slug === 'string' ? latest.slug : undefined,
    operation: !after ? 'delete' : before && Object.keys(before).length > 0 ? 'update' : 'create',
    visibility: kind,
    paths: unique([
      ...shownDocs.filter((doc) => isVisible(doc)).flatMap((doc) => pathsOf?.(doc) ?? []),
      ...(await pathsOfTargets(req, shownOn, options)),
    ]),
    tags: unique([...tags, ...shownOn.map((ref) => cacheTag.document(ref.collection, ref.id))]),
  }
}

function announceCollectionChanges(
  collection: CollectionConfig,
  options: ChangeFeedOptions,
): CollectionConfig {
  const slug = collection.slug
  const isVisible = visibility(collection.versions, options.visibleWhen?.[slug])

  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
    if (isVisible(doc) || isVisible(previousDoc)) {
      await announce(
        req,
        await collectionChange(req, slug, options, doc.id, previousDoc, doc, isVisible),
        options,
      )
    }
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, id, req }) => {
    if (isVisible(doc)) {
      const change = await collectionChange(req, slug, options, id, doc, undefined, isVisible)
      await announce(req, change, options)
    }
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
}

function announceGlobalChanges(global: GlobalConfig, options: ChangeFeedOptions): GlobalConfig {
  const isVisible = visibility(global.versions)
  const afterChange: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
    if (isVisible(doc) || isVisible(previousDoc)) {
      const change: PendingChange = {
        global: global.slug,
        operation: 'update',
        visibility: 'changed',
        paths: [],
        tags: [cacheTag.global(global.slug)],
      }
      await announce(req, change, options)
    }
    return doc
  }
  return {
    ...global,
    hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), afterChange] },
  }
}

export function changeFeedPlugin(options: ChangeFeedOptions = {}): Plugin {
  const privateCollections = new Set(options.privateCollections ?? [])
  const isPublic = (slug: string) => !privateCollections.has(slug) && !slug.startsWith('payload-')
  return (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      isPublic(collection.slug)
        ? labelCollectionReads(announceCollectionChanges(collection, options))
        : collection,
    ),
    globals: (config.globals ?? []).map((global) =>
      labelGlobalReads(announceGlobalChanges(global, options)),
    ),
    onInit: async (payload) => {
      installAfterCommit(payload)
      await config.onInit?.(payload)
    },
  })
}

/**
 * `shownOn` for a document shown on the target of one of its relationship fields (a comment on its
 * article): reads `{ relationTo, value }` (polymorphic) or a plain id with the given collection.
 */
export function shownOnRelationship(field: string, collection?: string) {
  return (doc: Doc): DocumentRef[] => {
    const value = doc[field]
    if (value && typeof value === 'object' && 'relationTo' in value) {
      const { relationTo, value: target } = value as { relationTo: string; value: unknown }
      const id = typeof target === 'object' && target ? (target as Doc).id : target
      return typeof id === 'number' || typeof id === 'string'
        ? [{ collection: relationTo, id }]
        : []
    }
    const id = typeof value === 'object' && value ? (value as Doc).id : value
    return collection && (typeof id === 'number' || typeof id === 'string')
      ? [{ collection, id }]
      : []
  }
}
