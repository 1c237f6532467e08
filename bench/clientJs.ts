/**
 * Client JavaScript a page makes the browser download: every script file it
 * references (`<script src>` and script preloads), each counted once, gzip
 * level 9, summed. `nomodule` scripts (Next's legacy polyfills) are left out:
 * browsers that run ES modules never download them. Inline scripts are
 * counted apart: in a Next.js page they are React's serialized server output
 * (`self.__next_f.push(…)`), the page's content in another form rather than
 * application code, and they grow with the text.
 */
import { gzipSync } from 'node:zlib'

export type ClientJs = { files: number; rawBytes: number; gzipBytes: number; inlineGzipBytes: number }

const TAG = /<(script|link)\b([^>]*)>/gi
const ATTRIBUTE = /([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi

const gzipSize = (data: Buffer | string) => gzipSync(data, { level: 9 }).length

function attributes(source: string): Map<string, string> {
  const map = new Map<string, string>()
  for (const [, name, ...values] of source.matchAll(ATTRIBUTE)) {
    map.set(name.toLowerCase(), (values.find((value) => value !== undefined) ?? '').replace(/&amp;/g, '&'))
  }
  return map
}

/** URLs of the script files an HTML page loads or preloads. */
export function scriptUrls(html: string, pageUrl: string): string[] {
  const urls = new Set<string>()
  for (const [, tag, source] of html.matchAll(TAG)) {
    const attrs = attributes(source)
    if (attrs.has('nomodule')) continue
    const isScriptLink = tag.toLowerCase() === 'link' && /\b(modulepreload|preload)\b/.test(attrs.get('rel') ?? '') && (attrs.get('as') ?? 'script') === 'script'
    const src = tag.toLowerCase() === 'script' ? attrs.get('src') : isScriptLink ? attrs.get('href') : undefined
    if (src) urls.add(new URL(src, pageUrl).toString())
  }
  return [...urls]
}

/** Inline JavaScript (JSON-LD and other data blocks are not scripts the browser runs). */
function inlineScripts(html: string): string {
  let code = ''
  for (const [, source, body] of html.matchAll(INLINE_SCRIPT)) {
    const attrs = attributes(source)
    const type = attrs.get('type') ?? 'text/javascript'
    if (!attrs.has('src') && /^(text\/javascript|module|application\/javascript)$/i.test(type)) code += body
  }
  return code
}

export async function measureClientJs(pageUrl: string): Promise<ClientJs> {
  // The 404 page serves as the empty page: its status is expected, not an error.
  const html = await (await fetch(pageUrl)).text()
  const urls = scriptUrls(html, pageUrl)
  let rawBytes = 0
  let gzipBytes = 0
  for (const url of urls) {
    const response = await fetch(url)
    if (!response.ok) throw new Error(`Script ${url} answered ${response.status}`)
    const body = Buffer.from(await response.arrayBuffer())
    rawBytes += body.length
    gzipBytes += gzipSize(body)
  }
  const inline = inlineScripts(html)
  return { files: urls.length, rawBytes, gzipBytes, inlineGzipBytes: inline ? gzipSize(inline) : 0 }
}
