/**
 * docs/frontend.md cannot rot: every GraphQL operation and REST request it shows is sent verbatim
 * to the production server (with the demo content), and the answer must have the documented status
 * and shape. Runs on the embedded database (npm test) and on PostgreSQL (npm run test:postgres).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CmsProcess } from '../helpers/cmsProcess'
import {
  readContracts,
  runContract,
  shapeMismatches,
  type Placeholders,
} from '../helpers/docContracts'
import { startServerWithAdmin, type ServerWithAdmin } from '../helpers/serverWithAdmin'

const GUIDE = path.resolve(import.meta.dirname, '../../docs/frontend.md')
const ADMIN = { email: 'admin@example.com', password: 'front-end-guide-password' }
const contracts = readContracts(readFileSync(GUIDE, 'utf8'))

let server: ServerWithAdmin
let cms: CmsProcess
let placeholders: Placeholders

beforeAll(async () => {
  server = await startServerWithAdmin(ADMIN, {
    SEED_DEMO_CONTENT: 'true',
    // The guide submits several comments from one address.
    COMMENTS_FLOOD_SECONDS: '0',
  })
  cms = server.cms
  placeholders = { token: server.token, email: ADMIN.email, password: ADMIN.password }
})

afterAll(async () => {
  await server?.stop()
})

describe('docs/frontend.md', () => {
  it('documents the queries a practice site needs, each with its answer', () => {
    expect(contracts.length).toBeGreaterThanOrEqual(20)
    expect(
      contracts.filter((contract) => contract.kind === 'graphql').length,
    ).toBeGreaterThanOrEqual(9)
  })

  it.each(contracts.map((contract) => [contract.name, contract] as const))(
    '%s answers as documented',
    async (_name, contract) => {
      const response = await runContract(cms.url, contract, placeholders)
      const body = await response.json()
      expect(response.status, JSON.stringify(body).slice(0, 500)).toBe(contract.status)
      if (contract.kind === 'graphql')
        expect(body.errors, JSON.stringify(body.errors)).toBeUndefined()
      expect(shapeMismatches(contract.response, body)).toEqual([])
    },
  )
})

describe('the shape check itself', () => {
  it('notices a missing field, a changed type and a list of something else', () => {
    expect(
      shapeMismatches({ a: 1, b: 'x', c: [{ d: true }] }, { a: '1', c: [{ d: true }, { e: 1 }] }),
    ).toEqual([
      '$.a: documented number, got string',
      '$.b: documented, but missing',
      '$.c[1].d: documented, but missing',
    ])
    expect(shapeMismatches({ when: '2026-03-30T09:00:00.000Z' }, { when: 'soon' })).toEqual([
      '$.when: documented a date, got "soon"',
    ])
    expect(
      shapeMismatches({ body: { root: { type: 'root', children: [] } } }, { body: 'text' }),
    ).toHaveLength(1)
  })
})
