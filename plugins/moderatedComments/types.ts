import type { ModerationRules } from './rules/moderate.ts'

export type CommentLimits = {
  /** Shortest body accepted, in characters after trimming. Default 2. */
  minBodyLength: number
  /** Longest body accepted, in characters. Default 5000. */
  maxBodyLength: number
  /** Longest author name. Default 80. */
  maxNameLength: number
  /** How deep replies may nest: 0 = no replies, 1 = replies to top-level comments only … Default 3. */
  maxReplyDepth: number
  /** Flood control: seconds a client (or email address) must wait between two comments. Default 15. */
  floodIntervalSeconds: number
  /** Rate limit: comments one client may submit per hour. Default 10. */
  maxPerHour: number
}

export type ModeratedCommentsOptions = {
  /** Collections whose documents take comments. Default: ['articles']. */
  targets?: string[]
  /** Slug of the comments collection. Default: 'comments'. */
  commentsSlug?: string
  /**
   * Name of a select field on the targets that opens or closes comments ('open' / 'closed').
   * Documents without it are open. Default: 'comments'.
   */
  openField?: string
  /** Close comments on documents published more than this many days ago. Default: off. */
  closeAfterDays?: number
  /** Moderation rules; see ModerationRules. */
  rules?: Partial<ModerationRules>
  /** Shown to someone whose comment contains crisis language. Default: the US 988 Lifeline. */
  crisisResources?: string
  /** Length, depth, flood and rate limits. */
  limits?: Partial<CommentLimits>
  /** Roles (on the users collection's `roles`) that work the moderation queue. Default: moderator, editor (and admin). */
  moderatorRoles?: string[]
  /**
   * Email addresses told about every new pending comment (and at once, marked URGENT, about crisis
   * language). Default: every user with the moderator role, or the admins when there is none.
   */
  notify?: string[]
  /** Secret mixed into client-address hashes. Default: the Payload secret. */
  hashSalt?: string
}

export type ResolvedCommentsOptions = {
  targets: string[]
  commentsSlug: string
  openField: string
  closeAfterDays: number | undefined
  rules: ModerationRules
  crisisResources: string
  limits: CommentLimits
  moderatorRoles: string[]
  notify: string[]
  hashSalt: string | undefined
}
