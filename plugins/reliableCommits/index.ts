/**
 * reliableCommitsPlugin: an operation whose transaction did not commit fails, instead of answering
 * success for data that was rolled back (a workaround for @payloadcms/drizzle 3.90, see
 * surfaceCommitFailures.ts). For apps on a PostgreSQL server; it does nothing for adapters without
 * transactions.
 *
 *   plugins: [reliableCommitsPlugin()]
 */
import type { Config, Plugin } from 'payload'

import { surfaceCommitFailures } from './surfaceCommitFailures.ts'

export { surfaceCommitFailures } from './surfaceCommitFailures.ts'

export const reliableCommitsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    onInit: async (payload) => {
      surfaceCommitFailures(payload)
      await config.onInit?.(payload)
    },
  })
