import type { Access, Where } from 'payload'

import { hasRole } from './roles'

/** Unset (older files) counts as public, as the flag's default says. */
const PUBLIC: Where = { or: [{ public: { equals: true } }, { public: { exists: false } }] }

/**
 * Files are public unless staff mark one as internal (e.g. a draft annual
 * report): then only staff can see it or download it, wherever it is linked.
 */
export const readMedia: Access = ({ req: { user } }) => (hasRole(user, 'admin', 'editor') ? true : PUBLIC)
