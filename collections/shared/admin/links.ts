/**
 * Links into the admin from server components: a document, or a collection's list filtered by a
 * `where` (the list view reads it from the address, and its filter controls show it).
 */
import type { Payload, Where } from 'payload'

export const adminHref = (payload: Payload, path: string) =>
  `${payload.config.routes.admin.replace(/\/$/, '')}${path}`

export const documentHref = (payload: Payload, collection: string, id: number | string) =>
  adminHref(payload, `/collections/${collection}/${id}`)

/** `where[or][0][and][0][field][operator]=value`: the shape the list's filter controls display. */
export function listHref(payload: Payload, collection: string, conditions: Where[] = []): string {
  const params = new URLSearchParams()
  conditions.forEach((condition, index) => {
    const add = (prefix: string, value: unknown) => {
      if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) add(`${prefix}[${key}]`, inner)
      } else params.append(prefix, String(value))
    }
    add(`where[or][0][and][${index}]`, condition)
  })
  const query = params.toString()
  return adminHref(payload, `/collections/${collection}${query ? `?${query}` : ''}`)
}
