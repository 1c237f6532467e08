/** Builds Lexical rich-text values for demo content. */
type Node = Record<string, unknown>

const text = (value: string): Node => ({ type: 'text', text: value, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })

const block = (type: string, children: Node[], extra: Node = {}): Node => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

/** A link to `url` (a site path or an address) with the given words. */
export const link = (value: string, url: string): Node =>
  block('link', [text(value)], { version: 3, fields: { linkType: 'custom', url, newTab: false } })

/** A paragraph of plain text, or of text and links. */
export const paragraph = (...content: (string | Node)[]) =>
  block('paragraph', content.map((part) => (typeof part === 'string' ? text(part) : part)), { textFormat: 0, textStyle: '' })
export const heading = (value: string, tag: 'h2' | 'h3' = 'h2') => block('heading', [text(value)], { tag })
export const quote = (value: string) => block('quote', [text(value)])

export function richText(...children: Node[]) {
  return { root: block('root', children) } as unknown as { root: { type: string; children: { type: unknown; version: number }[]; direction: null; format: ''; indent: number; version: number } }
}
