/** What every settings reader shares: the environment's type, and the error that lists problems. */

/** The environment as the readers take it: process.env, or a plain object in tests. */
export type Environment = Record<string, string | undefined>

/** A configuration problem the operator must fix; the server prints it and exits. */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
    this.name = 'SettingsError'
  }
}

/** A positive whole number from `raw`, or `fallback` when unset; a problem when it is anything else. */
export function positiveInteger(
  name: string,
  raw: string | undefined,
  fallback: number,
  problems: string[],
): number {
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0) {
    problems.push(`${name} must be a positive integer, got "${raw}".`)
    return fallback
  }
  return value
}

/** One of `allowed`, or `fallback` when unset; a problem when it is anything else. */
export function oneOf<T extends string>(
  name: string,
  raw: string | undefined,
  allowed: readonly T[],
  fallback: T,
  problems: string[],
): T {
  if (raw === undefined || raw === '') return fallback
  if ((allowed as readonly string[]).includes(raw)) return raw as T
  problems.push(
    `${name} must be ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}, got "${raw}".`,
  )
  return fallback
}

/** A comma-separated list, trimmed, empty entries dropped; undefined when unset. */
export const list = (raw: string | undefined): string[] | undefined =>
  raw === undefined
    ? undefined
    : raw
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean)

/** An http(s) address from `raw`, or undefined when unset; a problem when it is anything else. */
export function httpAddress(name: string, raw: string | undefined, problems: string[]) {
  if (!raw) return undefined
  if (!/^https?:\/\/[^/\s]+/.test(raw)) {
    problems.push(
      `${name} must be an http(s) address such as https://www.example.com, got "${raw}".`,
    )
  }
  return raw
}
