/**
 * A small load balancer on 127.0.0.1, as a deployment puts in front of several instances: requests
 * go round-robin to the backends; a backend that refuses the connection is skipped and the request
 * sent to the next one (it never reached the first, so even a POST is safe to resend). A GET whose
 * connection breaks mid-way is resent too; any other broken request is answered 502, as balancers do.
 * It counts what it did, so a test can tell its retries from the backends' own answers.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type LoadBalancer = {
  url: string
  /** Requests resent to another backend, and requests answered 502 by the balancer itself. */
  stats: { retried: number; failed: number }
  close: () => Promise<void>
}

export async function startLoadBalancer(backends: string[]): Promise<LoadBalancer> {
  const stats = { retried: 0, failed: 0 }
  let next = 0

  function forward(
    req: http.IncomingMessage,
    body: Buffer,
    res: http.ServerResponse,
    attempt: number,
  ) {
    const target = new URL(backends[next++ % backends.length])
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: req.headers.host, 'x-forwarded-for': '127.0.0.1' },
        agent: false,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
        answer.on('error', () => res.destroy())
      },
    )
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      const neverReached = error.code === 'ECONNREFUSED'
      const resendable = neverReached || req.method === 'GET' || req.method === 'HEAD'
      if (resendable && attempt < backends.length * 2 && !res.headersSent) {
        stats.retried += 1
        forward(req, body, res, attempt + 1)
        return
      }
      stats.failed += 1
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' })
      res.end('bad gateway')
    })
    upstream.end(body)
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => forward(req, Buffer.concat(chunks), res, 0))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
