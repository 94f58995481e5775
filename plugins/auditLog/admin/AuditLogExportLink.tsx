/**
 * Above the audit log's list: a link to its JSON-lines export (GET /api/<audit-log>/export).
 */
import type { Payload } from 'payload'
import React from 'react'

export type AuditLogExportLinkServerProps = { payload: Payload; auditLogSlug: string }

export function AuditLogExportLink({ payload, auditLogSlug }: AuditLogExportLinkServerProps) {
  const href = `${payload.config.serverURL ?? ''}${payload.config.routes.api}/${auditLogSlug}/export`
  return (
    <p style={{ margin: '0 0 1rem' }}>
      <a href={href} download id="audit-log-export">
        Export the whole log as JSON lines
      </a>{' '}
      (filter with <code>?actor=</code>, <code>action=</code>, <code>collection=</code>,{' '}
      <code>documentId=</code>, <code>from=</code>, <code>to=</code>).
    </p>
  )
}
