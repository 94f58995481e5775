/**
 * Each module in upstream/ reaches into Payload's or drizzle's internals to work around a problem of
 * theirs. Internals change without notice between releases, so each workaround names the versions it
 * was tested with, and refuses to start on any other: an untested release must be checked (does the
 * problem remain? does the patched internal still look the same?) before it runs this code. The
 * test in tests/int/upstreamProblems.test.ts says when a problem has been fixed upstream.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

export type Workaround = {
  /** What goes wrong, in a sentence. */
  problem: string
  /** Where it is tracked upstream (an issue or the code), for whoever checks a new release. */
  upstream: string
  /** The package whose internals are patched, and the versions tested: `major.minor.` prefixes. */
  package: '@payloadcms/drizzle' | '@payloadcms/graphql' | 'payload'
  tested: string[]
}

/** The installed version of a package, or undefined when it cannot be read (an unusual bundle). */
export function installedVersion(name: string): string | undefined {
  try {
    const require = createRequire(import.meta.url)
    let folder = path.dirname(require.resolve(name))
    for (let depth = 0; depth < 5; depth++) {
      const manifest = path.join(folder, 'package.json')
      try {
        const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as {
          name?: string
          version?: string
        }
        if (parsed.name === name) return parsed.version
      } catch {
        // not here: one folder up
      }
      folder = path.dirname(folder)
    }
  } catch {
    // not resolvable from here
  }
  return undefined
}

export class UntestedUpstreamError extends Error {}

/** Throws when the installed version of the patched package is not one the workaround was tested with. */
export function requireTestedVersion(
  workaround: Workaround,
  version = installedVersion(workaround.package),
): void {
  if (version === undefined) return
  if (workaround.tested.some((prefix) => version.startsWith(prefix))) return
  throw new UntestedUpstreamError(
    `invited-cms works around a problem of ${workaround.package} (${workaround.problem}; ${workaround.upstream}) ` +
      `and was tested with ${workaround.tested.map((prefix) => `${prefix}x`).join(', ')}, not ${version}. ` +
      `Use a tested version, or check the workaround in invited-cms's upstream/ folder against this one first.`,
  )
}

const UNPATCHED = Symbol.for('invited-cms.unpatched')
type Patchable = { [UNPATCHED]?: Record<string, unknown> }

/**
 * Keeps the original of a method a workaround replaces, so that tests/int/upstreamProblems.test.ts
 * can show the problem is still there upstream (and say when it is not).
 */
export function keepUnpatched<T extends object, K extends keyof T & string>(
  target: T,
  name: K,
): T[K] {
  const store = ((target as Patchable)[UNPATCHED] ??= {})
  const original = (target[name] as (...args: unknown[]) => unknown).bind(target) as T[K]
  store[name] ??= original
  return original
}

/** The method as upstream wrote it, before any workaround replaced it. */
export function unpatched<T extends object, K extends keyof T & string>(target: T, name: K): T[K] {
  return ((target as Patchable)[UNPATCHED]?.[name] ?? target[name]) as T[K]
}

/**
 * The fields a GraphQL workaround replaced, by name, for tests/int/upstreamProblems.test.ts. Kept on
 * `globalThis` under a registered symbol: Next's bundle and the server each load their own copy of
 * these modules, and the test must find what the schema-building copy replaced.
 */
export function replacedFields<T>(key: string): Map<string, T> {
  const store = globalThis as { [key: symbol]: Map<string, T> | undefined }
  return (store[Symbol.for(key)] ??= new Map())
}
