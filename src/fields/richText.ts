import {
  BlockquoteFeature,
  BoldFeature,
  HeadingFeature,
  ItalicFeature,
  lexicalEditor,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
  UploadFeature,
} from '@payloadcms/richtext-lexical'

/**
 * The editor for article and page bodies: headings, lists, links (also to
 * internal pages and articles), quotes and inline images with a caption.
 */
export const bodyEditor = lexicalEditor({
  features: () => [
    ParagraphFeature(),
    BoldFeature(),
    ItalicFeature(),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    UnorderedListFeature(),
    OrderedListFeature(),
    BlockquoteFeature(),
    LinkFeature({ enabledCollections: ['articles', 'pages'] }),
    UploadFeature({
      collections: {
        media: { fields: [{ name: 'caption', label: 'Bildunterschrift', type: 'text' }] },
      },
    }),
  ],
})
