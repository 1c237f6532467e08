/** Whether a rich-text value (Lexical's JSON) holds any visible text: an editor's empty paragraph does not count. */
export function richTextHasText(value: unknown): boolean {
  const visit = (node: unknown): boolean => {
    if (!node || typeof node !== 'object') return false
    const { text, children, root } = node as { text?: unknown; children?: unknown; root?: unknown }
    if (typeof text === 'string' && text.trim() !== '') return true
    if (root) return visit(root)
    return Array.isArray(children) && children.some(visit)
  }
  return visit(value)
}
