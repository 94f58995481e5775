'use client'
/**
 * The endpoint's signing secret in the admin: shown once, on request, after the endpoint is created
 * (the API never answers it again), and rotatable — the old secret keeps signing for a day, so the
 * receiver can switch without missing a message.
 */
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

import { adminPost } from './adminPost'

type Shown = { signingSecret: string; previousSecretValidUntil?: string }

export function SigningSecret() {
  const { config } = useConfig()
  const { id } = useDocumentInfo()
  const [shown, setShown] = useState<Shown>()
  const [problem, setProblem] = useState<string>()
  const [busy, setBusy] = useState(false)

  if (!id) {
    return (
      <div className="field-type webhook-secret">
        <p>Signing secret: made when you save. You can then see it once.</p>
      </div>
    )
  }
  const base = `${config.serverURL}${config.routes.api}/webhook-endpoints/${id}`
  const act = async (action: 'reveal-secret' | 'rotate-secret') => {
    if (
      action === 'rotate-secret' &&
      !window.confirm('Make a new signing secret? The current one keeps working for 24 hours.')
    ) {
      return
    }
    setBusy(true)
    const answer = await adminPost<Shown>(`${base}/${action}`)
    setBusy(false)
    if (answer.ok) {
      setShown(answer.body)
      setProblem(undefined)
    } else {
      setProblem(answer.problem)
    }
  }

  return (
    <div className="field-type webhook-secret">
      <p>
        <strong>Signing secret</strong>
      </p>
      {shown ? (
        <>
          <p>Copy it now: it will not be shown again.</p>
          <output aria-label="Signing secret" style={{ wordBreak: 'break-all' }}>
            <code>{shown.signingSecret}</code>
          </output>
          {shown.previousSecretValidUntil && (
            <p>
              The previous secret also signs until{' '}
              {new Date(shown.previousSecretValidUntil).toLocaleString()}.
            </p>
          )}
        </>
      ) : (
        <Button
          buttonStyle="secondary"
          size="small"
          disabled={busy}
          onClick={() => act('reveal-secret')}
        >
          Show signing secret (once)
        </Button>
      )}
      <Button
        buttonStyle="secondary"
        size="small"
        disabled={busy}
        onClick={() => act('rotate-secret')}
      >
        Rotate secret
      </Button>
      {problem && <p role="alert">{problem}</p>}
    </div>
  )
}
