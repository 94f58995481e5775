/**
 * GET /api/<audit-log>/export: the log as JSON lines (one entry per line, oldest first), for readers
 * of the log only. Filters: `actor` (user id), `action`, `collection`, `documentId`, `from` and `to`
 * (ISO dates, inclusive). Entries are read a page at a time while the answer streams, so a large log
 * never sits in memory at once.
 */
import type { Endpoint, Payload, PayloadRequest, Where } from 'payload'

import { problemResponse } from '../../collections/shared/problemResponse.ts'
import type { ResolvedAuditLogOptions } from './types.ts'
import { AUDIT_ACTIONS, AUDIT_EXPORT_PATH } from './vocabulary.ts'

const PAGE_SIZE = 500
const FIELDS = [
  'id',
  'at',
  'actor',
  'actorLabel',
  'action',
  'collection',
  'documentId',
  'version',
  'details',
] as const

const problem = (status: number, message: string, field?: string) =>
  problemResponse(status, message, { field, headers: { 'Cache-Control': 'no-store' } })

/** The filters of the query string as a Where, or the 400 that names the wrong one. */
export function exportFilters(params: URLSearchParams): Where[] | Response {
  const filters: Where[] = []
  const known = new Set(['actor', 'action', 'collection', 'documentId', 'from', 'to'])
  for (const key of params.keys()) {
    if (!known.has(key)) {
      return problem(
        400,
        `Unknown filter "${key}": use actor, action, collection, documentId, from, to.`,
        key,
      )
    }
  }
  const action = params.get('action')
  if (action !== null) {
    if (!(AUDIT_ACTIONS as readonly string[]).includes(action)) {
      return problem(400, `"action" must be one of ${AUDIT_ACTIONS.join(', ')}.`, 'action')
    }
    filters.push({ action: { equals: action } })
  }
  const actor = params.get('actor')
  if (actor !== null) {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(actor)) {
      return problem(400, '"actor" must be a user id.', 'actor')
    }
    filters.push({ actor: { equals: /^\d+$/.test(actor) ? Number(actor) : actor } })
  }
  for (const key of ['collection', 'documentId'] as const) {
    const value = params.get(key)
    if (value !== null) {
      if (value === '' || value.length > 200) {
        return problem(400, `"${key}" must be a non-empty text of at most 200 characters.`, key)
      }
      filters.push({ [key]: { equals: value } })
    }
  }
  for (const [key, operator] of [
    ['from', 'greater_than_equal'],
    ['to', 'less_than_equal'],
  ] as const) {
    const value = params.get(key)
    if (value !== null) {
      const time = Date.parse(value)
      if (Number.isNaN(time)) {
        return problem(400, `"${key}" must be a date (ISO 8601, e.g. 2026-01-31T00:00:00Z).`, key)
      }
      filters.push({ at: { [operator]: new Date(time).toISOString() } })
    }
  }
  return filters
}

/** Each page of entries after the last one sent, in id order (ids grow with time). */
async function* entries(payload: Payload, slug: string, filters: Where[]) {
  let after: number | string | undefined
  for (;;) {
    const { docs } = await payload.find({
      collection: slug,
      where: {
        and: [...filters, ...(after === undefined ? [] : [{ id: { greater_than: after } }])],
      },
      sort: 'id',
      limit: PAGE_SIZE,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of docs) yield doc as Record<string, unknown>
    if (docs.length < PAGE_SIZE) return
    after = docs[docs.length - 1]!.id as number | string
  }
}

export function exportEndpoint(options: ResolvedAuditLogOptions): Endpoint {
  return {
    path: AUDIT_EXPORT_PATH,
    method: 'get',
    handler: async (req: PayloadRequest) => {
      if (!req.user) return problem(401, 'Sign in to export the audit log.')
      if (!options.canRead(req)) return problem(403, 'You may not read the audit log.')
      const filters = exportFilters(req.searchParams)
      if (filters instanceof Response) return filters
      const encoder = new TextEncoder()
      const source = entries(req.payload, options.slug, filters)
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          try {
            const batch: string[] = []
            for (let i = 0; i < PAGE_SIZE; i++) {
              const next = await source.next()
              if (next.done) break
              const line = Object.fromEntries(
                FIELDS.map((field) => [field, next.value[field] ?? null]),
              )
              batch.push(`${JSON.stringify(line)}\n`)
            }
            if (batch.length > 0) controller.enqueue(encoder.encode(batch.join('')))
            if (batch.length < PAGE_SIZE) controller.close()
          } catch (error) {
            controller.error(error)
          }
        },
        async cancel() {
          await source.return(undefined)
        },
      })
      const stamp = new Date().toISOString().slice(0, 10)
      return new Response(body, {
        status: 200,
        headers: {
          'Content-Type': 'application/x-ndjson; charset=utf-8',
          'Content-Disposition': `attachment; filename="audit-log-${stamp}.jsonl"`,
          'Cache-Control': 'no-store',
        },
      })
    },
  }
}
