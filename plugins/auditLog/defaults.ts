/**
 * The audit log's defaults and the check of its options: a wrong option is reported when the config
 * is built, naming the option.
 */
import { isStringList, OptionProblems, SLUG_PATTERN } from '../shared/optionProblems.ts'
import { isAdmin } from '../../collections/shared/roles.ts'
import { checkCollectionOverrides } from '../shared/collectionOverrides.ts'
import type { AuditLogOptions, ResolvedAuditLogOptions } from './types.ts'

export const DEFAULT_AUDIT_LOG_SLUG = 'audit-log'
export const DEFAULT_RETENTION_SCHEDULE = { cron: '0 45 0 * * *', queue: 'default' }

const isSlugOrOff = (value: unknown) =>
  value === false || (typeof value === 'string' && SLUG_PATTERN.test(value))

export function resolveAuditLogOptions(
  options: AuditLogOptions,
  usersSlug: string,
): ResolvedAuditLogOptions {
  const detectors = options.detectors ?? {}
  const resolved: ResolvedAuditLogOptions = {
    slug: options.slug ?? DEFAULT_AUDIT_LOG_SLUG,
    excludeCollections: options.excludeCollections ?? [],
    retentionDays: options.retentionDays,
    retentionSchedule: { ...DEFAULT_RETENTION_SCHEDULE, ...options.retentionSchedule },
    detectors: {
      roles: detectors.roles ?? usersSlug,
      credentials: detectors.credentials ?? 'authors',
      comments: detectors.comments ?? 'comments',
    },
    savedByField: options.savedByField ?? true,
    canRead: options.canRead ?? ((req) => isAdmin(req.user)),
    autosave: options.autosave ?? 'firstPerVersion',
    overrides: options.overrides,
    disabled: options.disabled ?? false,
  }
  const problems = new OptionProblems('auditLogPlugin')
  const expect = problems.expect.bind(problems)
  expect(
    typeof resolved.slug === 'string' && SLUG_PATTERN.test(resolved.slug),
    'slug',
    'a collection slug (a-z, 0-9, - and _)',
    options.slug,
  )
  expect(
    isStringList(resolved.excludeCollections),
    'excludeCollections',
    'a list of collection slugs',
    options.excludeCollections,
  )
  expect(
    resolved.retentionDays === undefined ||
      (Number.isInteger(resolved.retentionDays) && resolved.retentionDays > 0),
    'retentionDays',
    'a whole number of days above 0 (leave it out to keep entries forever)',
    options.retentionDays,
  )
  for (const key of ['cron', 'queue'] as const) {
    expect(
      typeof resolved.retentionSchedule[key] === 'string' && resolved.retentionSchedule[key] !== '',
      `retentionSchedule.${key}`,
      'a non-empty string',
      resolved.retentionSchedule[key],
    )
  }
  for (const key of ['roles', 'credentials', 'comments'] as const) {
    expect(
      isSlugOrOff(resolved.detectors[key]),
      `detectors.${key}`,
      'a collection slug or false',
      detectors[key],
    )
  }
  expect(
    typeof resolved.savedByField === 'boolean',
    'savedByField',
    'true or false',
    options.savedByField,
  )
  expect(
    typeof resolved.canRead === 'function',
    'canRead',
    'a function of the request',
    options.canRead,
  )
  expect(
    resolved.autosave === 'firstPerVersion' || resolved.autosave === 'none',
    'autosave',
    "'firstPerVersion' or 'none'",
    options.autosave,
  )
  checkCollectionOverrides(problems, 'overrides', options.overrides, 'slug', {
    timestamps: 'entries carry their own `at`',
  })
  expect(typeof resolved.disabled === 'boolean', 'disabled', 'true or false', options.disabled)
  problems.throwIfAny()
  return resolved
}
