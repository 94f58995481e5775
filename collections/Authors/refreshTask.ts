/**
 * The scheduled job that keeps authors' display names in step with the calendar (see
 * refreshCredentialSummaries). Runs on the jobs queue the host config autoruns.
 */
import type { TaskConfig } from 'payload'

import { refreshCredentialSummaries } from './refreshCredentialSummaries.ts'

export const REFRESH_CREDENTIALS_TASK = 'refreshAuthorCredentials'

/** Every day at 00:05 server time (Payload crons may start with a seconds field). */
export const DEFAULT_REFRESH_CRON = '0 5 0 * * *'

type RefreshIO = { input: object; output: { updatedAuthors: number } }

export function refreshCredentialsTask(
  authorsSlug: string,
  { cron, queue }: { cron: string; queue: string },
): TaskConfig<RefreshIO> {
  return {
    slug: REFRESH_CREDENTIALS_TASK,
    label: 'Refresh authors’ display names (expired and expiring licenses)',
    schedule: [{ cron, queue }],
    outputSchema: [{ name: 'updatedAuthors', type: 'number', required: true }],
    retries: 2,
    handler: async ({ req }) => ({
      output: {
        updatedAuthors: await refreshCredentialSummaries(req.payload, authorsSlug, { req }),
      },
    }),
  }
}
