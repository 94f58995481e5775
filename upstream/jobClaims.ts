/**
 * Payload's jobs queue claims due jobs by reading the free ones, then marking each `processing` with
 * an unconditional update (@payloadcms/drizzle 3.90 `updateJobs`, called by `runJobs`). Two instances
 * that run the queue at the same moment both read the same free jobs and both run them: measured with
 * two servers running the queue every second, 7 of 12 scheduled publishes ran twice.
 *
 * Here each claim is one statement that succeeds only while the job is exactly as it was read —
 *   UPDATE payload_jobs SET processing = true
 *   WHERE id = $1 AND processing = false AND completed_at IS NULL AND updated_at = <as read> RETURNING id
 * (not merely "not processing": another instance may have run and finished it in between) — and the
 * runner receives only the jobs it claimed, so each job runs once, whichever instance gets it. Only for PostgreSQL servers (the adapter's `pool`); other adapters are left as they are.
 */
import type { Payload, UpdateJobsArgs, Where } from 'payload'

import { keepUnpatched, requireTestedVersion, type Workaround } from './versionGuard.ts'

export const JOB_CLAIMS: Workaround = {
  problem: 'two instances running the jobs queue at once run the same job twice',
  upstream:
    '@payloadcms/drizzle src/updateJobs.ts: jobs are read, then updated without a condition',
  package: '@payloadcms/drizzle',
  tested: ['3.90.'],
}

type Pool = {
  query: (text: string, values: unknown[]) => Promise<{ rows: { id: number | string }[] }>
}
type Adapter = Payload['db'] & {
  pool?: Pool
  schemaName?: string
  tableNameMap?: Map<string, string>
}

const CLAIMS_ATOMIC = Symbol.for('invited-cms.jobClaimsAtomic')

/** A claim is the update that marks jobs as being run (Payload stamps `updatedAt` on it too). */
const isClaim = (data: Record<string, unknown>) =>
  data.processing === true &&
  Object.keys(data).every((key) => key === 'processing' || key === 'updatedAt')

export function claimJobsOnce(payload: Pick<Payload, 'db'>): void {
  const db = payload.db as Adapter & { [CLAIMS_ATOMIC]?: true }
  if (!db.pool || typeof db.updateJobs !== 'function' || db[CLAIMS_ATOMIC]) return
  requireTestedVersion(JOB_CLAIMS)
  db[CLAIMS_ATOMIC] = true
  const table = [db.schemaName, db.tableNameMap?.get('payload_jobs') ?? 'payload_jobs']
    .filter(Boolean)
    .map((name) => `"${String(name).replace(/"/g, '""')}"`)
    .join('.')
  const updateJobs = keepUnpatched(db, 'updateJobs')

  db.updateJobs = async (args: UpdateJobsArgs) => {
    if (!isClaim(args.data)) return updateJobs(args)
    const candidates: { id: number | string; updatedAt?: string }[] =
      args.id !== undefined
        ? [{ id: args.id }]
        : (
            await db.find({
              collection: 'payload-jobs',
              where: args.where,
              limit: args.limit,
              sort: args.sort,
              pagination: false,
              req: args.req,
            })
          ).docs.map((job) => ({
            id: job.id,
            updatedAt: (job as { updatedAt?: string }).updatedAt,
          }))
    const claimed: (number | string)[] = []
    for (const { id, updatedAt } of candidates) {
      const { rows } = await db.pool!.query(
        `UPDATE ${table} SET "processing" = true, "updated_at" = now()
         WHERE "id" = $1 AND "processing" = false AND "completed_at" IS NULL
           AND ($2::timestamptz IS NULL OR "updated_at" = $2::timestamptz)
         RETURNING "id"`,
        [id, updatedAt ?? null],
      )
      if (rows.length > 0) claimed.push(id)
    }
    if (claimed.length === 0) return []
    const where: Where = { id: { in: claimed } }
    return updateJobs({
      data: args.data,
      req: args.req,
      returning: args.returning,
      where,
      limit: claimed.length,
    })
  }
}
