'use client'
/**
 * The comment form: submits through the public GraphQL mutation and shows the moderation answer —
 * "waiting for a moderator", the problems by field, when to try again, and crisis resources
 * whenever the comment holds crisis language — accepted or not, in the language the CMS answered in.
 * Nothing is shown as published until a moderator approves it.
 */
import React, { useId, useState } from 'react'

import { SubmitCommentDocument, type SubmitCommentMutation } from '../graphql/generated'

type Result = SubmitCommentMutation['submitComment']

/** What to do now, for someone whose comment holds crisis language (`lang` for screen readers). */
function CrisisResources({ result }: { result: Result }) {
  if (!result.crisisResources) return null
  const language = result.crisisResourcesLanguage ?? 'en'
  return (
    <div className="crisis" role="alert" lang={language}>
      <strong>{language === 'es' ? 'No está solo.' : 'You are not alone.'}</strong>{' '}
      {result.crisisResources}
    </div>
  )
}

export function CommentForm({
  graphqlUrl,
  articleId,
  replyTo,
}: {
  graphqlUrl: string
  articleId: number
  replyTo?: { id: number; authorName: string }
}) {
  const id = useId()
  const [result, setResult] = useState<Result | null>(null)
  const [sending, setSending] = useState(false)
  const [failure, setFailure] = useState('')

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const field = (name: string) => String(form.get(name) ?? '')
    setSending(true)
    setFailure('')
    try {
      const response = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          query: SubmitCommentDocument.toString(),
          variables: {
            input: {
              targetId: String(articleId),
              parent: replyTo ? String(replyTo.id) : undefined,
              authorName: field('authorName'),
              authorEmail: field('authorEmail'),
              body: field('body'),
              website: field('website'),
            },
          },
        }),
      })
      const answer = (await response.json()) as {
        data?: SubmitCommentMutation
        errors?: { message: string }[]
      }
      if (!answer.data) throw new Error(answer.errors?.[0]?.message ?? `HTTP ${response.status}`)
      setResult(answer.data.submitComment)
    } catch (error) {
      setFailure(`Your comment could not be sent (${(error as Error).message}). Please try again.`)
    } finally {
      setSending(false)
    }
  }

  const errorFor = (name: string) => result?.errors.find((error) => error.field === name)?.message
  const input = (
    name: string,
    label: string,
    props: React.InputHTMLAttributes<HTMLInputElement> = {},
  ) => (
    <p className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        name={name}
        aria-invalid={Boolean(errorFor(name))}
        aria-describedby={`${id}-${name}-error`}
        {...props}
      />
      <span id={`${id}-${name}-error`} className="field__error">
        {errorFor(name)}
      </span>
    </p>
  )

  if (result?.ok) {
    return (
      <div className="notice" role="status">
        <p>{result.message}</p>
        <CrisisResources result={result} />
      </div>
    )
  }

  return (
    <form id="comment-form" className="comment-form" onSubmit={submit} noValidate>
      <h3>{replyTo ? `Reply to ${replyTo.authorName}` : 'Leave a comment'}</h3>
      <p className="muted">
        Comments are read by a person before they appear, but not around the clock: if you are
        thinking about suicide or self-harm, call or text 988 now. Your email address is never
        shown.
      </p>
      {input('authorName', 'Name', { autoComplete: 'name', required: true, maxLength: 80 })}
      {input('authorEmail', 'Email', { type: 'email', autoComplete: 'email', required: true })}
      <p className="field">
        <label htmlFor={`${id}-body`}>Comment</label>
        <textarea
          id={`${id}-body`}
          name="body"
          rows={5}
          required
          maxLength={5000}
          aria-invalid={Boolean(errorFor('body'))}
          aria-describedby={`${id}-body-error`}
        />
        <span id={`${id}-body-error`} className="field__error">
          {errorFor('body')}
        </span>
      </p>
      {/* A field people never see: bots fill it in, and the CMS quietly keeps nothing they send. */}
      <p className="honeypot" aria-hidden="true">
        <label htmlFor={`${id}-website`}>Leave this empty</label>
        <input id={`${id}-website`} name="website" tabIndex={-1} autoComplete="off" />
      </p>
      {result && !result.ok && <CrisisResources result={result} />}
      {result && !result.ok && (
        <p className="field__error" role="alert">
          {result.code === 'rate_limited' || result.errors.length === 0
            ? result.message
            : 'Please correct the fields above.'}
        </p>
      )}
      {failure && (
        <p className="field__error" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" disabled={sending}>
        {sending ? 'Sending…' : 'Submit comment'}
      </button>
    </form>
  )
}
