import React from 'react'

import type { ResponsiveImageFragment } from '../graphql/generated'

/**
 * How wide each layout draws its image (site.css), for `sizes`: the browser chooses a srcset
 * candidate before it has the stylesheet, so it must be told. rem is 16 px here, as in media queries.
 */
export const IMAGE_LAYOUTS = {
  // `.grid` cards: columns of at least 17rem, 2rem apart, in <main> (64rem at most, 1.25rem padding)
  // — three from 57.5rem, two from 38.5rem. In the article's related reading (44rem) two columns
  // reach 21rem; each range takes the wider of the two grids.
  card: '(min-width: 57.5rem) 21rem, (min-width: 38.5rem) calc(50vw - 2.25rem), calc(100vw - 2.5rem)',
  // `.article`: 44rem at most, inside <main>'s padding.
  cover: '(min-width: 46.5rem) 44rem, calc(100vw - 2.5rem)',
  // `.portrait`: a fixed 160 px circle.
  headshot: '160px',
} as const

type Candidate = { url: string; width: number; height: number }

const isCandidate = (
  image: { url?: string | null; width?: number | null; height?: number | null } | null | undefined,
): image is Candidate => Boolean(image?.url && image.width && image.height)

/**
 * The original and the sizes that exist for this upload (a size wider than the upload is null), one
 * per width, narrowest first. A size cropped to another shape (the square thumbnail of a landscape
 * photo) is left out: every candidate of a srcset must be the same picture, or the browser would
 * stretch it into the box the others fill.
 */
export function srcsetCandidates(image: ResponsiveImageFragment): Candidate[] {
  if (!isCandidate(image)) return []
  const ratio = image.width / image.height
  const byWidth = new Map<number, Candidate>()
  for (const candidate of [...Object.values(image.sizes ?? {}), image]) {
    if (!isCandidate(candidate)) continue
    if (Math.abs(candidate.width / candidate.height / ratio - 1) > 0.01) continue
    if (!byWidth.has(candidate.width)) byWidth.set(candidate.width, candidate)
  }
  return [...byWidth.values()].sort((a, b) => a.width - b.width)
}

type Props = {
  image: ResponsiveImageFragment
  /** How wide the layout draws it: one of IMAGE_LAYOUTS. */
  sizes: string
  /** The page's first image, in view on arrival (an article's cover): fetched at once and first. */
  priority?: boolean
  /** Replaces the stored alt text: "" where the image only repeats a link beside it. */
  alt?: string
  className?: string
}

/**
 * A content image: the browser picks the smallest candidate that fills its box, width and height
 * (the upload's own) reserve the space so nothing shifts while it loads, and images a reader has
 * not scrolled to yet wait until they are near.
 */
export function ResponsiveImage({ image, sizes, priority = false, alt, className }: Props) {
  if (!image.url) return null
  const candidates = srcsetCandidates(image)
  return (
    <img
      className={className}
      // For browsers without srcset, and for crawlers: the original.
      src={image.url}
      srcSet={
        candidates.length > 0
          ? candidates.map(({ url, width }) => `${url} ${Math.round(width)}w`).join(', ')
          : undefined
      }
      sizes={candidates.length > 0 ? sizes : undefined}
      alt={alt ?? image.alt ?? ''}
      width={image.width ?? undefined}
      height={image.height ?? undefined}
      {...(priority
        ? { loading: 'eager', fetchPriority: 'high' }
        : { loading: 'lazy', decoding: 'async' })}
    />
  )
}
