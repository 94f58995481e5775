/**
 * NODE_ENV=production refuses to start with a missing, short or placeholder PAYLOAD_SECRET, and says why.
 */
import { describe, expect, it } from 'vitest'

import { runCmsUntilExit } from '../helpers/cmsProcess'

describe('production secret guard', () => {
  it.each([
    ['missing', undefined, /PAYLOAD_SECRET is not set/],
    ['short', 'only-20-characters!!', /PAYLOAD_SECRET is too short \(20 characters/],
    ['placeholder', 'YOUR_SECRET_HERE', /well-known placeholder/],
    [
      '.env.example placeholder',
      'replace-me-with-a-long-random-string-of-at-least-32-characters',
      /well-known placeholder/,
    ],
  ])('refuses a %s PAYLOAD_SECRET', async (_case, secret, message) => {
    const { code, output } = await runCmsUntilExit({ PAYLOAD_SECRET: secret })
    expect(code).toBe(1)
    expect(output).toMatch(message)
    expect(output).toContain('refusing to start')
    // It stopped before opening a database or a port.
    expect(output).not.toContain('embedded database started')
    expect(output).not.toContain('"msg":"ready"')
  })

  it('reports every configuration problem at once', async () => {
    const { code, output } = await runCmsUntilExit({
      PAYLOAD_SECRET: 'short',
      PORT: 'eighty',
      ADMIN_PASSWORD: 'tiny',
    })
    expect(code).toBe(1)
    expect(output).toMatch(/PORT must be an integer/)
    expect(output).toMatch(/ADMIN_PASSWORD is too short/)
    expect(output).toMatch(/PAYLOAD_SECRET is too short/)
  })
})
