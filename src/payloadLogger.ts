/**
 * In production Payload logs the same way the server does — one JSON object per line, ISO time,
 * level as a word — so a log pipeline reads one format, and errors without the values of failed
 * queries (src/logRedaction.ts). Development keeps Payload's colourful lines.
 */
import type { Config } from 'payload'

import { serializeError } from './logRedaction'

const jsonLinesLogger = (level: string): Config['logger'] => ({
  options: {
    name: 'payload',
    level,
    base: undefined,
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    formatters: { level: (label: string) => ({ level: label }) },
    serializers: { err: (error: unknown) => serializeError(error) },
  },
})

export const payloadLogger = ({
  production,
  logLevel,
}: {
  production: boolean
  logLevel: string
}): Config['logger'] => (production ? jsonLinesLogger(logLevel) : undefined)
