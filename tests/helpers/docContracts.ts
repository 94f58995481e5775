/**
 * Reads the request/response examples out of a Markdown guide (docs/frontend.md), so a test can run
 * each one verbatim against the server and compare the answer with what the guide shows.
 *
 * An example starts with a fenced block whose info string names it — ```graphql contract=<name>
 * (a GraphQL operation) or ```http contract=<name> (a REST request: a request line, header lines, a
 * blank line and an optional body) — optionally followed by ```json variables, and then by
 * ```json response (the documented answer). `status=<code>` on the first block gives the expected
 * HTTP status (default 200).
 */
export type DocContract = {
  name: string
  kind: 'graphql' | 'http'
  status: number
  /** `auth=token`: a GraphQL example sent with the `Authorization: JWT <token>` the guide describes. */
  signedIn: boolean
  request: string
  variables?: Record<string, unknown>
  response: unknown
}

type Fence = { info: string; body: string; line: number }

function fences(markdown: string): Fence[] {
  const result: Fence[] = []
  const lines = markdown.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const open = /^```(.*)$/.exec(lines[index])
    if (!open) continue
    const start = index
    const body: string[] = []
    for (index++; index < lines.length && !lines[index].startsWith('```'); index++)
      body.push(lines[index])
    result.push({ info: open[1].trim(), body: body.join('\n'), line: start + 1 })
  }
  return result
}

const attribute = (info: string, name: string) =>
  new RegExp(`(?:^|\\s)${name}=(\\S+)`).exec(info)?.[1]

export function readContracts(markdown: string): DocContract[] {
  const contracts: DocContract[] = []
  let current: DocContract | undefined
  for (const fence of fences(markdown)) {
    const name = attribute(fence.info, 'contract')
    const kind = fence.info.split(/\s/)[0]
    if (name && (kind === 'graphql' || kind === 'http')) {
      current = {
        name,
        kind,
        status: Number(attribute(fence.info, 'status') ?? 200),
        signedIn: attribute(fence.info, 'auth') === 'token',
        request: fence.body,
        response: undefined,
      }
      contracts.push(current)
    } else if (current && fence.info === 'json variables') {
      current.variables = JSON.parse(fence.body)
    } else if (current && fence.info === 'json response') {
      try {
        current.response = JSON.parse(fence.body)
      } catch (error) {
        throw new Error(
          `docs: the response of "${current.name}" (line ${fence.line}) is not JSON: ${(error as Error).message}`,
          { cause: error },
        )
      }
      current = undefined
    }
  }
  const unanswered = contracts
    .filter((contract) => contract.response === undefined)
    .map((contract) => contract.name)
  if (unanswered.length > 0)
    throw new Error(`docs: no documented response for ${unanswered.join(', ')}`)
  return contracts
}

/** A REST example: method, path and headers, and the body after the blank line. */
export function parseHttp(request: string): {
  method: string
  path: string
  headers: Record<string, string>
  body?: string
} {
  const [head, ...rest] = request.split(/\n\s*\n/)
  const [requestLine, ...headerLines] = head.split('\n').filter((line) => line.trim() !== '')
  const [method, path] = requestLine.trim().split(/\s+/)
  const headers = Object.fromEntries(
    headerLines.map((line) => line.split(/:\s*/, 2) as [string, string]),
  )
  const body = rest.join('\n\n').trim()
  return { method, path, headers, body: body || undefined }
}

const isLexical = (value: unknown) => {
  const root = (value as { root?: { type?: unknown; children?: unknown } } | null)?.root
  return root?.type === 'root' && Array.isArray(root.children)
}

const kindOf = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?Z)?$/

/**
 * Where `actual` departs from the documented shape: every documented key must be there with a value
 * of the same JSON type (a documented `null` accepts anything; a documented date must be a date; a
 * documented Lexical document needs a Lexical document), and every element of an array must look
 * like the documented first element. A documented non-empty list must not come back empty, except
 * inside the elements the first one stands for.
 */
export function shapeMismatches(
  documented: unknown,
  actual: unknown,
  path = '$',
  asExample = false,
): string[] {
  if (documented === null) return []
  // Rich text is Lexical JSON, whose nodes differ by type: the guide shows its start, the check
  // asks for a Lexical document with nodes.
  if (isLexical(documented))
    return isLexical(actual)
      ? []
      : [`${path}: documented Lexical rich text, got ${JSON.stringify(actual)?.slice(0, 80)}`]
  if (kindOf(documented) !== kindOf(actual))
    return [`${path}: documented ${kindOf(documented)}, got ${kindOf(actual)}`]
  if (
    typeof documented === 'string' &&
    ISO_DATE.test(documented) &&
    !ISO_DATE.test(actual as string)
  ) {
    return [`${path}: documented a date, got ${JSON.stringify(actual)}`]
  }
  if (Array.isArray(documented)) {
    const items = actual as unknown[]
    // An empty answer is a mismatch only where the guide shows this very list; a list inside an
    // element that stands for all elements (a comment's replies) may well be empty elsewhere.
    if (documented.length > 0 && items.length === 0 && !asExample)
      return [`${path}: documented a non-empty list, got an empty one`]
    return documented.length === 0
      ? []
      : items.flatMap((item, index) =>
          shapeMismatches(documented[0], item, `${path}[${index}]`, asExample || index > 0),
        )
  }
  if (typeof documented === 'object') {
    const object = actual as Record<string, unknown>
    return Object.entries(documented as Record<string, unknown>).flatMap(([key, value]) =>
      key in object
        ? shapeMismatches(value, object[key], `${path}.${key}`, asExample)
        : [`${path}.${key}: documented, but missing`],
    )
  }
  return []
}

/** Values for the guide's placeholders (`<token>`, `<email>`, `<password>`). */
export type Placeholders = Record<string, string>

const fill = (text: string, placeholders: Placeholders) =>
  text.replace(/<(\w+)>/g, (match, name: string) => placeholders[name] ?? match)

/** Sends an example to the server, as written (placeholders filled in). */
export async function runContract(
  baseUrl: string,
  contract: DocContract,
  placeholders: Placeholders = {},
) {
  if (contract.kind === 'graphql') {
    return fetch(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(contract.signedIn ? { Authorization: `JWT ${placeholders.token}` } : {}),
      },
      body: JSON.stringify({ query: contract.request, variables: contract.variables }),
    })
  }
  const { method, path, headers, body } = parseHttp(fill(contract.request, placeholders))
  return fetch(`${baseUrl}${path}`, { method, headers, body })
}
