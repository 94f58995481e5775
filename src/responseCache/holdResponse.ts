/**
 * Holds back what Next writes to a response — status, headers and body — until it ends, then hands
 * the whole body to `release`, which decides what goes out (the cache needs the complete answer to
 * compute its ETag before any header is sent). Everything else about the response is untouched.
 */
import type { ServerResponse } from 'node:http'

type Callback = (error?: Error | null) => void
type Chunk = Buffer | Uint8Array | string

const toBuffer = (chunk: Chunk, encoding?: BufferEncoding) =>
  typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.from(chunk)

export function holdResponse(res: ServerResponse, release: (body: Buffer) => void): void {
  const chunks: Buffer[] = []
  const original = {
    write: res.write,
    end: res.end,
    writeHead: res.writeHead,
    flushHeaders: res.flushHeaders,
  }

  res.writeHead = function (statusCode: number, ...rest: unknown[]) {
    res.statusCode = statusCode
    if (typeof rest[0] === 'string') res.statusMessage = rest.shift() as string
    const headers = rest[0]
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1])
    } else if (headers && typeof headers === 'object') {
      for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined) res.setHeader(name, value as string)
      }
    }
    return res
  } as ServerResponse['writeHead']

  res.flushHeaders = () => {}

  res.write = function (chunk: Chunk, encoding?: BufferEncoding | Callback, callback?: Callback) {
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined]
    chunks.push(toBuffer(chunk, encoding))
    if (callback) process.nextTick(callback)
    return true
  } as ServerResponse['write']

  res.end = function (
    chunk?: Chunk | Callback,
    encoding?: BufferEncoding | Callback,
    callback?: Callback,
  ) {
    if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined]
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined]
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding))
    Object.assign(res, original)
    if (callback) res.once('finish', () => callback())
    release(Buffer.concat(chunks))
    return res
  } as ServerResponse['end']
}
