/**
 * Payload computes an image's `url`, each size's `url` and `thumbnailURL` from stored file names, so
 * a read that selects them must load those names. The top-level `filename` is in Media's
 * `forceSelect`. The sizes' names cannot be: Payload merges `forceSelect` into a request's `select`
 * key by key, and `select[sizes]=true` merged with `sizes: { card: { filename: true } }` became
 * `sizes.card: { filename }` alone — no `url`, `width` or `height` for a front end's `srcset`.
 * So a read that selects part of a size (or `thumbnailURL`) gets that size's file name added here,
 * and a select of whole sizes is left as it is.
 */
import type { CollectionBeforeOperationHook } from 'payload'

import { isPlainObject } from './shared/objects.ts'

export const loadSizeFileNames =
  (thumbnailSize: string): CollectionBeforeOperationHook =>
  ({ args, operation }) => {
    if (operation !== 'read') return args
    const select = (args as { select?: unknown }).select
    // Only a select that names what to include; one that names what to leave out loads the names.
    if (!isPlainObject(select) || Object.values(select).some((value) => value === false))
      return args
    if (select.sizes === true) return args
    const sizes: Record<string, unknown> = isPlainObject(select.sizes) ? { ...select.sizes } : {}
    if (select.thumbnailURL === true && sizes[thumbnailSize] === undefined)
      sizes[thumbnailSize] = {}
    for (const [name, size] of Object.entries(sizes)) {
      if (isPlainObject(size) && size.filename === undefined)
        sizes[name] = { ...size, filename: true }
    }
    if (Object.keys(sizes).length === 0) return args
    return { ...args, select: { ...select, sizes } }
  }
