'use client'
/**
 * The comment queue: status tabs with counts (pending first), urgent comments on top, each comment
 * with its document and the comment it answers; one-click approve, reject, spam and reply, and bulk
 * actions on a selection. Everything goes through the REST API with the moderator's session.
 */
import { Button, useConfig } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import './ModerationQueue.css'

import {
  COMMENT_FLAG_LABELS,
  COMMENT_STATUS_LABELS,
  COMMENT_STATUSES,
  type CommentFlag,
  type CommentStatus as Status,
} from '../vocabulary.ts'

const STATUSES = COMMENT_STATUSES

type Comment = {
  id: number | string
  authorName: string
  body: string
  status: Status
  urgent?: boolean
  flags?: string[]
  isStaffReply?: boolean
  createdAt: string
  parent?: { id: number | string; authorName: string; body: string } | null
  target?: { relationTo: string; value: { id: number | string; title?: string } | number | string }
}

const flagLabel = (flag: string) => COMMENT_FLAG_LABELS[flag as CommentFlag] ?? flag

export function ModerationQueue({ commentsSlug }: { commentsSlug: string }) {
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}/${commentsSlug}`
  const [status, setStatus] = useState<Status>('pending')
  const [comments, setComments] = useState<Comment[]>([])
  const [counts, setCounts] = useState<Record<Status, number>>({
    pending: 0,
    approved: 0,
    rejected: 0,
    spam: 0,
  })
  const [selected, setSelected] = useState<Set<Comment['id']>>(new Set())
  const [replyTo, setReplyTo] = useState<Comment['id'] | null>(null)
  const [reply, setReply] = useState('')
  const [notice, setNotice] = useState('')

  const request = useCallback(
    async (path: string, init?: RequestInit) => {
      const response = await fetch(`${api}${path}`, {
        credentials: 'include',
        ...init,
        headers: { 'Content-Type': 'application/json', ...init?.headers },
      })
      if (!response.ok)
        throw new Error(`${init?.method ?? 'GET'} ${path} failed with ${response.status}`)
      return response.json()
    },
    [api],
  )

  const load = useCallback(async () => {
    const [list, ...totals] = await Promise.all([
      request(`?where[status][equals]=${status}&sort=-urgent,-createdAt&depth=1&limit=100`),
      ...STATUSES.map((s) => request(`/count?where[status][equals]=${s}`)),
    ])
    setComments(list.docs)
    setCounts(
      Object.fromEntries(STATUSES.map((s, i) => [s, totals[i].totalDocs])) as Record<
        Status,
        number
      >,
    )
    setSelected(new Set())
  }, [request, status])

  useEffect(() => {
    void load().catch((error: Error) => setNotice(error.message))
  }, [load])

  const act = async (label: string, work: () => Promise<unknown>) => {
    try {
      await work()
      await load()
      // Announced once the list is fresh, so nobody acts on a list that is about to change.
      setNotice(label)
    } catch (error) {
      setNotice((error as Error).message)
    }
  }

  const setStatusOf = (ids: Comment['id'][], next: Status) =>
    act(`${ids.length === 1 ? 'Comment' : `${ids.length} comments`} marked ${next}.`, () =>
      ids.length === 1
        ? request(`/${ids[0]}`, { method: 'PATCH', body: JSON.stringify({ status: next }) })
        : request(`?where[id][in]=${ids.join(',')}`, {
            method: 'PATCH',
            body: JSON.stringify({ status: next }),
          }),
    )

  const sendReply = (parent: Comment) =>
    act('Reply published.', async () => {
      await request('', {
        method: 'POST',
        body: JSON.stringify({
          parent: parent.id,
          body: reply,
          target: parent.target && {
            relationTo: parent.target.relationTo,
            value:
              typeof parent.target.value === 'object'
                ? parent.target.value.id
                : parent.target.value,
          },
        }),
      })
      if (parent.status !== 'approved')
        await request(`/${parent.id}`, {
          method: 'PATCH',
          body: JSON.stringify({ status: 'approved' }),
        })
      setReply('')
      setReplyTo(null)
    })

  const toggle = (id: Comment['id']) =>
    setSelected((current) => {
      const next = new Set(current)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  return (
    <div className="moderation-queue">
      <nav aria-label="Comment status" className="moderation-queue__tabs">
        {STATUSES.map((s) => (
          <Button
            key={s}
            buttonStyle={s === status ? 'primary' : 'secondary'}
            size="small"
            onClick={() => setStatus(s)}
          >
            {`${COMMENT_STATUS_LABELS[s]} (${counts[s]})`}
          </Button>
        ))}
      </nav>

      <div role="toolbar" aria-label="Bulk actions" className="moderation-queue__toolbar">
        <span>{selected.size} selected</span>
        <Button
          size="small"
          buttonStyle="secondary"
          disabled={selected.size === 0}
          onClick={() => setStatusOf([...selected], 'approved')}
        >
          Approve selected
        </Button>
        <Button
          size="small"
          buttonStyle="secondary"
          disabled={selected.size === 0}
          onClick={() => setStatusOf([...selected], 'rejected')}
        >
          Reject selected
        </Button>
        <Button
          size="small"
          buttonStyle="secondary"
          disabled={selected.size === 0}
          onClick={() => setStatusOf([...selected], 'spam')}
        >
          Mark selected as spam
        </Button>
      </div>

      {notice && (
        <p role="status" className="moderation-queue__notice">
          {notice}
        </p>
      )}

      {comments.length === 0 ? (
        <p>No {status} comments.</p>
      ) : (
        <ul className="moderation-queue__list">
          {comments.map((comment) => {
            const document =
              typeof comment.target?.value === 'object' ? comment.target.value : undefined
            return (
              <li
                key={comment.id}
                data-comment-id={comment.id}
                className={
                  comment.urgent
                    ? 'moderation-queue__comment moderation-queue__comment--urgent'
                    : 'moderation-queue__comment'
                }
              >
                <label className="moderation-queue__header">
                  <input
                    type="checkbox"
                    checked={selected.has(comment.id)}
                    onChange={() => toggle(comment.id)}
                    aria-label={`Select comment by ${comment.authorName}`}
                  />
                  {comment.urgent && <strong className="moderation-queue__urgent">URGENT</strong>}
                  <strong>{comment.authorName}</strong>
                  {comment.isStaffReply && <em>staff reply</em>}
                  <span>on “{document?.title ?? 'a document'}”</span>
                  <time dateTime={comment.createdAt}>
                    {new Date(comment.createdAt).toLocaleString()}
                  </time>
                </label>
                {(comment.flags?.length ?? 0) > 0 && (
                  <p>Flags: {comment.flags!.map(flagLabel).join(', ')}</p>
                )}
                {comment.parent && (
                  <blockquote className="moderation-queue__parent">
                    In reply to {comment.parent.authorName}: {comment.parent.body}
                  </blockquote>
                )}
                <p className="moderation-queue__body">{comment.body}</p>
                <div className="moderation-queue__actions">
                  {comment.status !== 'approved' && (
                    <Button size="small" onClick={() => setStatusOf([comment.id], 'approved')}>
                      Approve
                    </Button>
                  )}
                  {comment.status !== 'rejected' && (
                    <Button
                      size="small"
                      buttonStyle="secondary"
                      onClick={() => setStatusOf([comment.id], 'rejected')}
                    >
                      Reject
                    </Button>
                  )}
                  {comment.status !== 'spam' && (
                    <Button
                      size="small"
                      buttonStyle="secondary"
                      onClick={() => setStatusOf([comment.id], 'spam')}
                    >
                      Spam
                    </Button>
                  )}
                  <Button
                    size="small"
                    buttonStyle="secondary"
                    onClick={() => setReplyTo(replyTo === comment.id ? null : comment.id)}
                  >
                    Reply
                  </Button>
                </div>
                {replyTo === comment.id && (
                  <div className="moderation-queue__reply">
                    <textarea
                      aria-label={`Reply to ${comment.authorName}`}
                      value={reply}
                      onChange={(event) => setReply(event.target.value)}
                      rows={3}
                      className="moderation-queue__reply-text"
                    />
                    <Button
                      size="small"
                      disabled={reply.trim() === ''}
                      onClick={() => sendReply(comment)}
                    >
                      Publish reply
                    </Button>
                  </div>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
