import type { DocumentItem } from '@/content/documents'
import { i18n } from '@/i18n'
import type { Locale } from '@/i18n/locales'

/**
 * Downloadable files (PDFs from the media library): title as the link, then
 * type and size. The same list on /dokumente and under articles, pages and projects.
 */
export function AttachmentList({ documents, locale }: { documents: DocumentItem[]; locale: Locale }) {
  if (documents.length === 0) return null
  const { t, format } = i18n(locale)
  return (
    <ul className="attachments">
      {documents.map((doc) => (
        <li key={doc.id}>
          <a href={doc.url} download={doc.filename} lang="de" dir="auto">
            {doc.title}
          </a>{' '}
          <span className="attachments__info">({format(t.documents.download, { type: doc.type, size: doc.size })})</span>
        </li>
      ))}
    </ul>
  )
}

/** A titled section of attachments, for the bottom of an article, page or project. */
export function Attachments({ documents, locale, id = 'dokumente' }: { documents: DocumentItem[]; locale: Locale; id?: string }) {
  if (documents.length === 0) return null
  return (
    <section className="attachments-box" aria-labelledby={id}>
      <h2 id={id}>{i18n(locale).t.documents.attachments}</h2>
      <AttachmentList documents={documents} locale={locale} />
    </section>
  )
}
