import { Fragment, type ReactNode } from 'react'

/**
 * A text with `{name}` places filled by elements (links, <bdi> around names)
 * and `**bold**` parts, as React nodes: word order stays the translation's.
 */
export function rich(template: string, values: Record<string, ReactNode> = {}): ReactNode[] {
  return template.split(/(\{\w+\}|\*\*[^*]+\*\*)/).map((part, i) => {
    const place = /^\{(\w+)\}$/.exec(part)
    if (place && place[1] in values) return <Fragment key={i}>{values[place[1]]}</Fragment>
    if (/^\*\*[^*]+\*\*$/.test(part)) return <strong key={i}>{part.slice(2, -2)}</strong>
    return part
  })
}
