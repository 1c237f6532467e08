import type { Payload } from 'payload'

import { absoluteUrl, siteUrl } from '@/lib/paths'

/** Who sends the mail, as the footer of every mail must say (name, postal address, contact, the full imprint). */
export type Imprint = {
  name: string
  address: string | null
  email: string | null
  phone: string | null
  imprintUrl: string
  siteUrl: string
}

/** Read from the site settings, so the office changes the address in one place for the site and every mail. */
export async function loadImprint(payload: Payload): Promise<Imprint> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  return {
    name: settings.siteName || 'Essener Verbund der Immigrantenvereine e.V.',
    address: settings.contact?.address?.trim() || null,
    email: settings.contact?.email || null,
    phone: settings.contact?.phone || null,
    imprintUrl: absoluteUrl('/impressum'),
    siteUrl: siteUrl(),
  }
}
