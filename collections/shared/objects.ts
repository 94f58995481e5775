/** A plain object (not null, not an array): the shape of `where`, `select` and friends in requests. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
