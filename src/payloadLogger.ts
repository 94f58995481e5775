/**
 * In production Payload logs the same way the server does — one JSON object per line, ISO time,
 * level as a word — so a log pipeline reads one format. Development keeps Payload's colourful lines.
 */
import type { Config } from 'payload'

const jsonLinesLogger: Config['logger'] = {
  options: {
    name: 'payload',
    level: process.env.LOG_LEVEL || 'info',
    base: undefined,
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    formatters: { level: (label: string) => ({ level: label }) },
  },
}

export const payloadLogger = (production: boolean): Config['logger'] => (production ? jsonLinesLogger : undefined)
