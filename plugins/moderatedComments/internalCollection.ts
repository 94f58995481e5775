/**
 * A collection the plugin keeps for its own bookkeeping (submission locks, honeypot catches): written
 * and read only by the plugin's code through the adapter or with overrideAccess — no admin view, no
 * REST or GraphQL access, timestamps for pruning and stale-lock checks.
 */
import type { CollectionConfig, Field } from 'payload'

export function internalCollection(slug: string, fields: Field[]): CollectionConfig {
  const denied = () => false
  return {
    slug,
    admin: { hidden: true },
    access: { read: denied, create: denied, update: denied, delete: denied },
    graphQL: false,
    fields,
    timestamps: true,
  }
}
