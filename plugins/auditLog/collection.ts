/**
 * The audit log collection: append-only. Readers (admins by default) read it in the admin and export
 * it; nobody creates, changes or deletes an entry through REST, GraphQL or the admin (access), and
 * the Local API refuses changes and deletions even with overrideAccess (hooks). Only
 * recordAuditEvent creates entries; only the retention job deletes them, through the database
 * adapter below the Local API.
 */
import { APIError, type CollectionConfig, type PayloadRequest } from 'payload'

import { exportEndpoint } from './export.ts'
import type { ResolvedAuditLogOptions } from './types.ts'
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS } from './vocabulary.ts'

export class AuditLogIsAppendOnly extends APIError {
  constructor() {
    super(
      'Audit log entries are append-only: they cannot be changed or deleted.',
      403,
      undefined,
      true,
    )
    this.name = 'AuditLogIsAppendOnly'
  }
}

const never = () => false

const refuse = (): never => {
  throw new AuditLogIsAppendOnly()
}

export function createAuditLogCollection(
  options: ResolvedAuditLogOptions,
  usersSlug: string,
): CollectionConfig {
  const canRead = ({ req }: { req: PayloadRequest }) => options.canRead(req)
  return {
    slug: options.slug,
    labels: { singular: 'Audit log entry', plural: 'Audit log' },
    admin: {
      group: 'System',
      useAsTitle: 'summary',
      defaultColumns: ['at', 'action', 'actorLabel', 'collection', 'documentId', 'version'],
      listSearchableFields: ['summary', 'actorLabel', 'documentId'],
      description:
        'Who did what, and when. Entries are never edited or deleted (except by the retention job).',
      hidden: ({ user }) => !options.canRead({ user } as unknown as PayloadRequest),
      // Disabled: no export, so no link to it.
      components: options.disabled
        ? {}
        : {
            beforeList: [
              {
                path: 'invited-cms/rsc#AuditLogExportLink',
                serverProps: { auditLogSlug: options.slug },
              },
            ],
          },
    },
    access: { read: canRead, create: never, update: never, delete: never },
    defaultSort: '-at',
    timestamps: false,
    endpoints: options.disabled ? [] : [exportEndpoint(options)],
    hooks: {
      // For every document an update or delete reaches — the Local API with overrideAccess too.
      beforeChange: [
        ({ operation, data }) => {
          if (operation !== 'create') refuse()
          return data
        },
      ],
      beforeDelete: [refuse],
    },
    fields: [
      {
        name: 'at',
        type: 'date',
        required: true,
        index: true,
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
      { name: 'summary', type: 'text', admin: { readOnly: true } },
      {
        name: 'action',
        type: 'select',
        required: true,
        index: true,
        options: AUDIT_ACTIONS.map((value) => ({ label: AUDIT_ACTION_LABELS[value], value })),
        admin: { readOnly: true },
      },
      {
        name: 'actor',
        type: 'relationship',
        relationTo: usersSlug,
        index: true,
        admin: { readOnly: true, description: 'Empty for the system (jobs, public requests).' },
      },
      {
        name: 'actorLabel',
        type: 'text',
        admin: { readOnly: true, description: 'The actor as they were named at the time.' },
      },
      { name: 'collection', type: 'text', index: true, admin: { readOnly: true } },
      { name: 'documentId', type: 'text', index: true, admin: { readOnly: true } },
      {
        name: 'version',
        type: 'text',
        admin: { readOnly: true, description: 'The version this action produced.' },
      },
      { name: 'details', type: 'json', admin: { readOnly: true } },
    ],
  }
}
