/**
 * Sends a web `Response` (what Payload's handlers return) on Node's response the way Next sends a
 * route handler's answer: status, headers (each `Set-Cookie` on its own), the body streamed, and
 * gzip for clients that accept it — Next's compression (the `compression` middleware with its
 * defaults): compressible types of at least 1 KB, `Vary: Accept-Encoding`, never twice, never for
 * HEAD or when the answer says `no-transform`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as NodeWebStream } from 'node:stream/web'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'

const gzipAsync = promisify(gzip)

/** Smaller answers are sent as they are: gzip would save little (the middleware's threshold). */
const GZIP_THRESHOLD_BYTES = 1024
const COMPRESSIBLE =
  /^(text\/|application\/(json|[\w.+-]+\+json|xml|[\w.+-]+\+xml|javascript)|image\/svg\+xml)/i

const acceptsGzip = (req: IncomingMessage) =>
  /\bgzip\b(?!\s*;\s*q=0(\.0*)?\b)/i.test(String(req.headers['accept-encoding'] ?? ''))

function appendVary(res: ServerResponse, field: string) {
  const current = String(res.getHeader('vary') ?? '')
  const fields = current.split(',').map((one) => one.trim().toLowerCase())
  if (fields.includes('*') || fields.includes(field.toLowerCase())) return
  res.setHeader('Vary', current ? `${current}, ${field}` : field)
}

export async function sendWebResponse(
  req: IncomingMessage,
  res: ServerResponse,
  response: Response,
): Promise<void> {
  res.statusCode = response.status
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie') res.setHeader(name, value)
  }
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('Set-Cookie', cookies)

  const contentType = response.headers.get('content-type') ?? ''
  const mayCompress =
    COMPRESSIBLE.test(contentType) &&
    !response.headers.has('content-encoding') &&
    !/\bno-transform\b/i.test(response.headers.get('cache-control') ?? '')
  if (mayCompress) appendVary(res, 'Accept-Encoding')

  if (!response.body || req.method === 'HEAD') {
    res.end()
    return
  }
  if (!mayCompress || !acceptsGzip(req)) {
    await pipeline(Readable.fromWeb(response.body as NodeWebStream<Uint8Array>), res)
    return
  }
  // Payload's answers are built in memory (JSON): gzip it whole, off the main thread.
  const body = Buffer.from(await response.arrayBuffer())
  if (body.length < GZIP_THRESHOLD_BYTES) {
    res.setHeader('Content-Length', body.length)
    res.end(body)
    return
  }
  const gzipped = await gzipAsync(body)
  res.setHeader('Content-Encoding', 'gzip')
  res.setHeader('Content-Length', gzipped.length)
  res.end(gzipped)
}
