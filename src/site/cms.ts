/**
 * How the reader site reads the CMS: over HTTP, through the public GraphQL API, exactly as any other
 * front end would — never through Payload's Local API — so that the site proves what the documented
 * API can do. Operations are typed by codegen (graphql/generated.ts) from the committed schema.
 *
 * SITE_CMS_URL points the site at another CMS; by default it reads the server it runs in, over
 * loopback (src/server.ts publishes that address once it listens).
 */
import { readSiteSettings } from '../settings/site'
import type { TypedDocumentString } from './graphql/generated'

/** The CMS as the site's server reaches it. */
export const cmsUrl = (): string => readSiteSettings().cmsUrl

/** The GraphQL endpoint as readers' browsers reach it. */
export const browserGraphqlUrl = (): string => readSiteSettings().browserGraphqlUrl

export const siteEnabled = (): boolean => readSiteSettings().enabled

export class CmsError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message)
    this.name = 'CmsError'
  }
}

type GraphQLAnswer<T> = {
  data?: T
  errors?: { message: string; extensions?: { name?: string; statusCode?: number } }[]
}

/**
 * Runs one typed operation. `token` makes it a signed-in request (draft previews): it is sent as
 * `Authorization: JWT …`, the API's own scheme, so no cookie ever crosses from the site to the CMS.
 */
export async function cmsQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  { token }: { token?: string } = {},
): Promise<TResult> {
  const response = await fetch(`${cmsUrl()}/api/graphql`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: JSON.stringify({ query: document.toString(), variables }),
    cache: 'no-store',
  })
  const answer = (await response.json().catch(() => ({}))) as GraphQLAnswer<TResult>
  if (answer.errors?.length || !answer.data) {
    const first = answer.errors?.[0]
    throw new CmsError(
      `The CMS refused a query: ${first?.message ?? `HTTP ${response.status}`}`,
      first?.extensions?.statusCode ?? response.status,
    )
  }
  return answer.data
}
