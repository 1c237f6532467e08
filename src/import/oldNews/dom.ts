/** HTML parsed without a browser (happy-dom): for saved pages and for Payload's HTML-to-Lexical converter. */
import { Window } from 'happy-dom'

export function parseHtml(html: string): Document {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } })
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document
}

/** The `JSDOM` shape convertHTMLToLexical expects: `new JSDOM(html).window.document`. */
export class HtmlDocument {
  readonly window: { document: Document }
  constructor(html: string) {
    this.window = { document: parseHtml(html) }
  }
}
