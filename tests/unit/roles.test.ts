import { describe, expect, it } from 'vitest'

import { hasRole, isAdmin } from '../../collections/shared/roles'

describe('hasRole', () => {
  it('matches any of the roles asked for', () => {
    expect(hasRole({ roles: ['writer'] }, 'editor', 'writer')).toBe(true)
    expect(hasRole({ roles: ['moderator'] }, 'editor', 'writer')).toBe(false)
  })
  it('lets admin stand for every role', () => {
    expect(hasRole({ roles: ['admin'] }, 'moderator')).toBe(true)
    expect(isAdmin({ roles: ['editor', 'admin'] })).toBe(true)
  })
  it('denies anonymous users and users without roles', () => {
    expect(hasRole(null, 'writer')).toBe(false)
    expect(hasRole(undefined, 'writer')).toBe(false)
    expect(hasRole({ roles: null }, 'writer')).toBe(false)
    expect(isAdmin({ roles: [] })).toBe(false)
  })
})
