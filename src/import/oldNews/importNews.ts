/**
 * Imports the old site's news (`npm run import:news -- <feed.xml | folder>`):
 * each article with its title, date, categories, teaser, body (HTML turned
 * into the editor's rich text by Payload's converter), photo with caption and
 * „©“ credit, and „Quelle:“ line; each keeps its old addresses as redirects.
 * Runs again without duplicating anything: an article is known by its old id.
 * What could not be taken over is listed in the report.
 */
import fs from 'node:fs'
import path from 'node:path'

import { convertHTMLToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload, RichTextField } from 'payload'

import { articlePath } from '@/lib/paths'
import { SLUG_PATTERN, slugify } from '@/lib/slugify'

import { HtmlDocument, parseHtml } from './dom'
import { readFeed } from './readFeed'
import { readPage } from './readPage'
import type { ImportProblem, OldArticle } from './types'

export type ImportReport = {
  created: { title: string; path: string }[]
  unchanged: { title: string; path: string }[]
  redirects: number
  problems: ImportProblem[]
}

/** Elements the editor has no place for: dropped from the body and reported. */
const UNSUPPORTED: Record<string, string> = {
  table: 'Tabelle',
  iframe: 'eingebetteter Inhalt (iframe)',
  video: 'Video',
  audio: 'Audio',
  object: 'eingebettetes Objekt',
  embed: 'eingebettetes Objekt',
  form: 'Formular',
  script: 'Skript',
  img: 'Bild im Text',
}

/** The archive form of an old article's address (the other form, with the uid, comes from the article's own link). */
export const oldArchivePath = (oldSlug: string) => `/servicecenter/archiv/nachrichten/${oldSlug}`
/** Any slug with the right uid leads to the article: links in old mails are often cut off. */
export const oldIdPattern = (oldId: string) => `/start/verbund-news/article/*/${oldId}.html`

/** The articles of a feed file, or of every saved page (and feed) in a folder. */
export function readSource(source: string): { articles: OldArticle[]; baseDir: string } {
  const stat = fs.statSync(source)
  if (stat.isFile()) return { articles: readFeed(fs.readFileSync(source, 'utf8')), baseDir: path.dirname(source) }
  const articles: OldArticle[] = []
  for (const name of fs.readdirSync(source).sort()) {
    const file = path.join(source, name)
    if (/\.html?$/i.test(name)) articles.push(readPage(fs.readFileSync(file, 'utf8'), name))
    else if (/\.(xml|rss)$/i.test(name)) articles.push(...readFeed(fs.readFileSync(file, 'utf8')).map((a) => ({ ...a, origin: `${name}, ${a.origin}` })))
  }
  return { articles, baseDir: source }
}

/** The photo as a local file: the export keeps the old site's paths (fileadmin/…) beside the feed or pages. Nothing is downloaded. */
function localImage(src: string, baseDir: string): string | null {
  let pathname = src
  try {
    pathname = decodeURIComponent(new URL(src, 'https://alte-website.invalid').pathname)
  } catch {
    // not an address: a plain relative path
  }
  for (const candidate of [path.resolve(baseDir, src), path.join(baseDir, pathname)]) {
    if (candidate.startsWith(path.resolve(baseDir)) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate
  }
  return null
}

const MIME: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp' }

/** Removes what the editor cannot hold, reporting it; returns the cleaned HTML. */
function cleanBody(html: string, report: (message: string) => void): string {
  const doc = parseHtml(`<body>${html}</body>`)
  for (const [selector, what] of Object.entries(UNSUPPORTED)) {
    const found = Array.from(doc.querySelectorAll(selector))
    if (found.length) report(`${found.length} × ${what} nicht übernommen`)
    for (const element of found) element.remove()
  }
  return doc.body.innerHTML
}

export async function importOldNews(payload: Payload, articles: OldArticle[], { baseDir }: { baseDir: string }): Promise<ImportReport> {
  const report: ImportReport = { created: [], unchanged: [], redirects: 0, problems: [] }
  const bodyField = payload.collections.articles.config.flattenedFields.find((field) => field.name === 'body') as RichTextField
  const editorConfig = editorConfigFactory.fromField({ field: bodyField })
  const categoryIds = await categoriesByName(payload)

  for (const article of articles) {
    const name = article.title || article.origin
    const problem = (message: string) => report.problems.push({ article: name, message })
    if (!article.title) {
      problem('ohne Titel: nicht importiert')
      continue
    }
    const legacyId = article.oldId ?? `slug:${article.oldSlug ?? slugify(article.title)}`
    const existing = (await payload.find({ collection: 'articles', where: { legacyId: { equals: legacyId } }, limit: 1, depth: 0, draft: true, overrideAccess: true })).docs[0]
    let slug: string
    if (existing) {
      slug = existing.slug
      report.unchanged.push({ title: article.title, path: articlePath(slug) })
    } else {
      slug = await freeSlug(payload, article)
      if (!article.date) problem('ohne Datum: als heute veröffentlicht')
      const body = convertBody(cleanBody(article.bodyHtml, problem), editorConfig, problem)
      const heroImage = article.image ? await importImage(payload, article, baseDir, problem) : null
      await payload.create({
        collection: 'articles',
        draft: false,
        overrideAccess: true,
        data: {
          title: article.title,
          slug,
          legacyId,
          teaser: article.teaser?.slice(0, 400) ?? null,
          body,
          heroImage,
          source: article.source ? { label: article.source.label, url: article.source.url } : undefined,
          categories: await Promise.all(article.categories.map((category) => categoryId(payload, categoryIds, category))),
          publishedAt: article.date ?? new Date().toISOString(),
          _status: 'published',
        } as never,
      })
      report.created.push({ title: article.title, path: articlePath(slug) })
    }
    report.redirects += await keepOldAddresses(payload, article, articlePath(slug), problem)
  }
  return report
}

/** The old slug when it is a valid one and free, else one from the title (with a number when taken). */
async function freeSlug(payload: Payload, article: OldArticle): Promise<string> {
  const wanted = article.oldSlug && SLUG_PATTERN.test(article.oldSlug) ? article.oldSlug : slugify(article.title) || `beitrag-${article.oldId ?? Date.now()}`
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? wanted : `${wanted}-${n}`
    const { totalDocs } = await payload.count({ collection: 'articles', where: { slug: { equals: slug } }, overrideAccess: true })
    if (totalDocs === 0) return slug
  }
}

