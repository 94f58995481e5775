import Link from 'next/link'
import React from 'react'

export default function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        There is nothing here. <Link href="/">See all articles</Link>.
      </p>
    </section>
  )
}
