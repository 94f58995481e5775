/**
 * The comments plugin's defaults, and the check of its options: a mistake in a config is reported
 * when the config is built, naming the option, rather than surfacing later as odd behaviour.
 */
import {
  EMAIL_PATTERN,
  isStringList,
  OptionProblems,
  SLUG_PATTERN,
} from '../shared/optionProblems.ts'
import { hasRole } from '../../collections/shared/roles.ts'
import { checkCollectionOverrides } from '../shared/collectionOverrides.ts'
import { DEFAULT_RETENTION } from './privacy/retention.ts'
import type { ModerationRules } from './rules/moderate.ts'
import type {
  CommentLimits,
  CrisisResources,
  IsModerator,
  ModeratedCommentsOptions,
  ResolvedCommentsOptions,
} from './types.ts'

/**
 * What someone writing crisis language is told to do now, in the languages the crisis rule tells
 * apart: the United States' 988 Suicide & Crisis Lifeline (call, text or chat; Spanish by pressing 2,
 * by texting AYUDA, or at 988lineadevida.org), the Crisis Text Line, and 911 for immediate danger.
 */
export const DEFAULT_CRISIS_RESOURCES: CrisisResources = {
  en:
    'If you are thinking about suicide or hurting yourself, or are worried about someone, please reach out now: ' +
    'call or text 988 (the 988 Suicide & Crisis Lifeline, United States, free, any hour) or chat at 988lifeline.org. ' +
    'You can also text HOME to 741741 to reach the Crisis Text Line. If you or someone else is in danger right now, ' +
    'call 911 or go to the nearest emergency room. A person will read your comment, but not right away and not around the clock.',
  es:
    'Si está pensando en el suicidio o en hacerse daño, o le preocupa otra persona, pida ayuda ahora: llame al 988 y ' +
    'marque 2 para español, o envíe un mensaje de texto con la palabra AYUDA al 988 (988 Línea de Prevención del Suicidio ' +
    'y Crisis, Estados Unidos, gratis, a toda hora), o chatee en 988lineadevida.org. Si usted u otra persona está en ' +
    'peligro ahora mismo, llame al 911 o vaya a la sala de emergencias más cercana. Una persona leerá su comentario, ' +
    'pero no de inmediato ni a toda hora.',
}

/** The option as given (one text for every language, or one per language) made one per language. */
function crisisResourcesOf(option: ModeratedCommentsOptions['crisisResources']): CrisisResources {
  if (option === undefined) return DEFAULT_CRISIS_RESOURCES
  if (typeof option === 'string') return { en: option, es: option }
  // A practice outside the US that sets only its English text must not send Spanish speakers to 988.
  return typeof option === 'object' && option !== null
    ? { en: option.en, es: option.es ?? option.en }
    : (option as unknown as CrisisResources)
}

export const DEFAULT_RULES: ModerationRules = {
  maxLinks: 1,
  spamWords: ['viagra', 'casino', 'crypto giveaway', 'payday loan', 'buy followers'],
  holdWords: [],
  autoApproveKnownAuthors: false,
}

export const DEFAULT_LIMITS: CommentLimits = {
  minBodyLength: 2,
  maxBodyLength: 5000,
  maxNameLength: 80,
  maxReplyDepth: 3,
  floodIntervalSeconds: 15,
  maxPerHour: 10,
}

/** When digests go out: every hour on the hour, or every day at 08:00 (server time). */
export const DIGEST_CRON: Record<string, string> = { hourly: '0 0 * * * *', daily: '0 0 8 * * *' }

/**
 * Moderators and admins (admins hold every role), read from the user's `roles`. Not editors: working
 * the queue means reading commenters' email addresses and client hashes, which an editor's work does
 * not need. An editor who moderates too holds both roles.
 */
export const DEFAULT_IS_MODERATOR: IsModerator = (user) => hasRole(user, 'moderator')

/** The least each limit may be; `maxBodyLength` must also be at least `minBodyLength`. */
const LIMIT_MINIMUMS: Record<keyof CommentLimits, number> = {
  minBodyLength: 1,
  maxBodyLength: 1,
  maxNameLength: 1,
  maxReplyDepth: 0,
  floodIntervalSeconds: 0,
  maxPerHour: 0,
}

