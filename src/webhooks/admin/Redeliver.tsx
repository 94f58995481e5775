'use client'
/** "Redeliver" on a delivery in the admin: one more attempt now, with the same webhook-id. */
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

import { adminPost } from './adminPost'

export function Redeliver() {
  const { config } = useConfig()
  const { id } = useDocumentInfo()
  const [said, setSaid] = useState<string>()
  const [busy, setBusy] = useState(false)
  if (!id) return null

  const redeliver = async () => {
    setBusy(true)
    const answer = await adminPost<{ message: string }>(
      `${config.serverURL}${config.routes.api}/webhook-deliveries/${id}/redeliver`,
    )
    setBusy(false)
    setSaid(answer.ok ? `${answer.body.message} Reload to see the attempt.` : answer.problem)
  }

  return (
    <div className="field-type webhook-redeliver">
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={redeliver}>
        Redeliver
      </Button>
      {said && <p role="status">{said}</p>}
    </div>
  )
}
