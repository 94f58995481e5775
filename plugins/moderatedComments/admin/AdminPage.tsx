/**
 * The frame of the plugin's admin views: Payload's own page template (navigation, header, account),
 * a gutter and the page's title, around what the view shows. Payload leaves custom views open to
 * anyone (they may be public pages); these are not, so a visitor who is not signed in is sent to the
 * login, and back here afterwards.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

function loginURL({ initPageResult, params }: AdminViewServerProps): string {
  const { config } = initPageResult.req.payload
  const segments = params?.segments
  const here = `${config.routes.admin}/${[segments ?? []].flat().join('/')}`
  return `${config.routes.admin}${config.admin.routes.login}?redirect=${encodeURIComponent(here)}`
}

export function AdminPage({
  view,
  title,
  children,
}: {
  view: AdminViewServerProps
  title: string
  children: React.ReactNode
}) {
  const { initPageResult, params, searchParams } = view
  const { req, permissions, locale, visibleEntities } = initPageResult
  if (!req.user) redirect(loginURL(view))
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{title}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
}
