/**
 * The benchmark's table: medians of the rounds, side by side with the raw-SQL bound and the peer (a
 * vanilla Payload app, bench/peer).
 */
import os from 'node:os'

import type { Measurement } from './load'

export type Variant = 'cache on' | 'cache off' | 'raw' | 'peer'

/** Bytes of one answer per variant, by `${size}|${scenario}` (S1–S3). */
export type AnswerBytes = Record<string, Partial<Record<Variant, number>>>

export type Result = Measurement & {
  size: number
  scenario: string
  title: string
  variant: Variant
  round: number
}

type Summary = {
  size: number
  scenario: string
  title: string
  variant: Variant
  requestsPerSecond: number
  p50: number
  p99: number
  errors: number
  status5xx: number
  peakRssMiB: number
  rounds: number
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function summarize(results: Result[]): Summary[] {
  const groups = new Map<string, Result[]>()
  for (const result of results) {
    const key = `${result.size}|${result.scenario}|${result.variant}`
    groups.set(key, [...(groups.get(key) ?? []), result])
  }
  return [...groups.values()].map((group) => ({
    size: group[0].size,
    scenario: group[0].scenario,
    title: group[0].title,
    variant: group[0].variant,
    requestsPerSecond: Math.round(median(group.map((result) => result.requestsPerSecond))),
    p50: median(group.map((result) => result.p50)),
    p99: median(group.map((result) => result.p99)),
    errors: group.reduce((sum, result) => sum + result.errors, 0),
    status5xx: group.reduce((sum, result) => sum + result.status5xx, 0),
    peakRssMiB: Math.max(...group.map((result) => result.peakRssMiB)),
    rounds: group.length,
  }))
}

const cell = (summary?: Summary) =>
  summary ? `${summary.requestsPerSecond} (${summary.p50}/${summary.p99})` : '–'
const ratio = (a?: Summary, b?: Summary) =>
  a && b && b.requestsPerSecond > 0 ? (a.requestsPerSecond / b.requestsPerSecond).toFixed(2) : '–'

export function printReport(
  results: Result[],
  extras: Record<string, unknown>,
  plan: Record<string, unknown>,
  answerBytes: AnswerBytes = {},
) {
  const summaries = summarize(results)
  const find = (size: number, scenario: string, variant: Variant) =>
    summaries.find(
      (summary) =>
        summary.size === size && summary.scenario === scenario && summary.variant === variant,
    )
  const rows = [
    '| articles | scenario | cache on req/s (p50/p99 ms) | cache off | raw SQL | peer | on ÷ raw | off ÷ raw | off ÷ peer | answer bytes off / peer | errors / 5xx | peak RSS on / off / peer (MiB) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ]
  const keys = [...new Set(summaries.map((summary) => `${summary.size}|${summary.scenario}`))]
  for (const key of keys) {
    const [sizeText, scenario] = key.split('|')
    const size = Number(sizeText)
    const on = find(size, scenario, 'cache on')
    const off = find(size, scenario, 'cache off')
    const raw = find(size, scenario, 'raw')
    const peer = find(size, scenario, 'peer')
    const all = [on, off, raw, peer]
    const errors = all.reduce((sum, summary) => sum + (summary?.errors ?? 0), 0)
    const status5xx = all.reduce((sum, summary) => sum + (summary?.status5xx ?? 0), 0)
    const bytes = answerBytes[key]
    const bytesCell = bytes
      ? `${bytes['cache off'] ?? '–'} / ${bytes.peer ?? '–'}${
          bytes['cache on'] !== undefined && bytes['cache on'] !== bytes['cache off']
            ? ` (on: ${bytes['cache on']})`
            : ''
        }`
      : '–'
    rows.push(
      `| ${size} | ${scenario}: ${(on ?? off ?? raw ?? peer)?.title} | ${cell(on)} | ${cell(off)} | ${cell(raw)} | ${cell(peer)} | ${ratio(on, raw)} | ${ratio(off, raw)} | ${ratio(off, peer)} | ${bytesCell} | ${errors} / ${status5xx} | ${on?.peakRssMiB ?? '–'} / ${off?.peakRssMiB ?? '–'} / ${peer?.peakRssMiB ?? '–'} |`,
    )
  }
  console.log(`\n${rows.join('\n')}`)
  console.log(`\n${JSON.stringify(extras)}`)
  return {
    ranAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    plan,
    extras,
    answerBytes,
    table: rows,
    summaries,
    results,
  }
}
