/**
 * The users collection gains `authorProfile`: the public author profile of a user who writes or
 * reviews. Linking an account to a public profile is an editorial decision, not a self-service one.
 */
import type { CollectionConfig } from 'payload'

import { editorsOnlyField } from '../../collections/shared/access.ts'
import type { ContentSlugs } from '../../collections/shared/collectionSlugs.ts'

export const withAuthorLink =
  (slugs: ContentSlugs) =>
  (collection: CollectionConfig): CollectionConfig =>
    collection.slug !== slugs.users
      ? collection
      : {
          ...collection,
          fields: [
            ...collection.fields,
            {
              name: 'authorProfile',
              type: 'relationship',
              relationTo: slugs.authors,
              access: { create: editorsOnlyField, update: editorsOnlyField },
              admin: {
                description: 'The public author profile of this user, if they write or review.',
              },
            },
          ],
        }
