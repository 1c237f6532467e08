import type { Metadata } from 'next'
import Link from 'next/link'

import { RichTextBody } from '@/components/RichTextBody'
import { CONTACT_FORM_SLUG, getFormBySlug } from '@/content/forms'
import { i18n } from '@/i18n'
import { localeOf } from '@/i18n/params'
import { pageMetadata } from '@/lib/pageMetadata'
import { contactThanksPath } from '@/lib/paths'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const { t } = i18n(locale)
  return { ...pageMetadata({ title: t.contact.thanksTitle, description: t.contact.description, path: contactThanksPath, locale }), robots: { index: false } }
}

/** Where the contact form leads after sending: the form's own confirmation text. */
export default async function ContactThanksPage({ params }: Props) {
  const locale = await localeOf(params)
  const { t, href } = i18n(locale)
  const form = await getFormBySlug(CONTACT_FORM_SLUG, locale)
  return (
    <div className="container narrow">
      <h1>{t.contact.thanksTitle}</h1>
      {form?.confirmationMessage && <RichTextBody data={form.confirmationMessage} />}
      <p>
        <Link href={href('/')}>{t.notFound.home}</Link>
      </p>
    </div>
  )
}
