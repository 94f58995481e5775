/**
 * A consumer's email adapter for library tests: every message is kept in memory for the test to read,
 * nothing is sent. (The app's tests read the app's own outbox, src/email.ts.)
 */
import type { EmailAdapter, SendEmailOptions } from 'payload'

export type CapturedMail = { to: string; subject: string; text: string }

const addressesOf = (to: SendEmailOptions['to']): string =>
  [to]
    .flat(2)
    .map((address) =>
      typeof address === 'string' ? address : (address as { address?: string })?.address,
    )
    .filter(Boolean)
    .join(', ')

export function capturingEmailAdapter(
  from: { address: string; name: string },
  captured: CapturedMail[],
): EmailAdapter {
  return () => ({
    name: 'captured',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      const mail = {
        to: addressesOf(message.to),
        subject: String(message.subject ?? ''),
        text: String(message.text ?? ''),
      }
      captured.push(mail)
      return mail
    },
  })
}
