/**
 * The reader site's webhook receiver: `POST /webhooks/cms`, the endpoint an admin adds under
 * Webhooks with this site's address, its signing secret given to the site as SITE_WEBHOOK_SECRET.
 * A message signed with it (Standard Webhooks, verified by that specification's own library) makes the
 * cached reads it concerns stale; anything else changes nothing.
 */
import { revalidateTag } from 'next/cache'
import { Webhook, WebhookVerificationError } from 'standardwebhooks'

import { readSiteSettings } from '../../../../settings/site'
import { staleTags, type CmsChangeMessage } from '../../../../site/revalidation'

const problem = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

export async function POST(request: Request): Promise<Response> {
  const { enabled, webhookSecret } = readSiteSettings()
  if (!enabled || !webhookSecret) {
    return problem(
      404,
      'This site reads the CMS live: it has no webhook receiver (SITE_WEBHOOK_SECRET).',
    )
  }
  const body = await request.text()
  let message: CmsChangeMessage
  try {
    message = new Webhook(webhookSecret).verify(body, {
      'webhook-id': request.headers.get('webhook-id') ?? '',
      'webhook-timestamp': request.headers.get('webhook-timestamp') ?? '',
      'webhook-signature': request.headers.get('webhook-signature') ?? '',
    }) as CmsChangeMessage
  } catch (error) {
    if (error instanceof WebhookVerificationError) {
      return problem(401, `The message is not signed with this site's secret: ${error.message}.`)
    }
    return problem(400, 'The message is not JSON.')
  }
  // Expired at once: the next reader gets the new content, not one more stale page.
  for (const tag of staleTags(message)) revalidateTag(tag, { expire: 0 })
  return new Response(null, { status: 204 })
}
