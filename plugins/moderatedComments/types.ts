import type { CollectionOverrides } from '../shared/collectionOverrides.ts'
import type { ModerationRules } from './rules/moderate.ts'
import type { CrisisLanguage } from './rules/sensitive.ts'

/** Crisis resources per language the crisis rule recognises (English and Spanish). */
export type CrisisResources = Record<CrisisLanguage, string>

/** Who works the moderation queue: sees every comment with its private fields, approves, replies. */
export type IsModerator = (user: object | null | undefined) => boolean

/**
 * Changes to the comments collection, in the shape of Payload's own plugins' overrides (see
 * CollectionOverrides for the rules): labels, admin settings, fields (the plugin's own fields come in;
 * return them with yours) and anything else a collection takes. Hooks are added after the plugin's,
 * access can only narrow (the moderation and privacy rules stay), and the slug is `commentsSlug`.
 */
export type CommentsCollectionOverrides = CollectionOverrides

export type CommentLimits = {
  /** Shortest body accepted, in characters after trimming. Default 2. */
  minBodyLength: number
  /** Longest body accepted, in characters. Default 5000. */
  maxBodyLength: number
  /** Longest author name. Default 80. */
  maxNameLength: number
  /** How deep replies may nest: 0 = no replies, 1 = replies to top-level comments only … Default 3. */
  maxReplyDepth: number
  /** Flood control: seconds a client (or email address) must wait between two comments; 0 = off. Default 15. */
  floodIntervalSeconds: number
  /** Rate limit: comments one client may submit per hour; 0 = no limit. Default 10. */
  maxPerHour: number
}

export type ModeratedCommentsOptions = {
  /** Collections whose documents take comments. Default: ['articles']. */
  targets?: string[]
  /** Slug of the comments collection. Default: 'comments'. */
  commentsSlug?: string
  /**
   * Name of the select field ('open' / 'closed', default open) that the plugin adds to each target
   * to open or close its comments. A target that already has a field of this name keeps its own.
   * Default: 'comments'.
   */
  openField?: string
  /** Close comments on documents published more than this many days ago. Default: off. */
  closeAfterDays?: number
  /** Moderation rules; see ModerationRules. */
  rules?: Partial<ModerationRules>
  /**
   * Shown to someone whose comment contains crisis language — what to do now. One text for every
   * language, or `{ en, es? }`: comments in Spanish get `es` (or `en` when there is none). Default:
   * the US 988 Suicide & Crisis Lifeline, Crisis Text Line and 911, in English and Spanish.
   */
  crisisResources?: string | { en: string; es?: string }
  /** Length, depth, flood and rate limits. */
  limits?: Partial<CommentLimits>
  /**
   * Who works the moderation queue, and so reads commenters' private fields (email, client hash,
   * user agent). Default: users whose `roles` include moderator or admin.
   * An app without a `roles` field passes its own rule, e.g. `(user) => user?.team === 'clinic'`.
   */
  isModerator?: IsModerator
  /**
   * Email addresses told about every new pending comment (and at once, marked URGENT, about crisis
   * language). Default: every user with the moderator role, or the admins when there is none; in an
   * app whose users have no `roles`, every user `isModerator` accepts.
   */
  notify?: string[]
  /**
   * Send moderators a summary of new pending comments every hour or every day instead of one mail
   * per comment. Crisis language is always mailed at once. Links in mail must be absolute, so the
   * config needs `serverURL`. Default: off (one mail per comment). `cron` overrides when the summary
   * goes out (default: hourly at minute 0, daily at 08:00 server time).
   */
  digest?: { every: 'hourly' | 'daily'; cron?: string; queue?: string }
  /** Secret mixed into client-address hashes. Default: the Payload secret. */
  hashSalt?: string
  /**
   * How long a commenter's client hash and user agent are kept: a daily job on the jobs queue clears
   * them on older comments. Default: `{ days: 90, cron: '0 15 0 * * *', queue: 'default' }`;
   * `days: 0` keeps them.
   */
  retention?: { days?: number; cron?: string; queue?: string }
  /**
   * Overrides for the comments collection: labels, admin settings, extra fields, hooks … (see
   * CommentsCollectionOverrides). The plugin's other collections (submission locks, honeypot
   * catches) are its own bookkeeping and take none.
   */
  commentsOverrides?: CommentsCollectionOverrides
  /**
   * Turns the plugin off but keeps its schema (the collection and the fields on targets), so the
   * database and generated types stay the same: no submissions, no queue, no notifications.
   */
  disabled?: boolean
}

export type ResolvedCommentsOptions = {
  targets: string[]
  commentsSlug: string
  openField: string
  closeAfterDays: number | undefined
  rules: ModerationRules
  crisisResources: CrisisResources
  limits: CommentLimits
  isModerator: IsModerator
  notify: string[]
  digest: { every: 'hourly' | 'daily'; cron: string; queue: string } | undefined
  hashSalt: string | undefined
  retention: { days: number; cron: string; queue: string }
  commentsOverrides: CommentsCollectionOverrides
  disabled: boolean
}
