/**
 * Payload's CLI (3.79 and later, its tsx loader) sometimes exits with status 0 having printed and
 * done nothing at all — payloadcms/payload#16381 and #17757; seen here in 4 runs of 30 of `payload
 * migrate`. A check built on such a run passes without having checked anything. So every run is
 * judged by what it printed: a run that printed nothing is tried again (at most `attempts` times in
 * all), a run that printed something other than `expected` is a failure, with everything it printed.
 */
export class CliDidNotRun extends Error {}

export async function runUntilItSpeaks(
  what: string,
  run: () => Promise<string>,
  expected: RegExp,
  {
    attempts = 3,
    onSilent = console.log,
  }: { attempts?: number; onSilent?: (line: string) => void } = {},
): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    const output = await run()
    if (expected.test(output)) return output
    if (output.trim() !== '')
      throw new CliDidNotRun(`${what}: expected ${expected} in what it printed:\n${output}`)
    if (attempt >= attempts)
      throw new CliDidNotRun(
        `${what}: the CLI exited without a word ${attempts} times (payloadcms/payload#17757): nothing was done`,
      )
    onSilent(`${what}: the CLI exited without a word (attempt ${attempt}); running it again`)
  }
}
