/** Whether a request is sent on someone's behalf: a session cookie or an Authorization header. */
import type { IncomingMessage } from 'node:http'

export const hasCredentials = (req: IncomingMessage): boolean =>
  Boolean(req.headers.cookie || req.headers.authorization)
