import { describe, expect, it } from 'vitest'

import { serializeError, withoutQueryParams } from '../../src/logRedaction'

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
