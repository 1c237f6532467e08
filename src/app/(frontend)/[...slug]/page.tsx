import { notFound } from 'next/navigation'

import { PreviewBanner } from '@/components/PreviewBanner'
import { RichTextBody } from '@/components/RichTextBody'
import { getPageBySlug } from '@/content/pages'
import { pagePath } from '@/lib/paths'

type Props = { params: Promise<{ slug: string[] }> }

/** Free pages: /ueber-uns, /impressum, /datenschutz, /kontakt … */
export default async function FreePage({ params }: Props) {
  const slug = (await params).slug.join('/')
  const { page, preview } = await getPageBySlug(slug)
  if (!page) notFound()
  return (
    <>
      {preview && <PreviewBanner path={pagePath(slug)} />}
      <article className="container article">
        <h1>{page.title}</h1>
        <RichTextBody data={page.body} />
      </article>
    </>
  )
}
