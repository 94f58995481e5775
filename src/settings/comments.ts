/**
 * COMMENTS_*: the comment plugin's options from the environment. Anything unset keeps the plugin's
 * default; the plugin checks the values again (ranges, emails) when the config is built.
 */
import { DEFAULT_CRISIS_RESOURCES, type ModeratedCommentsOptions } from 'invited-cms'

import { list, oneOf, type Environment } from './problems'

type Limits = NonNullable<ModeratedCommentsOptions['limits']>
type Rules = NonNullable<ModeratedCommentsOptions['rules']>

const LIMIT_VARIABLES: Record<string, keyof Limits> = {
  COMMENTS_FLOOD_SECONDS: 'floodIntervalSeconds',
  COMMENTS_MAX_PER_HOUR: 'maxPerHour',
  COMMENTS_MAX_REPLY_DEPTH: 'maxReplyDepth',
  COMMENTS_MAX_LENGTH: 'maxBodyLength',
}

function wholeNumber(
  name: string,
  raw: string | undefined,
  problems: string[],
): number | undefined {
  if (raw === undefined || raw === '') return undefined
  if (/^\d+$/.test(raw)) return Number(raw)
  problems.push(`${name} must be a whole number, got "${raw}".`)
  return undefined
}

function retentionOf(env: Environment, problems: string[]) {
  const days = wholeNumber('COMMENTS_RETENTION_DAYS', env.COMMENTS_RETENTION_DAYS, problems)
  return days === undefined ? undefined : { days }
}

function digestOf(env: Environment, problems: string[]): ModeratedCommentsOptions['digest'] {
  const every = oneOf(
    'COMMENTS_DIGEST',
    env.COMMENTS_DIGEST,
    ['off', 'hourly', 'daily'],
    'off',
    problems,
  )
  if (every === 'off') return undefined
  if (!env.SERVER_URL) {
    problems.push(
      'COMMENTS_DIGEST needs SERVER_URL: the digest is read in a mail client, so its links must be absolute.',
    )
  }
  return { every }
}

/**
 * COMMENTS_CRISIS_RESOURCES (English, or every language) and COMMENTS_CRISIS_RESOURCES_ES (Spanish).
 * With only the first set, Spanish comments get it too: a practice outside the US must not have its
 * Spanish speakers sent to the US default.
 */
function crisisResourcesOf(env: Environment): { en: string; es?: string } | undefined {
  const en = env.COMMENTS_CRISIS_RESOURCES?.trim()
  const es = env.COMMENTS_CRISIS_RESOURCES_ES?.trim()
  if (!en && !es) return undefined
  return { en: en || DEFAULT_CRISIS_RESOURCES.en, es: es || en || DEFAULT_CRISIS_RESOURCES.es }
}

export function readCommentOptions(env: Environment, problems: string[]): ModeratedCommentsOptions {
  const limits: Partial<Limits> = {}
  for (const [name, option] of Object.entries(LIMIT_VARIABLES)) {
    const value = wholeNumber(name, env[name], problems)
    if (value !== undefined) limits[option] = value
  }
  const rules: Partial<Rules> = {}
  const maxLinks = wholeNumber('COMMENTS_MAX_LINKS', env.COMMENTS_MAX_LINKS, problems)
  if (maxLinks !== undefined) rules.maxLinks = maxLinks
  const spamWords = list(env.COMMENTS_SPAM_WORDS)
  if (spamWords) rules.spamWords = spamWords
  const holdWords = list(env.COMMENTS_HOLD_WORDS)
  if (holdWords) rules.holdWords = holdWords
  const autoApprove = env.COMMENTS_AUTO_APPROVE_KNOWN_AUTHORS
  if (autoApprove) {
    if (autoApprove !== 'true' && autoApprove !== 'false') {
      problems.push(
        `COMMENTS_AUTO_APPROVE_KNOWN_AUTHORS must be true or false, got "${autoApprove}".`,
      )
    }
    rules.autoApproveKnownAuthors = autoApprove === 'true'
  }
  return {
    targets: ['articles'],
    closeAfterDays: wholeNumber(
      'COMMENTS_CLOSE_AFTER_DAYS',
      env.COMMENTS_CLOSE_AFTER_DAYS,
      problems,
    ),
    crisisResources: crisisResourcesOf(env),
    retention: retentionOf(env, problems),
    notify: list(env.COMMENTS_NOTIFY),
    digest: digestOf(env, problems),
    limits,
    rules,
  }
}