function convertBody(html: string, editorConfig: ReturnType<typeof editorConfigFactory.fromField>, problem: (message: string) => void) {
  try {
    return convertHTMLToLexical({ editorConfig, html, JSDOM: HtmlDocument })
  } catch (error) {
    problem(`Text nicht umwandelbar (${error instanceof Error ? error.message : String(error)}): als einfacher Text übernommen`)
    const text = parseHtml(`<body>${html}</body>`).body.textContent ?? ''
    return convertHTMLToLexical({ editorConfig, html: `<p>${text.replace(/[<>&]/g, ' ')}</p>`, JSDOM: HtmlDocument })
  }
}

async function importImage(payload: Payload, article: OldArticle, baseDir: string, problem: (message: string) => void): Promise<number | null> {
  const image = article.image!
  const file = localImage(image.src, baseDir)
  const mimetype = file ? MIME[path.extname(file).toLowerCase()] : undefined
  if (!file || !mimetype) {
    problem(`Bild „${image.src}“ nicht ${file ? 'lesbar (Dateityp)' : 'gefunden'}: ohne Bild importiert`)
    return null
  }
  const name = `alt-${article.oldId ?? slugify(article.title)}-${path.basename(file)}`
  const known = (await payload.find({ collection: 'media', where: { filename: { equals: name } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  if (known) return known.id
  const data = fs.readFileSync(file)
  const media = await payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { alt: image.caption || article.title, caption: image.caption, credit: image.credit },
    file: { data, mimetype, name, size: data.length },
  })
  if (!image.credit) problem('Bild ohne Urheberangabe (©): bitte ergänzen')
  return media.id
}

async function categoriesByName(payload: Payload): Promise<Map<string, number>> {
  const { docs } = await payload.find({ collection: 'categories', pagination: false, depth: 0, locale: 'de', overrideAccess: true })
  return new Map(docs.map((doc) => [doc.title.toLowerCase(), doc.id]))
}

/** A category of the old site by its name; created when the new site has none of that name. */
async function categoryId(payload: Payload, known: Map<string, number>, name: string): Promise<number> {
  const id = known.get(name.toLowerCase())
  if (id) return id
  const created = await payload.create({ collection: 'categories', data: { title: name, slug: slugify(name) }, locale: 'de', overrideAccess: true })
  known.set(name.toLowerCase(), created.id)
  return created.id
}

/** Redirects from every old address of the article (its link, the archive form, any slug with its uid); returns how many are new. */
async function keepOldAddresses(payload: Payload, article: OldArticle, to: string, problem: (message: string) => void): Promise<number> {
  const froms = new Set(article.oldPaths)
  if (article.oldSlug) froms.add(oldArchivePath(article.oldSlug))
  if (article.oldId) froms.add(oldIdPattern(article.oldId))
  let created = 0
  for (const from of froms) {
    if (from === to) continue
    const existing = (await payload.find({ collection: 'redirects', where: { from: { equals: from } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
    if (existing) {
      if (existing.to !== to) problem(`Alte Adresse ${from} leitet schon nach ${existing.to} weiter: nicht geändert`)
      continue
    }
    try {
      await payload.create({ collection: 'redirects', data: { from, to }, overrideAccess: true })
      created += 1
    } catch (error) {
      problem(`Alte Adresse ${from} nicht übernommen: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return created
}

/** The report as the script prints it (German). */
export function formatReport(report: ImportReport): string {
  const lines = [
    `Neu importiert: ${report.created.length} Beiträge; schon vorhanden: ${report.unchanged.length}; neue Weiterleitungen: ${report.redirects}.`,
  ]
  if (report.problems.length) {
    lines.push('', `Nicht (vollständig) übernommen – ${report.problems.length} Hinweise:`)
    for (const p of report.problems) lines.push(`- ${p.article}: ${p.message}`)
  } else lines.push('Alles wurde übernommen.')
  return lines.join('\n')
}
