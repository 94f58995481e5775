/**
 * reliableCommitsPlugin: what a Payload app on a PostgreSQL server needs to be right about its writes,
 * until upstream fixes them (workarounds in upstream/, each checked against the installed version):
 * - an operation whose transaction did not commit fails, instead of answering success for data that
 *   was rolled back (upstream/commitFailures.ts);
 * - each job of the jobs queue runs once, though several instances run the queue
 *   (upstream/jobClaims.ts);
 * - instances that start together apply each pending migration once (upstream/migrationLock.ts);
 * - a connection the database drops while idle is logged and reopened, instead of crashing the
 *   process (upstream/poolErrors.ts).
 * The commit check and job claims need transactions (not SQLite's, not the embedded database's);
 * the pool listener needs a `pg` pool (PostgreSQL, and the embedded database's socket).
 *
 *   plugins: [reliableCommitsPlugin()]
 *
 * It runs after every other plugin wherever it is listed (Payload's `order`, RELIABLE_COMMITS_ORDER,
 * after apiGuardsPlugin's), so its start-up work is in place before any other plugin's writes.
 */
import { definePlugin, type Config, type Plugin } from 'payload'

import { OptionProblems } from '../shared/optionProblems.ts'
import { surfaceCommitFailures } from '../../upstream/commitFailures.ts'
import { claimJobsOnce } from '../../upstream/jobClaims.ts'
import { lockMigrations } from '../../upstream/migrationLock.ts'
import { logPoolErrorsInsteadOfCrashing } from '../../upstream/poolErrors.ts'

export { surfaceCommitFailures } from '../../upstream/commitFailures.ts'

/** Payload's buildConfig runs plugins by ascending `order` (a plain plugin's is 0): this one last. */
export const RELIABLE_COMMITS_ORDER = 200

export type ReliableCommitsOptions = {
  /**
   * Turns the plugin off. It adds no collections or fields, so nothing in the schema changes: no
   * commit check (an operation whose transaction did not commit may answer success again), no job
   * claims (instances may run the same job twice), no migration lock, and a dropped idle connection
   * crashes the process again.
   */
  disabled?: boolean
}

function installReliableCommits(options: ReliableCommitsOptions, config: Config): Config {
  const problems = new OptionProblems('reliableCommitsPlugin')
  problems.expect(
    options.disabled === undefined || typeof options.disabled === 'boolean',
    'disabled',
    'true or false',
    options.disabled,
  )
  problems.throwIfAny()
  if (options.disabled) return config
  return {
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
      logPoolErrorsInsteadOfCrashing(payload)
      surfaceCommitFailures(payload)
      claimJobsOnce(payload)
      await config.onInit?.(payload)
    },
  }
}

export const reliableCommitsPlugin = (options: ReliableCommitsOptions = {}): Plugin =>
  definePlugin({
    slug: 'invited-cms/reliable-commits',
    order: RELIABLE_COMMITS_ORDER,
    plugin: ({ config }) => installReliableCommits(options, config),
  })()
