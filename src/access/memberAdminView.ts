import type { CollectionConfig, GlobalConfig } from 'payload'

import { hiddenFromMembers } from './roles'

/** What a member representative works with in the admin; everything else is hidden from them (access rules still apply). */
const MEMBER_COLLECTIONS = new Set(['member-organisations', 'users', 'events'])

/** Hides every other collection and global from member representatives' admin navigation (what is hidden from everyone stays hidden). */
export function withMemberAdminView<T extends CollectionConfig | GlobalConfig>(configs: T[]): T[] {
  return configs.map((config) =>
    MEMBER_COLLECTIONS.has(config.slug) || config.admin?.hidden === true
      ? config
      : { ...config, admin: { ...config.admin, hidden: hiddenFromMembers } },
  )
}
