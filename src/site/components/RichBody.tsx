import { RichText } from '@payloadcms/richtext-lexical/react'
import React from 'react'

type Body = Parameters<typeof RichText>[0]['data']

/** An article's or service's Lexical body, rendered as HTML on the server. */
export function RichBody({ body }: { body: unknown }) {
  if (!body || typeof body !== 'object' || !('root' in body)) return null
  return <RichText className="prose" data={body as Body} />
}
