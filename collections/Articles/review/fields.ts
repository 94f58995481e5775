/**
 * The review gate's fields on an article. What the writer and reviewer see of them is the sidebar's
 * "Clinical review" panel (admin/ReviewPanel.tsx); the raw fields stay hidden in the form but are
 * read and filtered on over the APIs like any other. They live in every version, so a draft waiting
 * for review carries its own request while the published version stays as it was.
 */
import type { Field, FieldAccess } from 'payload'

import { editorialUsersField, editorsOnlyField } from '../../shared/access.ts'

export const REVIEW_STATUSES = [
  { label: 'Waiting for review', value: 'submitted' },
  { label: 'Returned to the writer', value: 'returned' },
  { label: 'Approved', value: 'approved' },
] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]['value']

/** Only the decision endpoint (which overrides access) writes a reviewer's decision. */
const nobody: FieldAccess = () => false

export function reviewGateFields(usersSlug: string): Field[] {
  return [
    {
      name: 'clinical',
      label: 'Clinical content',
      type: 'checkbox',
      defaultValue: false,
      // Marking is an editorial decision; a writer cannot unmark an article to skip its review.
      access: { create: editorsOnlyField, update: editorsOnlyField },
      admin: {
        position: 'sidebar',
        description:
          "Needs a licensed clinician's review before it goes live. Articles about a clinical service need one anyway.",
      },
    },
    {
      // Kept on every save: the article is clinical (marked, or about a clinical service).
      name: 'clinicalReviewRequired',
      type: 'checkbox',
      index: true,
      access: { read: editorialUsersField, create: nobody, update: nobody },
      admin: { hidden: true, readOnly: true },
    },
    {
      // Kept on every save: publishing now would be refused (clinical, and no review or override
      // covers the current body). The admin offers "Submit for review" instead of "Publish".
      name: 'publishNeedsReview',
      type: 'checkbox',
      access: { read: editorialUsersField, create: nobody, update: nobody },
      admin: { hidden: true, readOnly: true },
    },
    {
      name: 'reviewRequest',
      type: 'group',
      access: { read: editorialUsersField },
      admin: { hidden: true },
      fields: [
        // Writers and editors set `submitted` (or clear a request); reviewers decide through
        // POST /api/<articles>/:id/review, which alone may set `returned` or `approved`.
        { name: 'status', type: 'select', options: [...REVIEW_STATUSES], index: true },
        {
          name: 'note',
          type: 'textarea',
          maxLength: 2000,
          access: { create: nobody, update: nobody },
        },
        {
          name: 'submittedBy',
          type: 'relationship',
          relationTo: usersSlug,
          access: { create: nobody, update: nobody },
        },
        { name: 'submittedAt', type: 'date', access: { create: nobody, update: nobody } },
        {
          name: 'decidedBy',
          type: 'relationship',
          relationTo: usersSlug,
          access: { create: nobody, update: nobody },
        },
        { name: 'decidedAt', type: 'date', access: { create: nobody, update: nobody } },
      ],
    },
    {
      // One-shot input: an editor who publishes without a review gives the reason here. The save
      // moves it into `reviewOverride` (which covers only the body as it is then) and empties it.
      name: 'overrideReason',
      label: 'Publish without clinical review: reason',
      type: 'textarea',
      maxLength: 1000,
      access: { read: editorialUsersField, create: editorsOnlyField, update: editorsOnlyField },
      admin: {
        position: 'sidebar',
        condition: (_data, _siblingData, { user }) =>
          Boolean(
            user &&
            Array.isArray(user.roles) &&
            user.roles.some((role: string) => role === 'editor' || role === 'admin'),
          ),
        description:
          'Editors only. Lets this text go live without a review; the reason is recorded and covers only the text as it is now.',
      },
    },
    {
      name: 'reviewOverride',
      type: 'group',
      access: { read: editorialUsersField, create: nobody, update: nobody },
      admin: { hidden: true },
      fields: [
        { name: 'reason', type: 'textarea' },
        { name: 'givenBy', type: 'relationship', relationTo: usersSlug },
        { name: 'givenAt', type: 'date' },
        { name: 'bodyFingerprint', type: 'text' },
      ],
    },
  ]
}
