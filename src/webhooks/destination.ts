/**
 * Where a webhook may be sent. An admin types a URL and this server then makes requests to it, so a
 * URL naming this machine or the private network (a database, a metadata service, an internal admin)
 * would turn webhooks into a way to reach them (server-side request forgery). Such addresses are
 * refused — when the endpoint is saved, and again at every delivery, on the address actually
 * connected to (a name can resolve elsewhere by then) — unless WEBHOOKS_ALLOWED_HOSTS names the host.
 */
import dns from 'node:dns'
import net from 'node:net'

/** Addresses that are not the public internet (IANA special-purpose registries, v4 and v6). */
const NOT_PUBLIC = new net.BlockList()
for (const [prefix, bits] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata services
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  NOT_PUBLIC.addSubnet(prefix, bits, 'ipv4')
}
for (const [prefix, bits] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  NOT_PUBLIC.addSubnet(prefix, bits, 'ipv6')
}

/** An IPv6 address that carries an IPv4 one (mapped `::ffff:a.b.c.d`, NAT64 `64:ff9b::a.b.c.d`). */
function embeddedIPv4(address: string): string | undefined {
  const match = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (match) return match[1]
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address)
  if (!hex) return undefined
  const high = parseInt(hex[1], 16)
  const low = parseInt(hex[2], 16)
  return [high >> 8, high & 255, low >> 8, low & 255].join('.')
}

export function isPublicAddress(address: string): boolean {
  const family = net.isIP(address)
  if (family === 4) return !NOT_PUBLIC.check(address, 'ipv4')
  if (family !== 6) return false
  const v4 = embeddedIPv4(address)
  if (v4) return isPublicAddress(v4)
  return !NOT_PUBLIC.check(address, 'ipv6')
}

export class DestinationRefused extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DestinationRefused'
  }
}

/** The host as compared with the allow-list: lower case, without an IPv6 literal's brackets. */
export const hostOf = (url: URL) => url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1')

const refusal = (host: string, address: string) =>
  new DestinationRefused(
    `${host} is ${address === host ? 'a' : `at ${address}, a`} private, loopback or reserved address; webhooks go only to public addresses. To send to it anyway, name "${host}" in WEBHOOKS_ALLOWED_HOSTS.`,
  )

/** Parses and checks a webhook URL's form: http(s), a host, no credentials in it. */
export function parseDestination(raw: string): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new DestinationRefused(`"${raw}" is not a URL (expected https://host/path).`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new DestinationRefused(
      `A webhook URL must start with https:// or http://, got "${url.protocol}".`,
    )
  }
  if (url.username || url.password) {
    throw new DestinationRefused(
      'A webhook URL must not carry a user name or password; receivers verify the signature instead.',
    )
  }
  return url
}

/**
 * Checks a URL before it is saved: its form, then every address its host resolves to now. Throws
 * DestinationRefused with a sentence an admin can act on.
 */
export async function checkDestination(raw: string, allowedHosts: readonly string[]): Promise<URL> {
  const url = parseDestination(raw)
  const host = hostOf(url)
  if (allowedHosts.includes(host)) return url
  if (net.isIP(host)) {
    if (!isPublicAddress(host)) throw refusal(host, host)
    return url
  }
  let addresses: dns.LookupAddress[]
  try {
    addresses = await dns.promises.lookup(host, { all: true, verbatim: true })
  } catch {
    throw new DestinationRefused(`The host "${host}" does not resolve to any address.`)
  }
  const unsafe = addresses.find(({ address }) => !isPublicAddress(address))
  if (unsafe) throw refusal(host, unsafe.address)
  return url
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void

/**
 * A `lookup` for http.request that refuses to connect to a non-public address: the check happens on
 * the very addresses the socket will use, so a name that resolved to a public address when the
 * endpoint was saved cannot be pointed at the private network later (DNS rebinding).
 */
export function publicOnlyLookup(
  hostname: string,
  options: dns.LookupOptions,
  callback: LookupCallback,
): void {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, [])
    const unsafe = addresses.find(({ address }) => !isPublicAddress(address))
    if (unsafe) return callback(refusal(hostname, unsafe.address), [])
    if (options.all) return callback(null, addresses)
    const [first] = addresses
    callback(null, first.address, first.family)
  })
}
