/**
 * Express reads some request bodies itself (a GraphQL query it may answer from the cache) or makes a
 * body up (GraphQL sent over GET). Next then needs a request whose stream still holds a body: this
 * makes a copy of the incoming request with the given method and body.
 */
import { IncomingMessage } from 'node:http'

export type Replay = { method: string; body: Buffer; contentType?: string }

export class BodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`The request body is larger than ${Math.round(limitBytes / 1024)} KB.`)
    this.name = 'BodyTooLargeError'
  }
}

/** The whole body, or BodyTooLargeError as soon as it passes `limitBytes`. */
export function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limitBytes) {
        req.removeAllListeners('data')
        req.resume() // drain what is left so the connection can answer
        reject(new BodyTooLargeError(limitBytes))
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

export function replayRequest(req: IncomingMessage, { method, body, contentType }: Replay) {
  const copy = new IncomingMessage(req.socket)
  copy.method = method
  copy.url = req.url
  copy.httpVersion = req.httpVersion
  copy.httpVersionMajor = req.httpVersionMajor
  copy.httpVersionMinor = req.httpVersionMinor
  const headers = { ...req.headers, 'content-length': String(body.length) }
  delete headers['transfer-encoding']
  if (contentType) headers['content-type'] = contentType
  copy.headers = headers
  copy.rawHeaders = Object.entries(headers).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value ?? '']).map((one) => [name, one]).flat(),
  )
  // A message the parser did not finish counts as aborted when it is destroyed, and takes the shared
  // socket down with it: this one is complete from the start.
  copy.complete = true
  copy.push(body)
  copy.push(null)
  return copy
}
