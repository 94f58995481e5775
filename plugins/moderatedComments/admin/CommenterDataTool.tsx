'use client'
/**
 * Export or erase what is stored about one commenter, by email address (admins only; the endpoints
 * check again). Export downloads the JSON the API answers; erasure asks for confirmation first and
 * says how many comments it anonymised.
 */
import { Button, useConfig } from '@payloadcms/ui'
import React, { useState } from 'react'

type Outcome = { kind: 'info' | 'error'; text: string }

export function CommenterDataTool({ commentsSlug }: { commentsSlug: string }) {
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}/${commentsSlug}/personal-data`
  const [email, setEmail] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>()

  const problemOf = async (response: Response) => {
    const body = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] }
    return body.errors?.[0]?.message ?? `The server answered ${response.status}.`
  }

  const exportData = async () => {
    setBusy(true)
    try {
      const response = await fetch(`${api}?email=${encodeURIComponent(email)}`, {
        credentials: 'include',
      })
      if (!response.ok) return setOutcome({ kind: 'error', text: await problemOf(response) })
      const data = (await response.json()) as { totalComments: number }
      const link = document.createElement('a')
      link.href = URL.createObjectURL(
        new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
      )
      link.download = 'commenter-data.json'
      link.click()
      URL.revokeObjectURL(link.href)
      setOutcome({
        kind: 'info',
        text: `Exported ${data.totalComments} comment(s) stored under this address.`,
      })
    } finally {
      setBusy(false)
    }
  }

  const erase = async () => {
    const sure = window.confirm(
      `Erase everything stored about ${email}? Their comments stay in their threads as “Anonymous”, with their words removed. This cannot be undone.`,
    )
    if (!sure) return
    setBusy(true)
    try {
      const response = await fetch(`${api}/erase`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email }),
      })
      if (!response.ok) return setOutcome({ kind: 'error', text: await problemOf(response) })
      const { erasedComments } = (await response.json()) as { erasedComments: number }
      setOutcome({ kind: 'info', text: `Erased ${erasedComments} comment(s).` })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ display: 'grid', gap: '1rem', maxWidth: '36rem' }}>
      <p>
        What the practice stores about a commenter — their comments, name, email address, client
        hash and browser — can be exported for them, or erased at their request.
      </p>
      <label htmlFor="commenter-email">Commenter’s email address</label>
      <input
        id="commenter-email"
        type="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        style={{ padding: '0.5rem' }}
      />
      <div style={{ display: 'flex', gap: '0.5rem' }}>
        <Button buttonStyle="secondary" disabled={busy || !email} onClick={exportData}>
          Export
        </Button>
        <Button buttonStyle="error" disabled={busy || !email} onClick={erase}>
          Erase
        </Button>
      </div>
      {outcome ? (
        <p role={outcome.kind === 'error' ? 'alert' : 'status'} id="commenter-data-outcome">
          {outcome.text}
        </p>
      ) : null}
    </div>
  )
}
