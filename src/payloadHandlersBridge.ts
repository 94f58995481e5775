/**
 * Payload's REST and GraphQL handlers, handed from inside Next's bundle to the express server so that
 * API requests can be answered without Next (src/http/payloadWithoutNext.ts).
 *
 * Next's route files for `/api/[...slug]` and `/api/graphql` are thin wrappers around Payload's
 * `handleEndpoints` and `GRAPHQL_POST`; what costs is Next's own request handling around them
 * (bench/RESULTS.md, issue 23: about half of an uncached read's CPU time).
 *
 * The config (inside Next's bundle) and the server (outside it) load separate copies of this module
 * and of `payload`: they meet on `globalThis` under a registered symbol, like contentChanges.ts, and
 * the handlers keep using the bundle's own `payload`, so Payload's errors stay Payload's errors.
 */
export type WebHandler = (request: Request) => Promise<Response>

export type PayloadHandlers = {
  /** Payload's REST router (`handleEndpoints`): collections, globals and custom endpoints. */
  rest: (request: Request, path: string) => Promise<Response>
  /** Payload's GraphQL endpoint (POST). */
  graphql: WebHandler
}

const HANDLERS = Symbol.for('invited-cms.payloadHandlers')
const WANTED = Symbol.for('invited-cms.payloadHandlersWanted')
type Bridge = { [HANDLERS]?: PayloadHandlers; [WANTED]?: true }

/** Called by the server before Next starts: only then is there anyone to hand the handlers to. */
export function wantPayloadHandlers(): void {
  ;(globalThis as Bridge)[WANTED] = true
}

/** Whether the server asked for the handlers (not in the CLI, tests' Local API or another app). */
export function payloadHandlersWanted(): boolean {
  return (globalThis as Bridge)[WANTED] === true
}

/** Called by the config once Payload has started (payload.config.ts, onInit). */
export function exposePayloadHandlers(handlers: PayloadHandlers): void {
  ;(globalThis as Bridge)[HANDLERS] = handlers
}

/** The handlers, or undefined until Payload has started (requests then go through Next). */
export function payloadHandlers(): PayloadHandlers | undefined {
  return (globalThis as Bridge)[HANDLERS]
}
