/** 405 for a method an endpoint does not take; `Allow` names the ones it does. Same error shape as Payload's. */
export function methodNotAllowed(allowed: string[], message: string): Response {
  return Response.json(
    { errors: [{ name: 'MethodNotAllowed', message }] },
    { status: 405, headers: { Allow: allowed.join(', ') } },
  )
}
