import type { PayloadRequest } from 'payload'

import type { CollectionOverrides } from '../shared/collectionOverrides.ts'

export type AuditLogOptions = {
  /** Slug of the log collection. Default: 'audit-log'. */
  slug?: string
  /**
   * Collections (or globals) whose documents are not audited (create, save, publish, delete …),
   * besides the log itself and Payload's internal ones (every slug starting with `payload-`).
   * Busy machine-written collections (rate-limit locks, delivery logs) belong here. Default: none.
   */
  excludeCollections?: string[]
  /**
   * Days an entry is kept: a daily job on the jobs queue deletes older ones. Default: undefined,
   * keep forever. `cron` and `queue` say when and where the job runs (default daily 00:45, 'default').
   */
  retentionDays?: number
  retentionSchedule?: { cron?: string; queue?: string }
  /**
   * Which collections the specific detectors watch. Defaults match the practiceContent and
   * moderatedComments plugins; set one to `false` to turn that detector off.
   * - roles: a collection with a `roles` (select, hasMany) field → `role.change` (default: the
   *   config's admin user collection, when it has `roles`)
   * - credentials: a collection with a `credentials` array whose entries carry `verified`/`verifiedAt`
   *   → `credential.verify` (default 'authors')
   * - comments: a collection with a `status` field → `comment.moderate` (default 'comments')
   */
  detectors?: {
    roles?: string | false
    credentials?: string | false
    comments?: string | false
  }
  /**
   * Add a read-only `savedBy` sidebar field to every audited collection that keeps versions, set on
   * every save, so each version in the admin shows who saved it. Default: true.
   */
  savedByField?: boolean
  /** Who may read the log and export it. Default: users whose `roles` include admin. */
  canRead?: (req: PayloadRequest) => boolean
  /**
   * Autosaves: an entry for the first autosave of each new draft version (marked `autosave: true`),
   * not for every keystroke-driven autosave that updates that version in place. `'none'` logs no
   * autosave at all. Default: 'firstPerVersion'.
   */
  autosave?: 'firstPerVersion' | 'none'
  /**
   * Overrides for the log collection: labels, admin settings, extra fields, hooks … (see
   * CollectionOverrides for the rules). Hooks are added after the plugin's and access can only
   * narrow, so the log stays append-only and readable by `canRead` only; its slug is `slug`, and
   * `timestamps` is refused (entries carry their own `at`).
   */
  overrides?: CollectionOverrides
  /**
   * Turns the plugin off but keeps its schema (the log collection, the `savedBy` fields and the
   * retention task), so the database and generated types stay the same: nothing is logged
   * (recordAuditEvent does nothing), `savedBy` is no longer set, no export endpoint or link, no
   * retention runs. The entries already logged stay append-only and readable by `canRead` only.
   */
  disabled?: boolean
}

export type ResolvedAuditLogOptions = {
  slug: string
  excludeCollections: string[]
  retentionDays: number | undefined
  retentionSchedule: { cron: string; queue: string }
  detectors: { roles: string | false; credentials: string | false; comments: string | false }
  savedByField: boolean
  canRead: (req: PayloadRequest) => boolean
  autosave: 'firstPerVersion' | 'none'
  overrides: CollectionOverrides | undefined
  disabled: boolean
}
