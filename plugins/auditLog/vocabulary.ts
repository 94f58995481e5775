/**
 * What the audit log records: the actions, the collections it never audits, and the keys it keeps in
 * `config.custom` so that code elsewhere (recordAuditEvent) finds the log without importing the plugin.
 */

export const AUDIT_ACTIONS = [
  'create',
  'save',
  'publish',
  'unpublish',
  'schedule',
  'delete',
  'restore',
  'review.submit',
  'review.return',
  'review.approve',
  'review.override',
  'role.change',
  'credential.verify',
  'comment.moderate',
  'personalData.export',
  'personalData.erase',
  'signIn.failure',
  'signIn.lockout',
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  create: 'Created',
  save: 'Saved',
  publish: 'Published',
  unpublish: 'Unpublished',
  schedule: 'Scheduled',
  delete: 'Deleted',
  restore: 'Restored a version',
  'review.submit': 'Review: submitted',
  'review.return': 'Review: returned',
  'review.approve': 'Review: approved',
  'review.override': 'Review: overridden',
  'role.change': 'Roles changed',
  'credential.verify': 'Credential verified',
  'comment.moderate': 'Comment moderated',
  'personalData.export': 'Personal data exported',
  'personalData.erase': 'Personal data erased',
  'signIn.failure': 'Sign-in failed',
  'signIn.lockout': 'Account locked',
}

/**
 * Payload's own bookkeeping (preferences, migrations, locks, jobs, key-value store …): never
 * audited as documents. Every collection whose slug starts with this is Payload's.
 */
export const PAYLOAD_INTERNAL_PREFIX = 'payload-'

/** Where the plugin leaves its slug and users slug in the sanitized config (`config.custom`). */
export const AUDIT_LOG_CUSTOM_KEY = 'invitedAuditLog'

/** The task that prunes entries older than `retentionDays`. */
export const PRUNE_AUDIT_LOG_TASK = 'pruneAuditLog'

/** The export endpoint, under the log collection's REST path: GET /api/<slug>/export. */
export const AUDIT_EXPORT_PATH = '/export'
