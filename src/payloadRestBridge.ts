/**
 * Payload's REST handler, handed from inside Next's bundle to the express server so that chosen
 * routes can be answered without Next (src/http/directRest.ts).
 *
 * Next's route file for `/api/[...slug]` is a thin wrapper around Payload's `handleEndpoints`; what
 * costs is Next's own request handling around it. Measured on the public comment submission (2
 * cores, PostgreSQL, 8 connections, distinct clients): 91 accepted/s through Next, 180 straight to
 * `handleEndpoints` — the same Payload code, hooks and error handling either way.
 *
 * The config (inside Next's bundle) and the server (outside it) load separate copies of this module
 * and of `payload`: they meet on `globalThis` under a registered symbol, like contentChanges.ts, and
 * the handler keeps using the bundle's own `payload`, so Payload's errors stay Payload's errors.
 */
export type PayloadRestHandler = (request: Request) => Promise<Response>

const HANDLER = Symbol.for('invited-cms.payloadRestHandler')
type WithHandler = { [HANDLER]?: PayloadRestHandler }

/** Called by the config once Payload has started (payload.config.ts, onInit). */
export function exposePayloadRest(handler: PayloadRestHandler): void {
  ;(globalThis as WithHandler)[HANDLER] = handler
}

/** The handler, or undefined until Payload has started (requests then go through Next). */
export function payloadRest(): PayloadRestHandler | undefined {
  return (globalThis as WithHandler)[HANDLER]
}
