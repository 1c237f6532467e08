import type { Metadata } from 'next'

import { AttachmentList } from '@/components/AttachmentList'
import { PageLanguages } from '@/components/PageLanguages'
import { listPublicDocuments } from '@/content/documents'
import { i18n } from '@/i18n'
import { localeOf } from '@/i18n/params'
import { pageMetadata } from '@/lib/pageMetadata'
import { DOCUMENTS_PATH } from '@/lib/paths'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const { t } = i18n(locale)
  return pageMetadata({ title: t.documents.title, description: t.documents.description, path: DOCUMENTS_PATH, locale })
}

/** The public documents by kind: Satzung, Geschäftsberichte, Pressemitteilungen, Formulare. */
export default async function DocumentsPage({ params }: Props) {
  const locale = await localeOf(params)
  const { t } = i18n(locale)
  const groups = await listPublicDocuments(locale)
  return (
    <>
      <PageLanguages locale={locale} path={DOCUMENTS_PATH} />
      <div className="container narrow">
        <h1>{t.documents.title}</h1>
        <p className="lead">{t.documents.description}</p>
        {groups.length === 0 && <p>{t.documents.none}</p>}
        {groups.map((group) => (
          <section key={group.kind} aria-labelledby={`dokumente-${group.kind}`}>
            <h2 id={`dokumente-${group.kind}`}>{t.documents.kinds[group.kind]}</h2>
            <AttachmentList documents={group.documents} locale={locale} />
          </section>
        ))}
      </div>
    </>
  )
}
