/**
 * The events a webhook endpoint can subscribe to, and how a change of the change feed
 * (src/changeFeed/change.ts) becomes one. Collections without drafts (authors, services, categories)
 * are visible as soon as they exist: their creation is their `published`.
 */
import type { ContentChange } from '../changeFeed/change'

/** Public collections and globals that have events, by the name used in the event type. */
const SUBJECTS = {
  articles: 'article',
  authors: 'author',
  services: 'service',
  categories: 'category',
} as const

const ACTIONS = ['published', 'updated', 'unpublished', 'deleted'] as const

export const WEBHOOK_EVENTS = [
  ...Object.values(SUBJECTS).flatMap((subject) => ACTIONS.map((action) => `${subject}.${action}`)),
  'practice.updated',
  'comment.approved',
] as const

export type WebhookEventType = string

export const webhookEventOptions = WEBHOOK_EVENTS.map((event) => ({ label: event, value: event }))

/** The event type of a change, or undefined when no endpoint can subscribe to it. */
export function eventTypeOf(
  change: Omit<ContentChange, 'committedAt'>,
): WebhookEventType | undefined {
  if (change.global === 'practice') return 'practice.updated'
  if (change.collection === 'comments') {
    return change.visibility === 'appeared' ? 'comment.approved' : undefined
  }
  const subject = SUBJECTS[change.collection as keyof typeof SUBJECTS]
  if (!subject) return undefined
  const action =
    change.visibility === 'appeared'
      ? 'published'
      : change.visibility === 'changed'
        ? 'updated'
        : change.operation === 'delete'
          ? 'deleted'
          : 'unpublished'
  return `${subject}.${action}`
}

/** What an endpoint receives: Standard Webhooks' `{ type, timestamp, data }`. */
export type WebhookMessage = {
  type: WebhookEventType
  /** When the change was made (ISO 8601). */
  timestamp: string
  data: {
    collection?: string
    global?: string
    id?: number | string
    /** The document's slug after the change (before it, for a deletion). */
    slug?: string
    /** Reader-site paths to revalidate: the old and the new one when the slug changed. */
    paths: string[]
    /** Cache tags of the answers that may hold the document (src/changeFeed/change.ts). */
    tags: string[]
  }
}

export function messageOf(
  type: WebhookEventType,
  change: Omit<ContentChange, 'committedAt'>,
  at: Date,
): WebhookMessage {
  return {
    type,
    timestamp: at.toISOString(),
    data: {
      ...(change.collection ? { collection: change.collection, id: change.id } : {}),
      ...(change.global ? { global: change.global } : {}),
      ...(change.slug ? { slug: change.slug } : {}),
      paths: change.paths,
      tags: change.tags,
    },
  }
}
