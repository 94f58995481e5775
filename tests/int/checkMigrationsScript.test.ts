/**
 * `npm run check:migrations` against Payload's silent exit (scripts/lib/silentCli.ts): with a CLI
 * that exits 0 having printed and done nothing, the check must fail, not report "Migrations match the
 * config" — which it did before, since no new migration file had appeared.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const REPOSITORY = path.resolve(import.meta.dirname, '../..')
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'invited-silent-cli-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function checkMigrationsWith(cliSource: string) {
  const cli = path.join(dir, `cli-${Math.random().toString(36).slice(2)}.mjs`)
  await writeFile(cli, cliSource)
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/check-migrations.ts'],
      { cwd: REPOSITORY, env: { ...process.env, CHECK_MIGRATIONS_CLI: cli } },
    )
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string }
    return { code, output: stdout + stderr }
  }
}

describe('npm run check:migrations', () => {
  it('fails when the CLI exits 0 having printed and done nothing, after trying again', async () => {
    const result = await checkMigrationsWith('process.exit(0)\n')
    expect(result.code).toBe(1)
    expect(result.output).toMatch(/exited without a word \(attempt 1\); running it again/)
    expect(result.output).toMatch(/without a word 3 times .*nothing was done/)
    expect(result.output).not.toMatch(/Migrations match the config/)
  })

  it('fails when the CLI prints something other than a schema comparison', async () => {
    const result = await checkMigrationsWith("console.log('Something else entirely')\n")
    expect(result.code).toBe(1)
    expect(result.output).toMatch(/Something else entirely/)
  })

  it('passes when the CLI compared the schema and found nothing to add', async () => {
    const result = await checkMigrationsWith(
      "console.log('INFO: Starting migration: generating UP statements...')\n",
    )
    expect(result).toMatchObject({ code: 0 })
    expect(result.output).toMatch(/Migrations match the config/)
  })
})
