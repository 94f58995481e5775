/**
 * Failed sign-ins and lockouts on the users collection, from the collection's afterError hook (it runs
 * for REST requests, which is how the admin signs in). A failed sign-in's request fails, so these
 * entries are written outside its transaction. The email tried is kept (staff accounts only).
 */
import type { CollectionAfterErrorHook, PayloadRequest } from 'payload'

import { auditLogInstallation, recordAuditEvent } from '../record.ts'

const REASONS: Record<string, string> = {
  AuthenticationError: 'wrong email or password',
  LockedAuth: 'account locked',
}

function isSignIn(req: PayloadRequest, slug: string): boolean {
  if (req.method?.toUpperCase() !== 'POST' || !req.url) return false
  try {
    return new URL(req.url).pathname.endsWith(`/${slug}/login`)
  } catch {
    return false
  }
}

export const logSignInFailure =
  (slug: string, lockTimeMs: number): CollectionAfterErrorHook =>
  async ({ error, req }) => {
    const reason = REASONS[error.name]
    if (!reason || !isSignIn(req, slug)) return
    const raw = (req.data as { email?: unknown } | undefined)?.email
    const email = typeof raw === 'string' ? raw.trim().toLowerCase().slice(0, 320) : ''
    try {
      const user = email
        ? ((await req.payload.db.findOne({
            collection: slug,
            where: { email: { equals: email } },
          })) as { id: number | string; lockUntil?: string | null; loginAttempts?: number } | null)
        : null
      const about = { collection: slug, documentId: user?.id, actor: null } as const
      await recordAuditEvent(
        req,
        { ...about, action: 'signIn.failure', details: { email, reason } },
        { outsideTransaction: true },
      )
      const lockedUntil = user?.lockUntil ? Date.parse(user.lockUntil) : Number.NaN
      if (error.name !== 'AuthenticationError' || !(lockedUntil > Date.now())) return
      // The failure that locked the account: once per lock, however many requests saw it.
      const lockedAt = new Date(lockedUntil - lockTimeMs - 5000).toISOString()
      const { totalDocs } = await req.payload.count({
        collection: auditLogInstallation(req.payload)!.slug,
        where: {
          and: [
            { action: { equals: 'signIn.lockout' } },
            { collection: { equals: slug } },
            { documentId: { equals: String(user!.id) } },
            { at: { greater_than_equal: lockedAt } },
          ],
        },
        overrideAccess: true,
      })
      if (totalDocs === 0) {
        await recordAuditEvent(
          req,
          {
            ...about,
            action: 'signIn.lockout',
            details: { email, lockUntil: user!.lockUntil, attempts: user!.loginAttempts ?? null },
          },
          { outsideTransaction: true },
        )
      }
    } catch (failure) {
      req.payload.logger.error(
        { err: failure },
        'Could not record a failed sign-in in the audit log',
      )
    }
  }
