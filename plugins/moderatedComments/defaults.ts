import type { ModerationRules } from './rules/moderate.ts'
import type { CommentLimits, ModeratedCommentsOptions, ResolvedCommentsOptions } from './types.ts'

export const DEFAULT_CRISIS_RESOURCES =
  'If you are thinking about suicide or self-harm, or are worried about someone, you can call or text 988 ' +
  '(the 988 Suicide & Crisis Lifeline, United States) at any hour, or chat at 988lifeline.org. ' +
  'If you are in immediate danger, call 911. Comments here are read by a person, but not around the clock.'

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

export function resolveCommentsOptions(options: ModeratedCommentsOptions): ResolvedCommentsOptions {
  return {
    targets: options.targets ?? ['articles'],
    commentsSlug: options.commentsSlug ?? 'comments',
    openField: options.openField ?? 'comments',
    closeAfterDays: options.closeAfterDays,
    rules: { ...DEFAULT_RULES, ...options.rules },
    crisisResources: options.crisisResources ?? DEFAULT_CRISIS_RESOURCES,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    moderatorRoles: options.moderatorRoles ?? ['moderator', 'editor'],
    notify: options.notify ?? [],
    hashSalt: options.hashSalt,
  }
}
