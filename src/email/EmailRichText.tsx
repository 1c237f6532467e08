import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import { Img } from '@react-email/components'
import { createElement } from 'react'

import { absoluteUrl, articlePath } from '@/lib/paths'
import type { Media } from '@/payload-types'

import { styles } from './styles'

type LinkFields = { url?: string; linkType?: string; doc?: { relationTo?: string; value?: unknown } }

/** Mail clients open links from anywhere: every href is absolute, internal links point at the page's URL. */
function hrefOf(fields: LinkFields): string {
  if (fields.linkType === 'internal') {
    const value = fields.doc?.value as { slug?: string } | undefined
    if (!value?.slug) return absoluteUrl('/')
    return absoluteUrl(fields.doc?.relationTo === 'articles' ? articlePath(value.slug) : `/${value.slug}`)
  }
  return /^(https?:|mailto:)/.test(fields.url ?? '') ? fields.url! : absoluteUrl(fields.url || '/')
}

/** The site's rich text as mail markup: inline styles, absolute links and images no wider than the mail. */
const emailConverters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  paragraph: ({ node, nodesToJSX }) => <p style={styles.text}>{nodesToJSX({ nodes: node.children })}</p>,
  heading: ({ node, nodesToJSX }) =>
    createElement(node.tag === 'h2' ? 'h2' : 'h3', { style: styles.subheading }, nodesToJSX({ nodes: node.children })),
  link: ({ node, nodesToJSX }) => (
    <a href={hrefOf(node.fields as LinkFields)} style={styles.link}>
      {nodesToJSX({ nodes: node.children })}
    </a>
  ),
  autolink: ({ node, nodesToJSX }) => (
    <a href={hrefOf(node.fields as LinkFields)} style={styles.link}>
      {nodesToJSX({ nodes: node.children })}
    </a>
  ),
  upload: ({ node }) => {
    const media = node.value as Media | number
    if (typeof media !== 'object' || !media?.url) return null
    const src = media.sizes?.card?.url || media.url
    return <Img src={absoluteUrl(src)} alt={media.alt} width={552} style={styles.image} />
  },
})

export function EmailRichText({ data }: { data: unknown }) {
  if (!data) return null
  return <RichText data={data as SerializedEditorState} converters={emailConverters} disableContainer />
}
