/**
 * One measurement: autocannon against one server for a while (after a warm-up that is not counted),
 * sampling the server's resident memory meanwhile.
 */
import autocannon from 'autocannon'

import { rssMiB } from './processes'

export type Request = {
  method?: 'GET' | 'POST'
  path: string
  headers?: Record<string, string>
  body?: string
}

export type LoadPlan = {
  /** A fixed request, or one made afresh for every request (rotating slugs, distinct clients). */
  request: Request | (() => Request)
  connections: number
  seconds: number
  warmUpSeconds: number
}

export type Measurement = {
  requestsPerSecond: number
  p50: number
  p99: number
  /** Connection errors and timeouts. */
  errors: number
  ok: number
  non2xx: number
  status5xx: number
  peakRssMiB: number
  /** Completed requests per second, second by second (for flatness over a long run). */
  perSecond: number[]
}

function autocannonOptions(url: string, plan: LoadPlan, seconds: number) {
  const { request } = plan
  const fixed = typeof request === 'function' ? request() : request
  return {
    url,
    connections: plan.connections,
    duration: seconds,
    method: fixed.method ?? 'GET',
    requests: [
      {
        method: fixed.method ?? 'GET',
        path: fixed.path,
        headers: fixed.headers,
        body: fixed.body,
        // autocannon calls setupRequest whenever the key is present: only a rotating plan has one.
        ...(typeof request === 'function'
          ? {
              setupRequest: (previous: autocannon.Request) => {
                const next = request()
                return { ...previous, ...next, method: next.method ?? 'GET' }
              },
            }
          : {}),
      },
    ],
  } satisfies autocannon.Options
}

export async function measure(url: string, pid: number | undefined, plan: LoadPlan) {
  if (plan.warmUpSeconds > 0) await autocannon(autocannonOptions(url, plan, plan.warmUpSeconds))
  let peakRssMiB = rssMiB(pid)
  const sampler = setInterval(() => (peakRssMiB = Math.max(peakRssMiB, rssMiB(pid))), 200)
  const perSecond: number[] = []
  let thisSecond = 0
  let status5xx = 0
  const ticker = setInterval(() => {
    perSecond.push(thisSecond)
    thisSecond = 0
  }, 1000)
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(autocannonOptions(url, plan, plan.seconds), (error, done) =>
      error ? reject(error as Error) : resolve(done),
    )
    instance.on('response', (_client: unknown, statusCode: number) => {
      thisSecond++
      if (statusCode >= 500) status5xx++
    })
  })
  clearInterval(sampler)
  clearInterval(ticker)
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    ok: result['2xx'],
    non2xx: result.non2xx,
    status5xx,
    peakRssMiB: Math.round(peakRssMiB),
    perSecond,
  } satisfies Measurement
}
