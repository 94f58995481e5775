/** A relationship value as hooks receive it: an id, or the related document when it was populated. */
export type RelationValue = number | string | { id: number | string } | null | undefined

/** The id behind a relationship value, whether or not it was populated. */
export const idOf = (value: RelationValue): number | string | null | undefined =>
  value && typeof value === 'object' ? value.id : value
