/**
 * auditLogPlugin: an append-only record of who did what and when, for any Payload 3 config.
 *
 *   plugins: [..., auditLogPlugin({ retentionDays: 365 })]   // after the plugins that add collections
 *
 * Adds the `audit-log` collection (admins read it; nobody edits or deletes an entry), logs every
 * audited collection's create, save (with its version), publish, unpublish, restore and delete, each
 * global's save,
 * scheduled publishing, role changes, credential verifications, comment moderation and failed
 * sign-ins, a `savedBy` field on versioned collections, a JSON-lines export
 * (GET /api/audit-log/export) and, with `retentionDays`, a daily pruning job. Other code adds its
 * own events with recordAuditEvent(req, { action, … }).
 */
import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import { applyCollectionOverrides } from '../shared/collectionOverrides.ts'
import { createAuditLogCollection } from './collection.ts'
import { resolveAuditLogOptions } from './defaults.ts'
import {
  detectCredentialVerification,
  detectModeration,
  detectRoleChange,
} from './hooks/detectors.ts'
import {
  logDocumentChange,
  logDocumentDelete,
  logGlobalChange,
  noteOperation,
} from './hooks/documentEvents.ts'
import { SAVED_BY_FIELD, savedByField } from './hooks/savedBy.ts'
import { logSignInFailure } from './hooks/signIn.ts'
import type { AuditLogInstallation } from './record.ts'
import { pruneAuditLogTask } from './retention.ts'
import { logScheduledPublishing } from './schedule.ts'
import type { AuditLogOptions, ResolvedAuditLogOptions } from './types.ts'
import { AUDIT_LOG_CUSTOM_KEY, PAYLOAD_INTERNAL_PREFIX } from './vocabulary.ts'

export type { AuditLogOptions } from './types.ts'
export {
  recordAuditEvent,
  type AuditActor,
  type AuditEvent,
  type RecordAuditOptions,
} from './record.ts'
export { AuditLogIsAppendOnly } from './collection.ts'
export { pruneAuditLog } from './retention.ts'
export { exportFilters } from './export.ts'
export * from './vocabulary.ts'

const DEFAULT_LOCK_TIME_MS = 600_000

const hasField = (collection: CollectionConfig, name: string) =>
  collection.fields.some((field) => 'name' in field && field.name === name)

/** Disabled: the `savedBy` field stays (schema), but nothing sets it any more. */
function withSavedByFieldOnly(
  collection: CollectionConfig,
  options: ResolvedAuditLogOptions,
  usersSlug: string,
  audited: boolean,
): CollectionConfig {
  if (!audited || !options.savedByField || !collection.versions) return collection
  if (hasField(collection, SAVED_BY_FIELD)) return collection
  return {
    ...collection,
    fields: [...collection.fields, savedByField(usersSlug, { setOnSave: false })],
  }
}

function withAuditing(
  collection: CollectionConfig,
  options: ResolvedAuditLogOptions,
  usersSlug: string,
  audited: boolean,
): CollectionConfig {
  const { slug, hooks = {} } = collection
  const afterChange = [...(hooks.afterChange ?? [])]
  if (audited) afterChange.push(logDocumentChange(collection, options))
  if (slug === options.detectors.roles && hasField(collection, 'roles')) {
    afterChange.push(detectRoleChange(slug))
  }
  if (slug === options.detectors.credentials && hasField(collection, 'credentials')) {
    afterChange.push(detectCredentialVerification(slug))
  }
  if (slug === options.detectors.comments && hasField(collection, 'status')) {
    afterChange.push(detectModeration(slug))
  }
  const isAuth = slug === usersSlug && Boolean(collection.auth)
  const lockTime =
    typeof collection.auth === 'object' ? (collection.auth.lockTime ?? DEFAULT_LOCK_TIME_MS) : 0
  const fields: Field[] =
    audited && options.savedByField && collection.versions && !hasField(collection, SAVED_BY_FIELD)
      ? [...collection.fields, savedByField(usersSlug)]
      : collection.fields
  return {
    ...collection,
    fields,
    hooks: {
      ...hooks,
      beforeOperation: [
        ...(hooks.beforeOperation ?? []),
        ...(audited ? [noteOperation(slug)] : []),
      ],
      afterChange,
      afterDelete: [...(hooks.afterDelete ?? []), ...(audited ? [logDocumentDelete(slug)] : [])],
      afterError: [
        ...(hooks.afterError ?? []),
        ...(isAuth ? [logSignInFailure(slug, lockTime)] : []),
      ],
    },
  }
}

export const auditLogPlugin =
  (options: AuditLogOptions = {}): Plugin =>
  (config: Config): Config => {
    const usersSlug = config.admin?.user ?? 'users'
    const resolved = resolveAuditLogOptions(options, usersSlug)
    const slugs = new Set((config.collections ?? []).map((collection) => collection.slug))
    if (slugs.has(resolved.slug)) {
      throw new Error(
        `auditLogPlugin: the config already has a collection "${resolved.slug}" ("slug").`,
      )
    }
    if (!slugs.has(usersSlug)) {
      throw new Error(
        `auditLogPlugin: the users collection "${usersSlug}" (admin.user) is not in the config. Install this plugin after it.`,
      )
    }
    const skipped = new Set([resolved.slug, ...resolved.excludeCollections])
    const installation: AuditLogInstallation = { slug: resolved.slug, usersSlug }
    const auditLog = applyCollectionOverrides(
      createAuditLogCollection(resolved, usersSlug),
      resolved.overrides,
      { plugin: 'auditLogPlugin', option: 'overrides' },
    )
    const isAudited = (slug: string) =>
      !skipped.has(slug) && !slug.startsWith(PAYLOAD_INTERNAL_PREFIX)
    const tasks = [...(config.jobs?.tasks ?? []), pruneAuditLogTask(resolved)]
    // Disabled: the same collections, fields and task (so the database and generated types do not
    // change), but no hooks, no entries, no export and no retention run.
    if (resolved.disabled) {
      return {
        ...config,
        collections: [
          ...(config.collections ?? []).map((collection) =>
            withSavedByFieldOnly(collection, resolved, usersSlug, isAudited(collection.slug)),
          ),
          auditLog,
        ],
        jobs: { ...config.jobs, tasks },
      }
    }
    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map((collection) =>
          withAuditing(collection, resolved, usersSlug, isAudited(collection.slug)),
        ),
        auditLog,
      ],
      globals: (config.globals ?? []).map((global) =>
        skipped.has(global.slug)
          ? global
          : {
              ...global,
              hooks: {
                ...global.hooks,
                afterChange: [...(global.hooks?.afterChange ?? []), logGlobalChange(global)],
              },
            },
      ),
      jobs: { ...config.jobs, tasks },
      custom: { ...config.custom, [AUDIT_LOG_CUSTOM_KEY]: installation },
      onInit: async (payload) => {
        logScheduledPublishing(payload, usersSlug)
        await config.onInit?.(payload)
      },
    }
  }
