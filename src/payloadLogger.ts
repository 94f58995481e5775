/**
 * In production Payload logs the same way the server does — one JSON object per line, ISO time,
 * level as a word — so a log pipeline reads one format, and errors without the values of failed
 * queries (src/logRedaction.ts). Development keeps Payload's colourful lines.
 */
import type { Config } from 'payload'

import { serializeError, withoutQueryParams } from './logRedaction'

type LogMethod = (this: unknown, ...args: unknown[]) => void

/**
 * pino names a line after its error's message when it is given none (Payload logs `{ err }`): the
 * raw message, past the `err` serializer — a commenter's address in the line of a failed insert. The
 * line gets the redacted message instead.
 */
function logMethod(this: unknown, args: unknown[], method: LogMethod) {
  const [first, second] = args
  const error =
    first instanceof Error ? first : (first as { err?: unknown } | null | undefined)?.err
  if (typeof second === 'string' || !(error instanceof Error)) return method.apply(this, args)
  const fields = first instanceof Error ? { err: first } : first
  return method.apply(this, [fields, withoutQueryParams(error.message), ...args.slice(1)])
}

const jsonLinesLogger = (level: string): Config['logger'] => ({
  options: {
    name: 'payload',
    level,
    base: undefined,
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    formatters: { level: (label: string) => ({ level: label }) },
    serializers: { err: (error: unknown) => serializeError(error) },
    hooks: { logMethod },
  },
})

export const payloadLogger = ({
  production,
  logLevel,
}: {
  production: boolean
  logLevel: string
}): Config['logger'] => (production ? jsonLinesLogger(logLevel) : undefined)
