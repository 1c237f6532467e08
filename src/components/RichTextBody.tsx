import { RichText } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** The body of an article or page. */
export function RichTextBody({ data }: { data: unknown }) {
  if (!data) return null
  return <RichText className="prose" data={data as SerializedEditorState} />
}
