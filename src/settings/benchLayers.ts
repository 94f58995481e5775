/**
 * BENCH_SKIP_LAYERS: layers of the express app (src/http/app.ts) to leave out, comma-separated — for
 * the benchmark's per-layer A/B only (bench/layers.ts measures what each one costs). Never in
 * production use: without them requests are unlogged, unchecked and served through Next.
 */
export const SKIPPABLE_LAYERS = [
  'requestLog',
  'securityHeaders',
  'cors',
  'csrf',
  'wellFormedPath',
  'clientAddress',
  'bodyLimits',
  'graphqlRequests',
  'readConsistency',
  'databaseOutage',
  'payloadWithoutNext',
] as const

export type SkippableLayer = (typeof SKIPPABLE_LAYERS)[number]

export function parseSkippedLayers(raw: string | undefined, problems: string[]): Set<string> {
  const names = (raw ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  const known = new Set<string>(SKIPPABLE_LAYERS)
  const unknown = names.filter((name) => !known.has(name))
  if (unknown.length > 0) {
    problems.push(
      `BENCH_SKIP_LAYERS names unknown layers (${unknown.join(', ')}); known: ${SKIPPABLE_LAYERS.join(', ')}.`,
    )
  }
  return new Set(names)
}
