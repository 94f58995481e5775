/**
 * How the process learns that a public answer may have changed: Payload's hooks (inside Next's
 * bundle) publish a ContentChange once the write is committed; the response cache (in the express
 * server) subscribes and forgets what it stored.
 *
 * Both sides run in one Node process but load this module separately (Next bundles its own copy), so
 * the channel lives on `globalThis` under a registered symbol. It is an interface on purpose: with
 * several instances behind a load balancer, an implementation backed by PostgreSQL's LISTEN/NOTIFY
 * (publish = `NOTIFY invited_content_changes, '<json>'`, each instance LISTENs and calls its
 * subscribers) replaces the in-process one through `useContentChanges` without touching either side.
 */

export type ContentChange = {
  /** The collection or global whose public content changed. */
  collection?: string
  global?: string
  id?: number | string
  /** create, update, delete — for logs and tests. */
  operation: 'create' | 'delete' | 'update'
}

export type ContentChangeListener = (change: ContentChange) => void

export interface ContentChanges {
  publish(change: ContentChange): void
  /** Returns the function that unsubscribes. */
  subscribe(listener: ContentChangeListener): () => void
}

/** Subscribers in this process only: enough for one server instance. */
export function inProcessContentChanges(): ContentChanges {
  const listeners = new Set<ContentChangeListener>()
  return {
    publish(change) {
      for (const listener of listeners) listener(change)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

const CHANNEL = Symbol.for('invited-cms.contentChanges')
type WithChannel = { [CHANNEL]?: ContentChanges }

/** The process's channel (created in-process on first use). */
export function contentChanges(): ContentChanges {
  const global = globalThis as WithChannel
  global[CHANNEL] ??= inProcessContentChanges()
  return global[CHANNEL]
}

/** Installs another channel (for example one that crosses instances); call before the server starts. */
export function useContentChanges(channel: ContentChanges): void {
  ;(globalThis as WithChannel)[CHANNEL] = channel
}
