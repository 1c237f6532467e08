import { HIGHLIGHT_END, HIGHLIGHT_START } from '@/search/query'

/** A search snippet with its matches in <mark>; the text is never treated as HTML. */
export function Highlighted({ text }: { text: string }) {
  const parts = text.split(new RegExp(`(${HIGHLIGHT_START}[^${HIGHLIGHT_END}]*${HIGHLIGHT_END})`))
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith(HIGHLIGHT_START) ? <mark key={i}>{part.slice(1, -1)}</mark> : part,
      )}
    </>
  )
}
