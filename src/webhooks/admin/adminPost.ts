/** POSTs one of the webhooks' admin actions and reads its answer or its problem, for the buttons. */
export type ActionAnswer<T> = { ok: true; body: T } | { ok: false; problem: string }

export async function adminPost<T>(url: string): Promise<ActionAnswer<T>> {
  const response = await fetch(url, { method: 'POST', credentials: 'include' })
  const body = (await response.json().catch(() => ({}))) as T & { errors?: { message: string }[] }
  if (response.ok) return { ok: true, body }
  return {
    ok: false,
    problem: body.errors?.[0]?.message ?? `The server answered ${response.status}.`,
  }
}
