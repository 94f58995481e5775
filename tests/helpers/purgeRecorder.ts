/**
 * A local stand-in for a CDN's purge API: an HTTP server on 127.0.0.1 that records every request
 * (method, path, headers, JSON body) and answers 200, or a chosen status for the next few requests.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

export type RecordedPurge = {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: { tags?: string[]; paths?: string[] }
}

export type PurgeRecorder = {
  url: string
  calls: RecordedPurge[]
  /** The next `count` requests are answered with `status` (and still recorded). */
  failNext: (count: number, status?: number) => void
  close: () => Promise<void>
}

export async function startPurgeRecorder(): Promise<PurgeRecorder> {
  const calls: RecordedPurge[] = []
  let failures = 0
  let failureStatus = 500
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      let body: RecordedPurge['body'] & { unreadable?: true }
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')
      } catch {
        body = { unreadable: true }
      }
      calls.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body })
      const status = failures > 0 ? failureStatus : 200
      if (failures > 0) failures -= 1
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ success: status === 200 }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    failNext: (count, status = 500) => {
      failures = count
      failureStatus = status
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
