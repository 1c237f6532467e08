import type { CollectionConfig, GlobalConfig } from 'payload'

import { hiddenFromMembers } from './roles'

/** What a member representative works with in the admin; everything else is hidden from them (access rules still apply). */
const MEMBER_COLLECTIONS = new Set(['member-organisations', 'users'])

/** Hides every other collection and global from member representatives' admin navigation. */
export function withMemberAdminView<T extends CollectionConfig | GlobalConfig>(configs: T[]): T[] {
  return configs.map((config) =>
    MEMBER_COLLECTIONS.has(config.slug) ? config : { ...config, admin: { ...config.admin, hidden: hiddenFromMembers } },
  )
}
