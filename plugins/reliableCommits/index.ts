/**
 * reliableCommitsPlugin: what a Payload app on a PostgreSQL server needs to be right about its writes,
 * until upstream fixes them (workarounds in upstream/, each checked against the installed version):
 * - an operation whose transaction did not commit fails, instead of answering success for data that
 *   was rolled back (upstream/commitFailures.ts);
 * - each job of the jobs queue runs once, though several instances run the queue
 *   (upstream/jobClaims.ts);
 * - instances that start together apply each pending migration once (upstream/migrationLock.ts).
 * It does nothing for adapters without transactions or a connection pool (SQLite, the embedded one).
 *
 *   plugins: [reliableCommitsPlugin()]
 */
import type { Config, Plugin } from 'payload'

import { surfaceCommitFailures } from '../../upstream/commitFailures.ts'
import { claimJobsOnce } from '../../upstream/jobClaims.ts'
import { lockMigrations } from '../../upstream/migrationLock.ts'

export { surfaceCommitFailures } from '../../upstream/commitFailures.ts'

export const reliableCommitsPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    // Production applies migrations while the adapter connects, before onInit: wrapped at creation.
    db: {
      ...config.db,
      init: (args) => {
        const adapter = config.db.init(args)
        lockMigrations(adapter)
        return adapter
      },
    },
    onInit: async (payload) => {
      surfaceCommitFailures(payload)
      claimJobsOnce(payload)
      await config.onInit?.(payload)
    },
  })
