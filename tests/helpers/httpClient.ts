/**
 * REST and GraphQL over real HTTP, against a running server (see cmsProcess.ts).
 */
import { expect } from 'vitest'

export type HttpClient = {
  request: (
    method: string,
    path: string,
    options?: { token?: string; body?: unknown },
  ) => Promise<Response>
  graphql: (
    query: string,
    options?: { token?: string; variables?: Record<string, unknown> },
  ) => Promise<Response>
  login: (email: string, password: string) => Promise<Response>
  /** Signs in and returns the JWT, failing loudly when the credentials are refused. */
  token: (email: string, password: string) => Promise<string>
}

export function createHttpClient(baseUrl: string, usersSlug = 'users'): HttpClient {
  const request: HttpClient['request'] = (method, path, { token, body } = {}) =>
    fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(token ? { Authorization: `JWT ${token}` } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    })
  const login: HttpClient['login'] = (email, password) =>
    request('POST', `/api/${usersSlug}/login`, { body: { email, password } })
  return {
    request,
    graphql: (query, { token, variables } = {}) =>
      request('POST', '/api/graphql', { token, body: { query, variables } }),
    login,
    token: async (email, password) => {
      const response = await login(email, password)
      if (response.status !== 200)
        throw new Error(`login as ${email} failed with ${response.status}`)
      return ((await response.json()) as { token: string }).token
    },
  }
}

/** The id of a credential of the seeded catalogue, looked up over REST by its abbreviation. */
export async function credentialIdOverHttp(
  http: HttpClient,
  token: string,
  abbreviation: string,
): Promise<number> {
  const response = await http.request(
    'GET',
    `/api/credentials?where[abbreviation][equals]=${abbreviation}`,
    { token },
  )
  return (await response.json()).docs[0].id
}

/** The document a REST write answered (`doc`, or the body itself), failing the test on another status. */
export async function docOf(response: Response, status = 201) {
  const body = await response.json()
  expect(response.status, JSON.stringify(body)).toBe(status)
  return body.doc ?? body
}
