import { render } from '@react-email/components'
import type { ReactElement } from 'react'

/** Headings keep their case in the text part (html-to-text shouts them in capitals by default, hard to read in German). */
const headingsAsWritten = ['h1', 'h2', 'h3'].map((selector) => ({ selector, options: { uppercase: false } }))

/** A mail's two parts from one template: table-safe HTML for mail clients and the plain text for everyone else. */
export async function renderEmail(template: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([
    render(template),
    render(template, { plainText: true, htmlToTextOptions: { selectors: headingsAsWritten } }),
  ])
  return { html, text }
}
