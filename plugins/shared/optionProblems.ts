/**
 * Checks a plugin's options when the config is built: every problem is named by its option path
 * (`limits.maxPerHour`) with what was expected and what was given, and all are reported at once.
 */

const show = (value: unknown) =>
  typeof value === 'function' ? 'a function' : JSON.stringify(value)

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9_-]*$/
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')

export class OptionProblems {
  private readonly problems: string[] = []

  constructor(private readonly plugin: string) {}

  /** Records a problem unless `ok`: `"option" must be <what>, got <value>`. */
  expect(ok: boolean, option: string, what: string, value: unknown): void {
    if (!ok) this.problems.push(`"${option}" must be ${what}, got ${show(value)}`)
  }

  /** Throws one error naming every problem recorded, if there is any. */
  throwIfAny(): void {
    if (this.problems.length > 0) throw new Error(`${this.plugin}: ${this.problems.join('; ')}.`)
  }
}
