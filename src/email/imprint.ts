import type { Payload } from 'payload'

import { absoluteUrl } from '@/lib/paths'

import { DEFAULT_MAIL_LANGUAGE, readerPath, type MailLanguage } from './i18n'

/** Who sends the mail, as the footer of every mail must say (name, postal address, contact, the full imprint). */
export type Imprint = {
  name: string
  address: string | null
  email: string | null
  phone: string | null
  imprintUrl: string
  siteUrl: string
}

/**
 * Read from the site settings, so the office changes the address in one place
 * for the site and every mail; the links lead to the site in the mail's language.
 */
export async function loadImprint(payload: Payload, language: MailLanguage = DEFAULT_MAIL_LANGUAGE): Promise<Imprint> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  return {
    name: settings.siteName || 'Essener Verbund der Immigrantenvereine e.V.',
    address: settings.contact?.address?.trim() || null,
    email: settings.contact?.email || null,
    phone: settings.contact?.phone || null,
    imprintUrl: absoluteUrl(readerPath(language, '/impressum')),
    siteUrl: absoluteUrl(readerPath(language, '/')).replace(/\/$/, ''),
  }
}
