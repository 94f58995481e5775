/**
 * apiGuards: every malformed request to a Payload API gets a 4xx that names the problem, and
 * anonymous requests are bounded — instead of database errors surfacing as 500 "An unknown error
 * occurred." and `limit=0` reading a whole collection.
 *
 *   plugins: [...yourPlugins, apiGuards({ maxAnonymousLimit: 100, maxAnonymousDepth: 2 })]
 *
 * Install it last, so it checks the operations of every collection the other plugins added (and
 * Payload's own collections, which it adds after every plugin, when Payload starts).
 */
import type { Config, Plugin } from 'payload'

import { OptionProblems } from '../shared/optionProblems.ts'
import { guardOperation } from './hooks/guardOperation.ts'
import { nameEveryError } from './hooks/nameErrors.ts'
import { DEFAULT_API_GUARDS, type ApiGuardsOptions } from './types.ts'

export type { ApiGuardsOptions } from './types.ts'
export { QueryError, MalformedIdNotFound } from './errors.ts'

export const apiGuards =
  (options: ApiGuardsOptions = {}): Plugin =>
  (config: Config): Config => {
    const resolved = { ...DEFAULT_API_GUARDS, ...options }
    const problems = new OptionProblems('apiGuards')
    for (const [name, value] of Object.entries(resolved)) {
      problems.expect(
        Number.isInteger(value) && value >= 1,
        name,
        'a whole number of 1 or more',
        value,
      )
    }
    problems.throwIfAny()
    const guard = guardOperation(resolved)
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => ({
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeOperation: [...(collection.hooks?.beforeOperation ?? []), guard],
        },
      })),
      hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), nameEveryError] },
      onInit: async (payload) => {
        // Payload adds collections of its own after the plugins ran (jobs, locked documents,
        // preferences …), and serves them over REST and GraphQL too: they get the same checks.
        for (const { config: collection } of Object.values(payload.collections)) {
          const hooks = (collection.hooks.beforeOperation ??= [])
          if (!hooks.includes(guard)) hooks.push(guard)
        }
        await config.onInit?.(payload)
      },
      // A client's mistake is not the server's error, and its message quotes what the client sent —
      // search terms, email addresses — which must not be copied into the logs: the client gets the
      // message, the log does not (a request log records the 4xx). The config's own levels win.
      loggingLevels: { QueryError: false, NotFound: false, ...config.loggingLevels },
    }
  }
