/** The words of a rich-text value (Lexical's JSON), without formatting: what a reader reads. */
export function richTextPlainText(value: unknown): string {
  const words: string[] = []
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const { text, children, root } = node as { text?: unknown; children?: unknown; root?: unknown }
    if (typeof text === 'string') words.push(text)
    if (root) visit(root)
    if (Array.isArray(children)) {
      for (const child of children) visit(child)
      // Blocks end a line: "Absatz eins" + "Absatz zwei" must not read as one word.
      words.push('\n')
    }
  }
  visit(value)
  return words.join('').replace(/\s+/g, ' ').trim()
}

/** Whether a rich-text value holds any visible text: an editor's empty paragraph does not count. */
export const richTextHasText = (value: unknown): boolean => richTextPlainText(value) !== ''
