/**
 * The server's Node flags (scripts/lib/serverEntry.ts) are on every documented way to start it:
 * `npm start` and the tests' and benchmark's servers take them from SERVER_NODE_FLAGS; `npm run serve`
 * and the operations guide spell them out, so they are checked here.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { SERVER_ENTRY, SERVER_NODE_FLAGS } from '../../scripts/lib/serverEntry'

const ROOT = path.resolve(import.meta.dirname, '../..')
const packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>
}
const operations = readFileSync(path.join(ROOT, 'docs/operations.md'), 'utf8').replace(/\s+/g, ' ')
const serverCommand = `node ${SERVER_NODE_FLAGS.join(' ')} ${SERVER_ENTRY}`

describe('the server’s Node flags', () => {
  it('are passed by `npm run serve`', () => {
    expect(packageJson.scripts.serve).toBe(`NODE_ENV=production ${serverCommand}`)
  })

  it('are in every command docs/operations.md gives for running the server', () => {
    const shown = operations.match(/node (?:--\S+ )*build\/server\.mjs/g) ?? []
    expect(shown.length).toBeGreaterThan(0)
    for (const command of shown) expect(command).toBe(serverCommand)
  })
})
