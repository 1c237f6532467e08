/** One news article of the old TYPO3 site, as read from its RSS feed or a saved article page. */
export type OldArticle = {
  /** Where it was read from (file name, or the feed's item number), for the report. */
  origin: string
  /** TYPO3's news uid ("1843"), from the address or the guid. */
  oldId: string | null
  /** The slug of the old address ("kufen-besucht-sitzung-der-ki-leitungen"). */
  oldSlug: string | null
  /** The old addresses (paths) that must lead to the new article. */
  oldPaths: string[]
  title: string
  /** ISO date, or null when none could be read. */
  date: string | null
  teaser: string | null
  /** Category names as the old site showed them ("Essen", "Politik"); "Alle" is left out. */
  categories: string[]
  /** The body as HTML (without the image and the „Quelle:“ line). */
  bodyHtml: string
  image: { src: string; caption: string | null; credit: string | null } | null
  source: { label: string; url: string | null } | null
}

export type ImportProblem = { article: string; message: string }
