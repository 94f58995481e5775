/**
 * The answer of a custom endpoint that refuses a request: Payload's own error shape
 * (`{ errors: [{ message }] }`) with the status that says why, so clients read every refusal alike.
 */
export function problemResponse(
  status: number,
  message: string,
  { field, headers }: { field?: string; headers?: Record<string, string> } = {},
): Response {
  return Response.json({ errors: [{ message, ...(field ? { field } : {}) }] }, { status, headers })
}
