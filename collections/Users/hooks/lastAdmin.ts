/**
 * A practice must never lock itself out of its own CMS: the last admin can be neither demoted nor
 * deleted. Both hooks refuse with a 400 before anything is written.
 */
import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type PayloadRequest,
} from 'payload'

async function otherAdminCount(req: PayloadRequest, collection: string, id: number | string) {
  const { totalDocs } = await req.payload.count({
    collection: collection,
    where: { and: [{ roles: { contains: 'admin' } }, { id: { not_equals: id } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs
}

const includesAdmin = (roles: unknown): boolean => Array.isArray(roles) && roles.includes('admin')

export const keepLastAdminRole: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const losingAdmin =
    includesAdmin(originalDoc.roles) && data.roles !== undefined && !includesAdmin(data.roles)
  if (losingAdmin && (await otherAdminCount(req, collection.slug, originalDoc.id)) === 0) {
    throw new APIError(
      'This is the last admin account: make another user an admin before removing this role.',
      400,
    )
  }
  return data
}

export const keepLastAdminAccount: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const user = await req.payload.findByID({
    collection: collection.slug,
    id,
    overrideAccess: true,
    depth: 0,
    req,
    disableErrors: true,
  })
  if (
    user &&
    includesAdmin(user.roles) &&
    (await otherAdminCount(req, collection.slug, id)) === 0
  ) {
    throw new APIError('This is the last admin account and cannot be deleted.', 400)
  }
}
