/**
 * A webhook receiver on 127.0.0.1 for the tests: records every request it gets (headers and the raw
 * body, as a signature check needs them) and answers 204, or the statuses queued with `answerNext`.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type ReceivedWebhook = { path: string; headers: Record<string, string>; body: string }

export type WebhookReceiver = {
  url: (path?: string) => string
  received: ReceivedWebhook[]
  /** The next requests are answered with these statuses, in order (then 204 again). */
  answerNext: (...statuses: number[]) => void
  close: () => Promise<void>
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = []
  const queued: number[] = []
  const server = http.createServer((request, response) => {
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => (body += chunk))
    request.on('end', () => {
      const headers: Record<string, string> = {}
      for (const [name, value] of Object.entries(request.headers)) {
        if (typeof value === 'string') headers[name] = value
      }
      received.push({ path: request.url ?? '/', headers, body })
      const status = queued.shift() ?? 204
      response.writeHead(status, { 'content-type': 'text/plain' })
      response.end(status >= 400 ? `receiver says ${status}` : undefined)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: (path = '/hooks') => `http://127.0.0.1:${port}${path}`,
    received,
    answerNext: (...statuses) => queued.push(...statuses),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
