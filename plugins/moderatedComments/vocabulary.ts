/**
 * What a comment can be and what it can be flagged with, and where the moderation queue lives: one
 * home for the collection's fields, the moderation rules and the admin's queue (a client component
 * imports this file too, so it holds plain data only).
 */

export const COMMENT_STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const
export type CommentStatus = (typeof COMMENT_STATUSES)[number]

export const COMMENT_STATUS_LABELS: Record<CommentStatus, string> = {
  pending: 'Pending',
  approved: 'Approved',
  rejected: 'Rejected',
  spam: 'Spam',
}

export const COMMENT_FLAGS = [
  'crisis',
  'health_information',
  'links',
  'spam_words',
  'held_words',
] as const
export type CommentFlag = (typeof COMMENT_FLAGS)[number]

export const COMMENT_FLAG_LABELS: Record<CommentFlag, string> = {
  crisis: 'Crisis language',
  health_information: 'Health information',
  links: 'Links',
  spam_words: 'Spam words',
  held_words: 'Held words',
}

/** The values of a target's open/closed field. */
export const COMMENTS_OPEN = 'open'
export const COMMENTS_CLOSED = 'closed'

/** The queue's admin route, below the admin's own route (`/admin` unless the config moves it). */
export const MODERATION_QUEUE_PATH = '/moderation'
/** Where admins export or erase a commenter's personal data. */
export const COMMENTER_DATA_PATH = '/commenter-data'

/** Select-field options from a list of values and their labels. */
export const optionsOf = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ label: labels[value], value }))
