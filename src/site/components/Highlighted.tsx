import React from 'react'

import type { SearchPageQuery } from '../graphql/generated'

type Part = SearchPageQuery['searchArticles']['docs'][number]['snippet'][number]

/**
 * Text from the search API with its matched words in <mark>. Every part is rendered as text (React
 * escapes it): the API never sends markup, and none from an article can get into the page.
 */
export function Highlighted({ parts }: { parts: Part[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.match ? (
          <mark key={index}>{part.text}</mark>
        ) : (
          <React.Fragment key={index}>{part.text}</React.Fragment>
        ),
      )}
    </>
  )
}
