import type { Access } from 'payload'

import { hasRole } from './roles'

/** Everyone with an account: staff and member representatives (who may enter the admin). */
export const isStaffOrMember = (({ req: { user } }) => hasRole(user, 'admin', 'editor', 'member')) satisfies Access
