export type ApiGuardsOptions = {
  /** The most documents an anonymous request may ask for in one page (`limit`, join limits). Default 100. */
  maxAnonymousLimit?: number
  /** The deepest relationship population an anonymous request may ask for (`depth`). Default 2. */
  maxAnonymousDepth?: number
}

export type ApiGuardsPluginOptions = ApiGuardsOptions & {
  /**
   * Turns the plugin off. It adds no collections or fields, so nothing in the schema changes: no
   * request checks (malformed requests get Payload's own answers again, 500s included), no bounds on
   * anonymous `limit` and `depth`, no renaming of errors, and their log levels are the config's own.
   */
  disabled?: boolean
}

export type ResolvedApiGuardsOptions = Required<ApiGuardsOptions>

export const DEFAULT_API_GUARDS: ResolvedApiGuardsOptions = {
  maxAnonymousLimit: 100,
  maxAnonymousDepth: 2,
}

/** One thing wrong with a request: where (a parameter path such as `where.id.in`) and what. */
export type Problem = { path: string; message: string }
