/** Creates staff accounts for tests, bypassing access control as a seed would. */
import type { Payload } from 'payload'

import type { User } from '@/payload-types'

let counter = 0

export async function createUser(payload: Payload, role: User['role'], name = `Test ${role}`, organisation?: number): Promise<User> {
  counter += 1
  return payload.create({
    collection: 'users',
    data: { name, email: `${role}-${counter}-${Date.now()}@test.example`, password: 'test-password-123', role, organisation },
  })
}
