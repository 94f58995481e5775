/**
 * Outgoing email through nodemailer, as a Payload email adapter. With SMTP_URL set, mail goes to
 * that server. Without it (development, tests, a local trial) nothing leaves the machine: each message
 * is appended as one JSON line to the outbox file (EMAIL_OUTBOX_FILE, default .data/outbox.jsonl) and
 * kept in memory, where tests read it.
 */
import { appendFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import nodemailer, { type SendMailOptions } from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

export type CapturedEmail = { to: string; subject: string; text: string; html?: string; at: string }

/** Messages captured by this process (no SMTP_URL). */
export const capturedEmails: CapturedEmail[] = []

/** SMTP_URL, EMAIL_FROM, EMAIL_FROM_NAME, EMAIL_OUTBOX_FILE — read by src/settings. */
export type EmailSettings = { smtpUrl?: string; from: string; fromName: string; outboxFile: string }

const recipients = (to: SendEmailOptions['to']): string =>
  [to]
    .flat(2)
    .map((address) =>
      typeof address === 'string'
        ? address
        : (address as { address?: string } | undefined)?.address,
    )
    .filter(Boolean)
    .join(', ')

export function nodemailerAdapter(settings: EmailSettings): EmailAdapter {
  return () => {
    const transport = settings.smtpUrl ? nodemailer.createTransport(settings.smtpUrl) : undefined
    // Made once, on the first mail: not a directory lookup per message.
    let outboxFolder: Promise<unknown> | undefined
    return {
      name: settings.smtpUrl ? 'smtp' : 'outbox',
      defaultFromAddress: settings.from,
      defaultFromName: settings.fromName,
      sendEmail: async (message) => {
        if (transport)
          return transport.sendMail({
            from: `"${settings.fromName}" <${settings.from}>`,
            ...message,
          } as SendMailOptions)
        const captured: CapturedEmail = {
          to: recipients(message.to),
          subject: String(message.subject ?? ''),
          text: String(message.text ?? ''),
          html: typeof message.html === 'string' ? message.html : undefined,
          at: new Date().toISOString(),
        }
        capturedEmails.push(captured)
        outboxFolder ??= mkdir(path.dirname(path.resolve(settings.outboxFile)), { recursive: true })
        await outboxFolder
        await appendFile(settings.outboxFile, `${JSON.stringify(captured)}\n`)
        return captured
      },
    }
  }
}
