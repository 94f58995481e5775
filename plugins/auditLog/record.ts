/**
 * recordAuditEvent: how any code — this plugin's hooks, other plugins, an app's endpoints — adds an
 * entry to the audit log. It finds the log through the sanitized config (`config.custom`), so it is a
 * no-op in an app without the plugin, and the caller needs no import of the plugin's options.
 *
 * It writes with the caller's `req`: the entry is part of the change's transaction, so a change that
 * rolls back leaves no entry, and a failure to log fails the change. `outsideTransaction` is for what
 * must be logged although its request fails (a failed sign-in).
 */
import type { Payload, PayloadRequest } from 'payload'

import { AUDIT_ACTION_LABELS, AUDIT_LOG_CUSTOM_KEY, type AuditAction } from './vocabulary.ts'

export type AuditActor = { id: number | string; label: string } | null

export type AuditEvent = {
  action: AuditAction
  /** The collection (or global) the action was about. */
  collection?: string
  documentId?: number | string
  /** The version the action produced, for collections that keep versions. */
  version?: number | string
  /** Facts about the action: before/after values, counts. Never private data of the public. */
  details?: Record<string, unknown>
  /** Who did it, when it is not `req.user`: a user of the users collection, or null for the system. */
  actor?: AuditActor
}

export type RecordAuditOptions = {
  /** Write in a transaction of its own, not the request's (for requests that fail and roll back). */
  outsideTransaction?: boolean
}

/** What the plugin leaves in `config.custom` for recordAuditEvent. */
export type AuditLogInstallation = { slug: string; usersSlug: string }

/** The log's slug and the users collection, or undefined when the plugin is not installed. */
export function auditLogInstallation(payload: Payload): AuditLogInstallation | undefined {
  const custom = payload.config.custom as Record<string, unknown> | undefined
  const installed = custom?.[AUDIT_LOG_CUSTOM_KEY]
  return installed && typeof installed === 'object'
    ? (installed as AuditLogInstallation)
    : undefined
}

type UserLike = { id?: number | string; collection?: string; email?: unknown; name?: unknown }

const labelOf = (user: UserLike): string =>
  typeof user.email === 'string' && user.email !== ''
    ? user.email
    : typeof user.name === 'string' && user.name !== ''
      ? user.name
      : `${user.collection ?? 'user'} ${String(user.id)}`

/** The actor of a request: its user if it is one of the users collection, else a label only. */
export function actorOf(user: unknown, usersSlug: string): { actor: AuditActor; label: string } {
  if (!user || typeof user !== 'object') return { actor: null, label: 'system' }
  const person = user as UserLike
  const label = labelOf(person)
  if (person.id === undefined) return { actor: null, label }
  return (person.collection ?? usersSlug) === usersSlug
    ? { actor: { id: person.id, label }, label }
    : { actor: null, label: `${person.collection}: ${label}` }
}

/** A one-line, readable title for the entry (the admin list's title column). */
function summaryOf(event: AuditEvent, label: string): string {
  const what = AUDIT_ACTION_LABELS[event.action] ?? event.action
  const target = [event.collection, event.documentId].filter((part) => part !== undefined)
  return `${what}${target.length > 0 ? ` ${target.join(' ')}` : ''} — ${label}`
}

/**
 * Adds an entry to the audit log; does nothing when the audit log plugin is not installed.
 *
 *   await recordAuditEvent(req, { action: 'review.approve', collection: 'articles', documentId: id })
 */
export async function recordAuditEvent(
  req: PayloadRequest,
  event: AuditEvent,
  options: RecordAuditOptions = {},
): Promise<void> {
  const installed = auditLogInstallation(req.payload)
  if (!installed) return
  const fromRequest = req.user
    ? actorOf(req.user, installed.usersSlug)
    : // No user: the system (jobs, start-up work) on the Local API, the public on REST and GraphQL.
      { actor: null, label: req.payloadAPI === 'local' ? 'system' : 'anonymous' }
  const actor = event.actor !== undefined ? event.actor : fromRequest.actor
  const label = event.actor !== undefined ? (event.actor?.label ?? 'system') : fromRequest.label
  await req.payload.create({
    collection: installed.slug,
    data: {
      at: new Date().toISOString(),
      actor: actor?.id ?? null,
      actorLabel: label,
      action: event.action,
      collection: event.collection ?? null,
      documentId: event.documentId === undefined ? null : String(event.documentId),
      version: event.version === undefined ? null : String(event.version),
      details: event.details ?? null,
      summary: summaryOf(event, label),
    },
    depth: 0,
    overrideAccess: true,
    select: { id: true },
    ...(options.outsideTransaction ? {} : { req }),
  })
}
