/** Public paths of documents, shared by previews, links and (later) sitemaps. */
export const articlePath = (slug: string) => `/aktuelles/nachrichten/${slug}`
export const pagePath = (slug: string) => `/${slug}`

/** The draft-preview entry point: it checks the login, switches draft mode on and redirects. */
export const previewUrl = (path: string) => `/preview?path=${encodeURIComponent(path)}`