function checkOptions(options: ModeratedCommentsOptions, resolved: ResolvedCommentsOptions): void {
  const problems = new OptionProblems('moderatedCommentsPlugin')
  const expect = problems.expect.bind(problems)
  expect(
    isStringList(resolved.targets) && resolved.targets.length > 0,
    'targets',
    'a non-empty list of collection slugs',
    options.targets,
  )
  expect(
    typeof resolved.commentsSlug === 'string' && SLUG_PATTERN.test(resolved.commentsSlug),
    'commentsSlug',
    'a collection slug (a-z, 0-9, - and _)',
    options.commentsSlug,
  )
  expect(
    typeof resolved.openField === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(resolved.openField),
    'openField',
    'a field name',
    options.openField,
  )
  expect(
    resolved.closeAfterDays === undefined ||
      (typeof resolved.closeAfterDays === 'number' && resolved.closeAfterDays > 0),
    'closeAfterDays',
    'a number of days above 0',
    options.closeAfterDays,
  )
  for (const [name, minimum] of Object.entries(LIMIT_MINIMUMS) as [keyof CommentLimits, number][]) {
    const value = resolved.limits[name]
    expect(
      Number.isInteger(value) && value >= minimum,
      `limits.${name}`,
      `a whole number of at least ${minimum}`,
      value,
    )
  }
  expect(
    resolved.limits.maxBodyLength >= resolved.limits.minBodyLength,
    'limits.maxBodyLength',
    'at least limits.minBodyLength',
    resolved.limits.maxBodyLength,
  )
  expect(
    Number.isInteger(resolved.rules.maxLinks) && resolved.rules.maxLinks >= 0,
    'rules.maxLinks',
    'a whole number of at least 0',
    resolved.rules.maxLinks,
  )
  expect(
    isStringList(resolved.rules.spamWords),
    'rules.spamWords',
    'a list of words',
    resolved.rules.spamWords,
  )
  expect(
    isStringList(resolved.rules.holdWords),
    'rules.holdWords',
    'a list of words',
    resolved.rules.holdWords,
  )
  expect(
    typeof resolved.rules.autoApproveKnownAuthors === 'boolean',
    'rules.autoApproveKnownAuthors',
    'true or false',
    resolved.rules.autoApproveKnownAuthors,
  )
  expect(
    typeof resolved.crisisResources === 'object' &&
      resolved.crisisResources !== null &&
      Object.values(resolved.crisisResources).every(
        (text) => typeof text === 'string' && text.trim() !== '',
      ),
    'crisisResources',
    'a non-empty text, or { en: text, es?: text }',
    options.crisisResources,
  )
  expect(
    typeof resolved.isModerator === 'function',
    'isModerator',
    'a function of the user',
    options.isModerator,
  )
  expect(
    isStringList(resolved.notify) &&
      resolved.notify.every((address) => EMAIL_PATTERN.test(address)),
    'notify',
    'a list of email addresses',
    options.notify,
  )
  expect(
    Number.isInteger(resolved.retention.days) && resolved.retention.days >= 0,
    'retention.days',
    'a whole number of days (0 keeps the data)',
    resolved.retention.days,
  )
  for (const key of ['cron', 'queue'] as const) {
    expect(
      typeof resolved.retention[key] === 'string' && resolved.retention[key] !== '',
      `retention.${key}`,
      'a non-empty string',
      resolved.retention[key],
    )
  }
  expect(
    resolved.hashSalt === undefined ||
      (typeof resolved.hashSalt === 'string' && resolved.hashSalt !== ''),
    'hashSalt',
    'a non-empty string',
    options.hashSalt,
  )
  if (options.digest !== undefined) {
    expect(
      typeof options.digest === 'object' &&
        options.digest !== null &&
        (options.digest.every === 'hourly' || options.digest.every === 'daily'),
      'digest',
      "{ every: 'hourly' | 'daily' }",
      options.digest,
    )
    for (const key of ['cron', 'queue'] as const) {
      expect(
        options.digest?.[key] === undefined ||
          (typeof options.digest[key] === 'string' && options.digest[key] !== ''),
        `digest.${key}`,
        'a non-empty string',
        options.digest?.[key],
      )
    }
  }
  expect(typeof resolved.disabled === 'boolean', 'disabled', 'true or false', options.disabled)
  checkCollectionOverrides(problems, 'commentsOverrides', options.commentsOverrides, 'commentsSlug')
  problems.throwIfAny()
}

/** The options with every default filled in; throws, naming each wrong option, if any is wrong. */
export function resolveCommentsOptions(options: ModeratedCommentsOptions): ResolvedCommentsOptions {
  const resolved: ResolvedCommentsOptions = {
    targets: options.targets ?? ['articles'],
    commentsSlug: options.commentsSlug ?? 'comments',
    openField: options.openField ?? 'comments',
    closeAfterDays: options.closeAfterDays,
    rules: { ...DEFAULT_RULES, ...options.rules },
    crisisResources: crisisResourcesOf(options.crisisResources),
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    isModerator: options.isModerator ?? DEFAULT_IS_MODERATOR,
    notify: options.notify ?? [],
    digest: options.digest
      ? {
          every: options.digest.every,
          cron: options.digest.cron ?? DIGEST_CRON[options.digest.every] ?? '',
          queue: options.digest.queue ?? 'default',
        }
      : undefined,
    hashSalt: options.hashSalt,
    retention: { ...DEFAULT_RETENTION, ...options.retention },
    commentsOverrides: options.commentsOverrides ?? {},
    disabled: options.disabled ?? false,
  }
  checkOptions(options, resolved)
  return resolved
}
