import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PreviewBanner } from '@/components/PreviewBanner'
import { RichTextBody } from '@/components/RichTextBody'
import { getPageBySlug } from '@/content/pages'
import { pageMetadata } from '@/lib/pageMetadata'
import { pagePath } from '@/lib/paths'
import { localeOf } from '@/i18n/params'

type Props = { params: Promise<{ locale: string; slug: string[] }> }

/** Its own title, canonical URL and social preview (from the SEO fields when filled in). */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = (await params).slug.join('/')
  const { page } = await getPageBySlug(slug, await localeOf(params))
  if (!page) return {}
  return pageMetadata({
    title: page.meta?.title || page.title,
    description: page.meta?.description,
    path: pagePath(slug),
    image: page.meta?.image,
  })
}

/** Free pages: /ueber-uns, /impressum, /datenschutz, /kontakt … */
export default async function FreePage({ params }: Props) {
  const slug = (await params).slug.join('/')
  const { page, preview } = await getPageBySlug(slug, await localeOf(params))
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
