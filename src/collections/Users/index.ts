import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { isStaffOrMember } from '@/access/isStaffOrMember'
import { isStaffOrSelf } from '@/access/isStaffOrSelf'
import { ROLES } from '@/access/roles'
import { passwordResetHtml, passwordResetSubject } from '@/email/passwordResetMail'
import { siteIsHttps } from '@/lib/paths'

import { userEndpoints } from './endpoints'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { keepOneAdminOnDelete, keepOneAdminOnUpdate } from './hooks/keepOneAdmin'
import { forgiveSuccessfulLogin, limitLogins } from './hooks/limitLogins'

const ROLE_LABELS: Record<(typeof ROLES)[number], string> = {
  admin: 'Administrator',
  editor: 'Redaktion',
  member: 'Vereinsvertretung',
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Benutzer', plural: 'Benutzer' },
  auth: {
    // Sessions last a working day; editors stay logged in while they work.
    tokenExpiration: 60 * 60 * 8,
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    // On an https site the login cookie never travels over plain http.
    cookies: { secure: siteIsHttps(), sameSite: 'Lax' },
    forgotPassword: { generateEmailHTML: passwordResetHtml, generateEmailSubject: passwordResetSubject },
  },
  admin: {
    group: 'Einstellungen',
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'updatedAt'],
    description: 'Konten der Mitarbeitenden. Rollen vergeben nur Administratoren.',
  },
  access: {
    // Staff see each other (author names, who changed what); members only themselves; only admins manage accounts.
    read: isStaffOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    admin: isStaffOrMember,
    // Payload lets anyone logged in unlock any account; lifting a lock-out is an admin's decision.
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [limitLogins],
    afterLogin: [forgiveSuccessfulLogin],
    beforeChange: [firstUserIsAdmin, keepOneAdminOnUpdate],
    beforeDelete: [keepOneAdminOnDelete],
  },
  // Password reset: limited, and answered the same for every address (endpoints.ts).
  endpoints: userEndpoints,
  fields: [
    {
      name: 'name',
      label: 'Name',
      type: 'text',
      required: true,
    },
    {
      name: 'role',
      label: 'Rolle',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      // Nobody but an admin can set a role: an editor's attempt is dropped, so
      // no one can raise their own rights.
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description:
          'Administratoren verwalten zusätzlich Benutzer, Einstellungen und das Vereinsverzeichnis. Eine Vereinsvertretung schlägt nur Änderungen am eigenen Verein vor.',
      },
    },
    {
      name: 'organisation',
      label: 'Verein',
      type: 'relationship',
      relationTo: 'member-organisations',
      access: { create: isAdminField, update: isAdminField },
      admin: {
        condition: (data) => data?.role === 'member',
        description: 'Der Verein, den diese Person vertritt.',
      },
      validate: (value: unknown, { siblingData }: { siblingData: { role?: string } }) =>
        siblingData?.role !== 'member' || value ? true : 'Bitte den Verein angeben, den diese Person vertritt.',
    },
  ],
}
