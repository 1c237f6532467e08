import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins and editors: everyone who works in the admin panel. Always a boolean, so it also fits `access.admin`. */
export const isStaff = (({ req: { user } }) => hasRole(user, 'admin', 'editor')) satisfies Access
