import Link from 'next/link'
import React from 'react'

import { formatDate } from '../format'
import type { CommentFieldsFragment } from '../graphql/generated'

type ThreadComment = CommentFieldsFragment & { replies?: { docs: ThreadComment[] } | null }

/** Approved comments and their replies, oldest first, as the article's `commentThread` returns them. */
export function CommentThread({
  comments,
  articleSlug,
  canReply,
}: {
  comments: ThreadComment[]
  articleSlug: string
  canReply: boolean
}) {
  if (comments.length === 0) return <p className="muted">No comments yet.</p>
  return (
    <ol className="comments">
      {comments.map((comment) => (
        <li key={comment.id} id={`comment-${comment.id}`} className="comment">
          <p className="comment__by">
            <strong>{comment.authorName}</strong>
            {comment.isStaffReply && <span className="badge">Practice</span>} ·{' '}
            <time dateTime={comment.createdAt ?? undefined}>{formatDate(comment.createdAt)}</time>
          </p>
          {/* Plain text, as submitted: React escapes it; line breaks are kept by CSS. */}
          <p className="comment__body">{comment.body}</p>
          {canReply && (
            <Link
              className="comment__reply"
              href={`/articles/${articleSlug}?replyTo=${comment.id}#comment-form`}
              scroll={false}
            >
              Reply
            </Link>
          )}
          {comment.replies?.docs.length ? (
            <CommentThread
              comments={comment.replies.docs}
              articleSlug={articleSlug}
              canReply={canReply}
            />
          ) : null}
        </li>
      ))}
    </ol>
  )
}
