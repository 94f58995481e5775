'use client'
/**
 * The articles' publish button under the review gate. While publishing would be refused (a clinical
 * article whose current text no review or override covers), a writer's "Publish" becomes "Submit
 * for review": a draft save that asks a licensed clinician to review it. Editors keep Payload's own
 * button beside it, to publish with a recorded reason. The server decides either way (review/gate.ts);
 * this only offers the action that will succeed.
 */
import {
  FormSubmit,
  PublishButton,
  useAuth,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormFields,
} from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useCallback } from 'react'

const isEditor = (user: unknown) => {
  const roles = (user as { roles?: unknown } | null)?.roles
  return Array.isArray(roles) && roles.some((role) => role === 'editor' || role === 'admin')
}

export function ReviewPublishButton() {
  const { user } = useAuth()
  const { id, collectionSlug } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { submit } = useForm()
  const needsReview = useFormFields(([fields]) => fields.publishNeedsReview?.value === true)
  const status = useFormFields(([fields]) => fields['reviewRequest.status']?.value)

  const submitForReview = useCallback(async () => {
    const search = '?depth=0&draft=true'
    await submit({
      action: formatAdminURL({
        apiRoute: api,
        path: `/${collectionSlug}${id ? `/${id}` : ''}${search}`,
      }),
      method: id ? 'PATCH' : 'POST',
      overrides: { _status: 'draft', reviewRequest: { status: 'submitted' } },
      skipValidation: true,
    })
  }, [api, collectionSlug, id, submit])

  if (!needsReview) return <PublishButton />
  return (
    <>
      {status === 'submitted' ? (
        <FormSubmit
          buttonId="action-awaiting-review"
          buttonStyle="primary"
          disabled
          size="medium"
          type="button"
        >
          Waiting for review
        </FormSubmit>
      ) : (
        <FormSubmit
          buttonId="action-submit-for-review"
          buttonStyle="primary"
          onClick={() => void submitForReview()}
          size="medium"
          type="button"
        >
          Submit for review
        </FormSubmit>
      )}
      {isEditor(user) ? <PublishButton /> : null}
    </>
  )
}
