/**
 * Calls Payload's own Next.js route handlers (the ones src/app/(payload)/api serves) with web
 * Requests: HTTP semantics — status codes, headers, cookies, JSON bodies — without a server process.
 */
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export type RequestOptions = {
  token?: string
  /** JSON-encoded, except a FormData (an upload), which goes as multipart with its own boundary. */
  body?: unknown
  headers?: Record<string, string>
}

export type RouteClient = {
  request: (method: Method, path: string, options?: RequestOptions) => Promise<Response>
  graphql: (
    query: string,
    options?: {
      token?: string
      variables?: Record<string, unknown>
      headers?: Record<string, string>
    },
  ) => Promise<Response>
  /** Runs a GraphQL operation that must succeed, and returns its `data` (fails the test on any error). */
  // Tests read deep into answers whose shape the query itself spells out.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  graphqlData: (query: string, options?: { token?: string }) => Promise<Record<string, any>>
  /** Signs in over REST and returns the JWT. */
  login: (email: string, password: string) => Promise<string>
}

const BASE = 'http://localhost:3000'

export function createRouteClient(config: SanitizedConfig, usersSlug = 'users'): RouteClient {
  const handlers = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    DELETE: REST_DELETE(config),
  }
  const graphqlHandler = GRAPHQL_POST(config)

  const buildRequest = (
    method: Method,
    url: string,
    { token, body, headers = {} }: RequestOptions,
  ) =>
    new Request(url, {
      method,
      headers: {
        ...(body !== undefined && !(body instanceof FormData)
          ? { 'Content-Type': 'application/json' }
          : {}),
        ...(token ? { Authorization: `JWT ${token}` } : {}),
        ...headers,
      },
      body: body instanceof FormData || body === undefined ? body : JSON.stringify(body),
    })

  const request: RouteClient['request'] = (method, path, options = {}) => {
    const url = new URL(`/api${path}`, BASE)
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .filter(Boolean)
    return handlers[method](buildRequest(method, url.toString(), options), {
      params: Promise.resolve({ slug }),
    })
  }

  const graphql: RouteClient['graphql'] = (query, { token, variables, headers } = {}) =>
    graphqlHandler(
      buildRequest('POST', `${BASE}/api/graphql`, { token, body: { query, variables }, headers }),
    )

  return {
    request,
    graphql,
    graphqlData: async (query, { token } = {}) => {
      const body = await (await graphql(query, { token })).json()
      if (body.errors)
        throw new Error(`GraphQL errors for ${query}: ${JSON.stringify(body.errors)}`)
      return body.data
    },
    login: async (email, password) => {
      const response = await request('POST', `/${usersSlug}/login`, { body: { email, password } })
      if (response.status !== 200)
        throw new Error(`login as ${email} failed with ${response.status}`)
      const { token } = (await response.json()) as { token: string }
      return token
    },
  }
}
