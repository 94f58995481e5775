'use client'
/**
 * "Clinical review" in an article's sidebar: where the article stands in the review gate, the
 * reviewer's note when it came back, and — for a signed-in clinician linked to an author profile,
 * on someone else's article that waits for review — the decision itself (approve, or return with a
 * note). The decision goes to POST /api/<articles>/:id/review, which checks the license; the page
 * reloads to show the saved article.
 */
import { Button, useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useId, useState } from 'react'

const day = (value: unknown) =>
  typeof value === 'string' && value ? new Date(value).toISOString().slice(0, 10) : null
const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/** The form's current value at `path` (a hook: call it unconditionally, in the same order). */
function useFieldValue(path: string): unknown {
  return useFormFields(([fields]) => fields[path]?.value)
}

export function ReviewPanel() {
  const { user } = useAuth()
  const { id, collectionSlug } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  // One subscription per field: the panel re-renders when these change, not at every keystroke.
  const required = useFieldValue('clinicalReviewRequired') === true
  const needsReview = useFieldValue('publishNeedsReview') === true
  const status = useFieldValue('reviewRequest.status') as string | null | undefined
  const note = useFieldValue('reviewRequest.note') as string | null | undefined
  const submittedBy = idOf(useFieldValue('reviewRequest.submittedBy'))
  const submittedAt = day(useFieldValue('reviewRequest.submittedAt'))
  const decidedAt = day(useFieldValue('reviewRequest.decidedAt'))
  const createdBy = idOf(useFieldValue('createdBy'))
  const reviewedAt = day(useFieldValue('lastReviewedAt'))

  const [decisionNote, setDecisionNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const noteId = useId()

  const own = [submittedBy, createdBy].some(
    (writer) => writer != null && String(writer) === String(user?.id),
  )
  const mayDecide =
    Boolean(id) &&
    status === 'submitted' &&
    Boolean(idOf((user as { authorProfile?: unknown } | null)?.authorProfile)) &&
    !own

  const decide = async (decision: 'approve' | 'return') => {
    setBusy(true)
    setError(null)
    const response = await fetch(
      formatAdminURL({ apiRoute: api, path: `/${collectionSlug}/${id}/review` }),
      {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ decision, note: decisionNote }),
      },
    ).catch(() => null)
    if (response?.ok) {
      window.location.reload()
      return
    }
    const body = (await response?.json().catch(() => null)) as {
      errors?: { message?: string }[]
    } | null
    setError(body?.errors?.[0]?.message ?? 'The decision could not be saved; try again.')
    setBusy(false)
  }

  let standing: string
  if (!required) standing = 'Not clinical: it can be published without a review.'
  else if (status === 'submitted')
    standing = `Waiting for a clinician's review${submittedAt ? ` since ${submittedAt}` : ''}.`
  else if (status === 'returned')
    standing = `Returned by the reviewer${decidedAt ? ` on ${decidedAt}` : ''}.`
  else if (status === 'approved' && !needsReview)
    standing = `Approved${decidedAt ? ` on ${decidedAt}` : ''}.`
  else if (needsReview)
    standing = reviewedAt
      ? 'Changed since its review: submit it for review before publishing the change.'
      : "Clinical: a licensed clinician's review comes before publishing."
  else standing = 'The review covers the current text: it can be published.'

  return (
    <section
      className="field-type invited-review-panel"
      aria-labelledby={`${noteId}-title`}
      style={{ marginBottom: 'var(--base)' }}
    >
      <h3 id={`${noteId}-title`} className="field-label">
        Clinical review
      </h3>
      <p data-testid="review-standing">{standing}</p>
      {note ? (
        <blockquote data-testid="review-note">
          <strong>Reviewer's note:</strong> {note}
        </blockquote>
      ) : null}
      {mayDecide ? (
        <div>
          <label htmlFor={noteId}>Note to the writer</label>
          <textarea
            id={noteId}
            rows={4}
            value={decisionNote}
            onChange={(event) => setDecisionNote(event.target.value)}
            style={{ width: '100%' }}
          />
          <Button buttonStyle="primary" disabled={busy} onClick={() => void decide('approve')}>
            Approve
          </Button>
          <Button buttonStyle="secondary" disabled={busy} onClick={() => void decide('return')}>
            Return to the writer
          </Button>
          {error ? <p role="alert">{error}</p> : null}
        </div>
      ) : null}
    </section>
  )
}
