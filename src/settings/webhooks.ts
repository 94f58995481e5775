/**
 * WEBHOOKS_ALLOWED_HOSTS: hosts that webhook endpoints may name although they are loopback or on a
 * private network — a receiver beside the CMS, an internal build server. Comma-separated host names or
 * addresses, exactly as written in the endpoint's URL (without port). Unset: public addresses only.
 */
import net from 'node:net'

import type { Environment } from './problems'

export type WebhookSettings = { allowedHosts: string[] }

const HOST_NAME =
  /^(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*$/

export function collectWebhookSettings(env: Environment, problems: string[]): WebhookSettings {
  const entries = (env.WEBHOOKS_ALLOWED_HOSTS ?? '')
    .split(',')
    .map((entry) =>
      entry
        .trim()
        .toLowerCase()
        .replace(/^\[(.*)\]$/, '$1'),
    )
    .filter(Boolean)
  for (const entry of entries) {
    if (!net.isIP(entry) && !HOST_NAME.test(entry)) {
      problems.push(
        `WEBHOOKS_ALLOWED_HOSTS: "${entry}" is not a host name or an IP address (write hosts without scheme, port or path, separated by commas).`,
      )
    }
  }
  return { allowedHosts: entries }
}
