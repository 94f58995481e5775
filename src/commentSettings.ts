/**
 * The runnable CMS's comment settings, from the environment (documented in .env.example). Anything
 * not set keeps the plugin's default.
 */
import type { ModeratedCommentsOptions } from 'invited-cms'

const number = (raw: string | undefined) => (raw === undefined || raw === '' ? undefined : Number(raw))
const list = (raw: string | undefined) =>
  raw === undefined ? undefined : raw.split(',').map((word) => word.trim()).filter(Boolean)

export function commentOptionsFromEnv(env: Record<string, string | undefined> = process.env): ModeratedCommentsOptions {
  const limits = {
    floodIntervalSeconds: number(env.COMMENTS_FLOOD_SECONDS),
    maxPerHour: number(env.COMMENTS_MAX_PER_HOUR),
    maxReplyDepth: number(env.COMMENTS_MAX_REPLY_DEPTH),
    maxBodyLength: number(env.COMMENTS_MAX_LENGTH),
  }
  const rules = {
    maxLinks: number(env.COMMENTS_MAX_LINKS),
    spamWords: list(env.COMMENTS_SPAM_WORDS),
    holdWords: list(env.COMMENTS_HOLD_WORDS),
    autoApproveKnownAuthors: env.COMMENTS_AUTO_APPROVE_KNOWN_AUTHORS === undefined ? undefined : env.COMMENTS_AUTO_APPROVE_KNOWN_AUTHORS === 'true',
  }
  const defined = <T extends object>(values: T) =>
    Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>
  return {
    targets: ['articles'],
    closeAfterDays: number(env.COMMENTS_CLOSE_AFTER_DAYS),
    crisisResources: env.COMMENTS_CRISIS_RESOURCES || undefined,
    notify: list(env.COMMENTS_NOTIFY),
    limits: defined(limits) as ModeratedCommentsOptions['limits'],
    rules: defined(rules) as ModeratedCommentsOptions['rules'],
  }
}
