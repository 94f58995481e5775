/**
 * The admins' system widget: the database this CMS runs on, its migrations (applied and pending),
 * the jobs queue (last finished job, what waits, what failed — with the error) and where mail goes.
 * Failed jobs link to the jobs list, which admins (only) can open.
 */
import type { CollectionSlug, Payload, WidgetServerProps } from 'payload'
import React from 'react'

import { hasRole } from 'invited-cms'

import type { PayloadJob } from '../../payload-types'
import { JOBS_HISTORY_DAYS } from '../jobs/pruneFinishedJobs'
import { migrations } from '../migrations'
import type { SystemFacts } from './systemFacts'

const JOBS = 'payload-jobs'
const MIGRATIONS = 'payload-migrations'

const when = (moment: unknown) =>
  moment ? new Date(String(moment)).toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : '—'

function errorText(error: unknown): string {
  if (!error) return 'no message'
  if (typeof error === 'string') return error
  const message = (error as { message?: unknown }).message
  return typeof message === 'string' ? message : JSON.stringify(error).slice(0, 200)
}

type ScheduleInput = { type?: string; doc?: { relationTo?: string; value?: unknown } }

/**
 * "Scheduled publish of articles 12 (since deleted)": what a failed job was for. Payload's own error
 * can mislead (a deleted document's schedule fails as "not allowed"), so the widget says what it knows.
 */
async function describeJob(payload: Payload, job: PayloadJob): Promise<string> {
  const input = (job.input ?? {}) as ScheduleInput
  if (job.taskSlug !== 'schedulePublish' || !input.doc?.relationTo)
    return String(job.taskSlug ?? 'job')
  const { relationTo, value } = input.doc
  const id = value && typeof value === 'object' ? (value as { id: unknown }).id : value
  if (!payload.collections[relationTo as CollectionSlug])
    return `Scheduled change of ${relationTo} ${String(id)}`
  const found = await payload.find({
    collection: relationTo as CollectionSlug,
    where: { id: { equals: id } },
    draft: true,
    limit: 1,
    depth: 0,
    select: {},
  })
  const action = input.type === 'unpublish' ? 'unpublish' : 'publish'
  return `Scheduled ${action} of ${relationTo} ${String(id)}${found.totalDocs === 0 ? ' (since deleted)' : ''}`
}

export async function SystemWidget({ req, user, database, mail }: WidgetServerProps & SystemFacts) {
  if (!user || !hasRole(user, 'admin')) return null
  const { payload } = req
  const admin = payload.config.routes.admin
  const [applied, lastFinished, waiting, failed] = await Promise.all([
    payload.find({ collection: MIGRATIONS, pagination: false, depth: 0, select: { name: true } }),
    payload.find({
      collection: JOBS,
      where: { completedAt: { exists: true } },
      sort: '-completedAt',
      limit: 1,
      depth: 0,
    }),
    payload.count({
      collection: JOBS,
      where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    }),
    payload.find({
      collection: JOBS,
      where: { hasError: { equals: true } },
      sort: '-updatedAt',
      limit: 5,
      depth: 0,
    }),
  ])
  const appliedNames = new Set(applied.docs.map((doc) => String(doc.name)))
  const pending = migrations.filter((migration) => !appliedNames.has(migration.name))
  const last = lastFinished.docs[0]
  const failures = await Promise.all(
    failed.docs.map(async (job) => ({ job, what: await describeJob(payload, job) })),
  )
  return (
    <section className="card invited-widget" data-widget="system" aria-label="System">
      <h3 className="invited-widget__title">System</h3>
      <dl>
        <dt>Database</dt>
        <dd data-fact="database">{database}</dd>
        <dt>Migrations</dt>
        <dd data-fact="migrations">
          {migrations.length - pending.length} applied,{' '}
          {pending.length === 0
            ? 'none pending'
            : `${pending.length} pending: ${pending.map((m) => m.name).join(', ')}`}
        </dd>
        <dt>Jobs queue</dt>
        <dd data-fact="jobs">
          {last
            ? `last finished ${when(last.completedAt)} (${String(last.taskSlug)})`
            : 'no job has finished yet'}
          {`; ${waiting.totalDocs} waiting; `}
          <a href={`${admin}/collections/${JOBS}?where[or][0][and][0][hasError][equals]=true`}>
            {failed.totalDocs} failed in the last {JOBS_HISTORY_DAYS} days
          </a>
        </dd>
        <dt>Mail</dt>
        <dd data-fact="mail">{mail}</dd>
      </dl>
      {failures.length > 0 && (
        <ul data-fact="failed-jobs">
          {failures.map(({ job, what }) => (
            <li key={String(job.id)}>
              <a href={`${admin}/collections/${JOBS}/${job.id}`}>
                {what} failed {when(job.updatedAt)}
              </a>
              : {errorText(job.error)}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
