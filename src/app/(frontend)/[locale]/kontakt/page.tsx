import type { Metadata } from 'next'

import { PageLanguages } from '@/components/PageLanguages'
import { RichTextBody } from '@/components/RichTextBody'
import { SiteForm } from '@/components/SiteForm'
import { CONTACT_FORM_SLUG, getFormBySlug } from '@/content/forms'
import { getPageBySlug } from '@/content/pages'
import { i18n } from '@/i18n'
import { languageOf } from '@/i18n/locales'
import { localeOf } from '@/i18n/params'
import { pageMetadata } from '@/lib/pageMetadata'
import { contactSubmitPath } from '@/lib/paths'

type Props = { params: Promise<{ locale: string }> }

const PATH = '/kontakt'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const { t } = i18n(locale)
  const { page } = await getPageBySlug('kontakt', locale)
  return pageMetadata({ title: page?.meta?.title || page?.title || t.contact.title, description: page?.meta?.description || t.contact.description, path: PATH, locale })
}

/**
 * /kontakt: the editors' page "Kontakt" (address, opening hours) when there is
 * one, then the contact form they built (slug „kontakt“), posting without
 * script to /kontakt/absenden.
 */
export default async function ContactPage({ params }: Props) {
  const locale = await localeOf(params)
  const { t, href } = i18n(locale)
  const [{ page, language }, form] = await Promise.all([getPageBySlug('kontakt', locale), getFormBySlug(CONTACT_FORM_SLUG, locale)])
  return (
    <>
      <PageLanguages locale={locale} path={PATH} shown={page ? language.shown : locale} />
      <div className="container narrow">
        <h1 {...(page ? languageOf(language.shown, locale) : {})}>{page?.title || t.contact.title}</h1>
        {page && (
          <div {...languageOf(language.shown, locale)}>
            <RichTextBody data={page.body} />
          </div>
        )}
        {form && (
          <section aria-labelledby="kontaktformular">
            <h2 id="kontaktformular">{t.contact.formHeading}</h2>
            <SiteForm form={form} action={href(contactSubmitPath)} locale={locale} idPrefix="kontakt" />
          </section>
        )}
      </div>
    </>
  )
}
