import { describe, expect, it } from 'vitest'

import {
  answerDatabaseUnavailable,
  DATABASE_UNAVAILABLE_MESSAGE,
  isDatabaseUnreachable,
  onDatabaseUnreachable,
} from '../../src/databaseUnreachable'

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code })
/** How drizzle wraps the driver's error. */
const wrapped = (cause: unknown) => new Error('Failed query: select 1', { cause })

describe('isDatabaseUnreachable', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED')],
    ['a reset connection, wrapped by drizzle', wrapped(withCode('ECONNRESET'))],
    ['a server shutting down (57P01)', wrapped(withCode('57P01', 'terminating connection'))],
    ['a connection exception (08006)', withCode('08006')],
    ['too many connections (53300)', withCode('53300')],
    ['a pool that gave up waiting', new Error('timeout exceeded when trying to connect')],
    ['a connection cut mid-query', wrapped(new Error('Connection terminated unexpectedly'))],
    ['an AggregateError of refusals', new AggregateError([withCode('ECONNREFUSED')])],
    [
      'a failed begin, rethrown by @payloadcms/drizzle without its cause',
      new Error('Error: cannot begin transaction: Failed query: begin\nparams: '),
    ],
  ])('recognises %s', (_, error) => {
    expect(isDatabaseUnreachable(error)).toBe(true)
  })

  it.each([
    ['a unique violation (23505)', wrapped(withCode('23505', 'duplicate key'))],
    ['a syntax error (42601)', withCode('42601')],
    ['a plain error', new Error('Something else')],
    ['a string', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('does not mistake %s for an outage', (_, error) => {
    expect(isDatabaseUnreachable(error)).toBe(false)
  })

  it('survives an error that is its own cause', () => {
    const looped = new Error('loop') as Error & { cause?: unknown }
    looped.cause = looped
    expect(isDatabaseUnreachable(looped)).toBe(false)
  })
})

describe("Payload's error hook", () => {
  const args = (error: Error, graphql = false) =>
    ({
      error,
      context: {},
      req: {},
      ...(graphql ? { graphqlResult: { message: 'Something went wrong.', extensions: {} } } : {}),
    }) as never

  it('answers an outage 503 over REST and reports it to the server', async () => {
    const reports: unknown[] = []
    const stop = onDatabaseUnreachable((error) => reports.push(error))
    const error = wrapped(withCode('ECONNREFUSED'))
    expect(await answerDatabaseUnavailable(args(error))).toEqual({
      status: 503,
      response: { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] },
    })
    stop()
    expect(reports).toEqual([error])
  })

  it('says so in a GraphQL error', async () => {
    const result = await answerDatabaseUnavailable(args(withCode('ECONNREFUSED'), true))
    expect(result).toMatchObject({
      graphqlResult: {
        message: DATABASE_UNAVAILABLE_MESSAGE,
        extensions: { statusCode: 503, name: 'DatabaseUnavailable' },
      },
    })
  })

  it('leaves every other error to Payload', async () => {
    expect(await answerDatabaseUnavailable(args(new Error('Not found')))).toBeUndefined()
  })
})
