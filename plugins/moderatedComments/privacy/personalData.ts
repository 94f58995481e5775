/**
 * A commenter's right to see, and to have erased, what the practice stores about them — WordPress's
 * personal-data export and erasure tools are the model. Admins only:
 *
 *   GET  /api/<comments>/personal-data?email=…        everything stored about that address, as JSON
 *   POST /api/<comments>/personal-data/erase {email}   erases it
 *
 * Erasure keeps each comment's place in its thread (replies stay readable) but nothing of the person:
 * name "Anonymous", an address at the reserved .invalid domain, the words replaced by a note, the client
 * hash, user agent and moderation note cleared. Each use is logged with who did it and how many
 * comments it touched — not the address itself — in the server's log and, when the auditLog plugin
 * is installed, in the audit log.
 */
import { createHash } from 'node:crypto'
import type { Endpoint, PayloadRequest } from 'payload'

import { wrongMethodEndpoints } from '../methodNotAllowed.ts'
import { isAdmin } from '../../../collections/shared/roles.ts'
import { recordAuditEvent } from '../../auditLog/record.ts'

export const ERASED_NAME = 'Anonymous'
export const ERASED_EMAIL = 'erased@commenter.invalid'
export const ERASED_BODY = '[This comment was removed at its author’s request.]'
/** Enough for any one person's comments; beyond it the request says so rather than truncating. */
const MAX_COMMENTS = 10_000
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } })

/** The address asked about, or the refusal to send. */
function emailOf(raw: unknown): string | Response {
  const email = typeof raw === 'string' ? raw.trim().toLowerCase() : ''
  if (!EMAIL.test(email) || email.length > 320) {
    return answer(400, {
      errors: [{ message: 'Give the commenter’s email address as "email".', field: 'email' }],
    })
  }
  return email
}

const forAdminsOnly = (req: PayloadRequest) =>
  isAdmin(req.user)
    ? undefined
    : answer(403, {
        errors: [{ message: 'Only admins can export or erase a commenter’s personal data.' }],
      })

/** A stable reference to the address for the log, without the address (salted: not guessable). */
const fingerprint = (req: PayloadRequest, email: string) =>
  createHash('sha256').update(`${req.payload.secret}:${email}`).digest('hex').slice(0, 12)

async function commentsBy(req: PayloadRequest, commentsSlug: string, email: string) {
  return req.payload.find({
    collection: commentsSlug,
    where: { authorEmail: { equals: email } },
    limit: MAX_COMMENTS,
    sort: 'createdAt',
    depth: 0,
    overrideAccess: true,
    req,
  })
}

export function personalDataEndpoints(commentsSlug: string): Endpoint[] {
  return [
    ...wrongMethodEndpoints(
      '/personal-data',
      ['get'],
      'Export a commenter’s data with GET ?email=…; erase it with POST to /personal-data/erase.',
    ),
    ...wrongMethodEndpoints(
      '/personal-data/erase',
      ['post'],
      'Erase a commenter’s data with POST and a JSON body { "email": … }.',
    ),
    {
      path: '/personal-data',
      method: 'get',
      handler: async (req) => {
        const refusal = forAdminsOnly(req)
        if (refusal) return refusal
        const email = emailOf(req.searchParams.get('email'))
        if (email instanceof Response) return email
        const { docs, totalDocs } = await commentsBy(req, commentsSlug, email)
        req.payload.logger.info(
          {
            action: 'commenter-data-export',
            by: req.user?.id,
            subject: fingerprint(req, email),
            comments: totalDocs,
          },
          'Exported a commenter’s personal data',
        )
        // In the audit log (when installed): who, when, how many comments — not the address.
        await recordAuditEvent(req, {
          action: 'personalData.export',
          collection: commentsSlug,
          details: { subject: fingerprint(req, email), comments: totalDocs },
        })
        return answer(
          200,
          { email, exportedAt: new Date().toISOString(), totalComments: totalDocs, comments: docs },
          {
            'Content-Disposition': `attachment; filename="commenter-data-${fingerprint(req, email)}.json"`,
          },
        )
      },
    },
    {
      path: '/personal-data/erase',
      method: 'post',
      handler: async (req) => {
        const refusal = forAdminsOnly(req)
        if (refusal) return refusal
        let body: unknown
        try {
          body = await req.json?.()
        } catch {
          body = undefined
        }
        const email = emailOf((body as { email?: unknown } | undefined)?.email)
        if (email instanceof Response) return email
        const { docs } = await req.payload.update({
          collection: commentsSlug,
          where: { authorEmail: { equals: email } },
          data: {
            authorName: ERASED_NAME,
            authorEmail: ERASED_EMAIL,
            body: ERASED_BODY,
            ipHash: null,
            userAgent: null,
            moderationNote: null,
          },
          depth: 0,
          overrideAccess: true,
          select: { id: true },
          req,
        })
        req.payload.logger.info(
          {
            action: 'commenter-data-erasure',
            by: req.user?.id,
            subject: fingerprint(req, email),
            comments: docs.length,
          },
          'Erased a commenter’s personal data',
        )
        await recordAuditEvent(req, {
          action: 'personalData.erase',
          collection: commentsSlug,
          details: { subject: fingerprint(req, email), comments: docs.length },
        })
        return answer(200, { erasedComments: docs.length })
      },
    },
  ]
}
