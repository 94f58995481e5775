/**
 * Whether this instance hears every change right now. In one process it always does; across
 * instances only while its relay listens (relay.ts). Consumers that must
 * not act on what may be stale — the response cache — watch it.
 */
export type ChangeFeedStatus = {
  readonly heard: boolean
  /** Calls `listener` on each change of `heard`; returns the function that stops it. */
  onChange: (listener: (heard: boolean) => void) => () => void
}

export function createFeedStatus(initiallyHeard: boolean) {
  let heard = initiallyHeard
  const listeners = new Set<(heard: boolean) => void>()
  const status: ChangeFeedStatus & { set: (value: boolean) => void } = {
    get heard() {
      return heard
    },
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    set(value) {
      if (value === heard) return
      heard = value
      for (const listener of listeners) listener(value)
    },
  }
  return status
}

/** A single instance hears all its own changes. */
export const ALWAYS_HEARD: ChangeFeedStatus = createFeedStatus(true)
