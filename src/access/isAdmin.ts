import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Only admins. */
export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')

/** Field-level variant: the field is only readable/writable by admins. */
export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
