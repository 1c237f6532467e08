/**
 * The roles: `admin` and `editor` are staff; a `member` represents one member
 * organisation and may only propose changes to its profile.
 */
export const ROLES = ['admin', 'editor', 'member'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = { role?: string | null; organisation?: number | { id: number } | null } | null | undefined

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user?.role && (roles as string[]).includes(user.role))

/** The organisation a member represents (null for everyone else). */
export function ownOrganisationId(user: MaybeUser): number | null {
  if (!hasRole(user, 'member') || !user?.organisation) return null
  return typeof user.organisation === 'object' ? user.organisation.id : user.organisation
}

/** For `admin.hidden`: members see only their organisation (and their account) in the admin. */
export const hiddenFromMembers = ({ user }: { user: MaybeUser }): boolean => hasRole(user, 'member')

/** For `admin.hidden`: collections only admins work with (personal data such as who received which mail). */
export const hiddenFromAllButAdmins = ({ user }: { user: unknown }): boolean => !hasRole(user as MaybeUser, 'admin')
