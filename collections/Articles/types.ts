/** The options of createArticlesCollection (index.ts), which practiceContentPlugin passes on. */
export type ArticlesOptions = {
  /**
   * Where the public site previews an article (a path on this server, e.g. `/preview/articles/12`):
   * shown in the admin's live preview as the writer types, and opened by its preview button.
   * Without it, articles have no preview.
   */
  previewPath?: (article: { id: number | string; slug?: string | null }) => string
  /** Months after which a clinical review is due again. Default: 12. */
  reviewIntervalMonths?: number
  /**
   * The review gate (review/gate.ts): clinical articles go live only once a licensed clinician's
   * review covers their current text. Default: true.
   */
  reviewGate?: boolean
}
