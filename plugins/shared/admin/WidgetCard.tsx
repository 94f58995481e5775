/**
 * The frame of the library's dashboard widgets: a card with a title, sections of counted links, and
 * a line for when there is nothing to do. Plain server-rendered HTML in Payload's own card style.
 */
import React from 'react'

export type WidgetItem = { label: string; href: string; detail?: string }

export type WidgetSection = {
  title: string
  /** How many there are in all (the items may show only the first few). */
  count: number
  /** The list with all of them. */
  href?: string
  items?: WidgetItem[]
  /** Shown when the count is 0. */
  empty: string
}

export function WidgetCard({
  title,
  id,
  sections,
  children,
}: {
  title: string
  id: string
  sections: WidgetSection[]
  children?: React.ReactNode
}) {
  return (
    <section className="card invited-widget" data-widget={id} aria-label={title}>
      <h3 className="invited-widget__title">{title}</h3>
      {sections.map((section) => (
        <div className="invited-widget__section" key={section.title} data-section={section.title}>
          <h4>
            {section.href ? <a href={section.href}>{section.title}</a> : section.title}{' '}
            <span className="invited-widget__count">{section.count}</span>
          </h4>
          {section.count === 0 ? (
            <p className="invited-widget__empty">{section.empty}</p>
          ) : (
            <ul>
              {(section.items ?? []).map((item) => (
                <li key={item.href + item.label}>
                  <a href={item.href}>{item.label}</a>
                  {item.detail ? (
                    <span className="invited-widget__detail"> — {item.detail}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
      {children}
    </section>
  )
}
