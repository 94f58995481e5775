/**
 * Calls one Payload instance's comment submission endpoint directly, as its HTTP route would — so a
 * test can drive two instances sharing one database, each with its own handlers.
 */
import { createPayloadRequest, type Payload } from 'payload'

import { CLIENT_ADDRESS_HEADER } from '../../plugins/moderatedComments/clientAddressHeader'

export type Submission = {
  targetId: number | string
  authorName: string
  authorEmail: string
  body: string
}

export async function submitThrough(
  payload: Payload,
  submission: Submission,
  clientAddress = '192.0.2.10',
): Promise<Response> {
  const endpoints = payload.collections.comments.config.endpoints
  const submit = Array.isArray(endpoints)
    ? endpoints.find((e) => e.path === '/submit' && e.method === 'post')
    : undefined
  if (!submit) throw new Error('The comments collection has no submission endpoint')
  const request = new Request('http://localhost/api/comments/submit', {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CLIENT_ADDRESS_HEADER]: clientAddress },
    body: JSON.stringify(submission),
  })
  const req = await createPayloadRequest({ config: payload.config, request })
  req.payload = payload
  return submit.handler(req)
}
