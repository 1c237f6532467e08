/**
 * The PostgreSQL channel on which every app instance hears that public content
 * changed. Shared by the hooks that announce a change (src/cache/invalidation.ts)
 * and the front server that drops its cached pages (src/server/).
 */
export const PUBLIC_CONTENT_CHANNEL = 'evi_public_content'

/** What a notification says: which document changed (for the log; any change drops every cached page). */
export type PublicContentChange = { source: string; id?: number | string; reason: string }
