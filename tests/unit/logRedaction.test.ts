import { describe, expect, it } from 'vitest'

import { Writable } from 'node:stream'
import pino, { type LoggerOptions } from 'pino'

import { serializeError, withoutQueryParams } from '../../src/logRedaction'
import { payloadLogger } from '../../src/payloadLogger'

/** A failed query as drizzle reports it: the SQL, then the values, one of them spanning lines. */
function failedInsert() {
  const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
    code: 'ECONNREFUSED',
  })
  const error = new Error(
    'Failed query: insert into "comments" ("author_email", "body") values ($1, $2)\n' +
      'params: reader@example.com,I have been struggling\nsince the spring',
    { cause },
  )
  error.stack = `Error: ${error.message}\n    at NodePgPreparedQuery.queryWithCache (chunk.js:1:1)`
  return error
}

describe('log redaction', () => {
  it('keeps the failed SQL and drops the values, across lines', () => {
    const text = withoutQueryParams(failedInsert().message)
    expect(text).toContain('insert into "comments"')
    expect(text).toContain('params: [redacted]')
    expect(text).not.toMatch(/reader@example\.com|struggling|spring/)
  })

  it('removes them from the stack too, keeping its frames, and keeps the cause', () => {
    const serialized = JSON.stringify(serializeError(failedInsert()))
    expect(serialized).not.toMatch(/reader@example\.com|struggling|spring/)
    expect(serialized).toContain('queryWithCache')
    expect(serialized).toContain('ECONNREFUSED')
  })

  it('leaves other values alone', () => {
    expect(serializeError('text')).toBe('text')
    expect(withoutQueryParams('Nothing to hide')).toBe('Nothing to hide')
  })
})

describe("Payload's logger in production", () => {
  /** The lines a pino logger built from the config's options writes. */
  function logLines(log: (logger: pino.Logger) => void): string[] {
    const lines: string[] = []
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk))
        done()
      },
    })
    const { options } = payloadLogger({ production: true, logLevel: 'info' }) as {
      options: LoggerOptions
    }
    log(pino(options, sink))
    return lines
  }

  it('never writes the values of a failed query, in the error or in the line’s message', () => {
    // Payload logs `{ err }` with no message: pino would take the raw message as the line's.
    const lines = logLines((logger) => {
      logger.error({ err: failedInsert() })
      logger.error(failedInsert())
      logger.error({ err: failedInsert() }, 'Could not store the comment')
    })
    expect(lines).toHaveLength(3)
    for (const line of lines) expect(line).not.toMatch(/reader@example\.com|struggling|spring/)
    expect(JSON.parse(lines[0]).msg).toContain('params: [redacted]')
    expect(JSON.parse(lines[2]).msg).toBe('Could not store the comment')
  })
})
