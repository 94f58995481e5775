/**
 * The errors the guards answer with. Their `name` is part of the API: clients branch on it
 * (`QueryError` → fix the request; `NotFound` → show a 404), so it is set explicitly rather than
 * taken from the class, whose name a bundler may shorten.
 */
import { APIError } from 'payload'

import type { Problem } from './types.ts'

/** 400: the request's parameters cannot be answered as sent. `data` lists every problem. */
export class QueryError extends APIError<Problem[]> {
  constructor(problems: Problem[]) {
    super(problems.map((problem) => problem.message).join(' '), 400, problems, true)
    this.name = 'QueryError'
  }
}

/** 404 for an id that cannot exist (wrong format or out of range), with the reason. */
export class MalformedIdNotFound extends APIError<Problem[]> {
  constructor(message: string) {
    super(message, 404, [{ path: 'id', message }], true)
    this.name = 'NotFound'
  }
}
