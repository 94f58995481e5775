/**
 * The server (src/server.ts) runs Next, and Payload lives inside Next's server bundle: the instance
 * `getPayload` made there is a different module copy from anything the server imports, and Payload
 * exports no way to reach it. At shutdown the server must still destroy it (stop its crons, end its
 * database pool) before the database goes away. `getPayload` caches its instances in a Map on
 * `globalThis._payload` (payload 3.90 src/index.ts), which every module copy shares: read from there.
 */
import type { Payload } from 'payload'

import { requireTestedVersion, type Workaround } from './versionGuard.ts'

export const PAYLOAD_INSTANCES: Workaround = {
  problem:
    'no way to reach the instance getPayload made inside Next’s bundle (to destroy it at shutdown)',
  upstream:
    'payload src/index.ts getPayload: instances cached on globalThis._payload, not exported',
  package: 'payload',
  tested: ['3.90.'],
}

type Cache = Map<string, { payload?: Payload | null }>

/** The Payload instances getPayload has made in this process, in whichever module copy. */
export function cachedPayloadInstances(): Payload[] {
  requireTestedVersion(PAYLOAD_INSTANCES)
  const cache = (globalThis as { _payload?: Cache })._payload
  return [...(cache?.values() ?? [])].flatMap((entry) => (entry.payload ? [entry.payload] : []))
}
