/**
 * apiGuardsPlugin: every malformed request to a Payload API gets a 4xx that names the problem, and
 * anonymous requests are bounded — instead of database errors surfacing as 500 "An unknown error
 * occurred." and `limit=0` reading a whole collection.
 *
 *   plugins: [...yourPlugins, apiGuardsPlugin({ maxAnonymousLimit: 100, maxAnonymousDepth: 2 })]
 *
 * It runs after every other plugin wherever it is listed (Payload's `order`, API_GUARDS_ORDER), so it
 * checks the operations of every collection the other plugins added — and Payload's own collections,
 * which Payload adds after every plugin, when it starts.
 */
import { definePlugin, type Config, type Plugin } from 'payload'

import { OptionProblems } from '../shared/optionProblems.ts'
import { guardOperation } from './hooks/guardOperation.ts'
import { nameEveryError } from './hooks/nameErrors.ts'
import { DEFAULT_API_GUARDS, type ApiGuardsPluginOptions } from './types.ts'

export type { ApiGuardsOptions, ApiGuardsPluginOptions } from './types.ts'
export { QueryError, MalformedIdNotFound } from './errors.ts'

/**
 * Where the guards run among a config's plugins: Payload's buildConfig runs plugins by ascending
 * `order` (a plain plugin's is 0, and plugins of equal order keep the order they are listed in), so
 * the guards run after every plugin without one, wherever they are listed.
 */
export const API_GUARDS_ORDER = 100

function installApiGuards(plugin: string, options: ApiGuardsPluginOptions, config: Config): Config {
  const { disabled = false, ...limits } = options
  const resolved = { ...DEFAULT_API_GUARDS, ...limits }
  const problems = new OptionProblems(plugin)
  for (const [name, value] of Object.entries(resolved)) {
    problems.expect(
      Number.isInteger(value) && value >= 1,
      name,
      'a whole number of 1 or more',
      value,
    )
  }
  problems.expect(typeof disabled === 'boolean', 'disabled', 'true or false', disabled)
  problems.throwIfAny()
  // Disabled: the guards add no schema, so the config is the host's own.
  if (disabled) return config
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

/** The plugin under a name: its option errors start with the name it was called by. */
const guardsNamed =
  (plugin: string) =>
  (options: ApiGuardsPluginOptions = {}): Plugin =>
    definePlugin({
      slug: 'invited-cms/api-guards',
      order: API_GUARDS_ORDER,
      plugin: ({ config }) => installApiGuards(plugin, options, config),
    })()

export const apiGuardsPlugin = guardsNamed('apiGuardsPlugin')

/** @deprecated Renamed `apiGuardsPlugin` (every plugin of this library is named `…Plugin`). */
export const apiGuards = guardsNamed('apiGuards')
