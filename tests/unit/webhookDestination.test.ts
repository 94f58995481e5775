/**
 * Which addresses a webhook may be sent to: the public internet only, however the address is
 * written — the forms attackers use to slip a loopback or metadata address past a naive check.
 */
import { describe, expect, it } from 'vitest'

import { checkDestination, isPublicAddress } from '../../src/webhooks/destination'

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.0.0.1',
    '172.16.5.4',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fd00::1234',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
    '64:ff9b::10.0.0.1',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false)
  })

  it.each(['93.184.215.14', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'accepts %s',
    (address) => {
      expect(isPublicAddress(address)).toBe(true)
    },
  )

  it('refuses what is not an address at all', () => {
    expect(isPublicAddress('localhost')).toBe(false)
    expect(isPublicAddress('')).toBe(false)
  })
})

describe('checkDestination', () => {
  it('lets an allowed host through even when it is loopback', async () => {
    await expect(
      checkDestination('http://127.0.0.1:8080/hook', ['127.0.0.1']),
    ).resolves.toBeInstanceOf(URL)
    await expect(checkDestination('http://[::1]:8080/hook', ['::1'])).resolves.toBeInstanceOf(URL)
  })

  it('does not let the allow-list of one host cover another', async () => {
    await expect(checkDestination('http://127.0.0.2/hook', ['127.0.0.1'])).rejects.toThrow(
      /127\.0\.0\.2.*WEBHOOKS_ALLOWED_HOSTS/,
    )
  })

  it('checks what a name resolves to', async () => {
    await expect(checkDestination('http://localhost/hook', [])).rejects.toThrow(/localhost is at/)
  })
})
