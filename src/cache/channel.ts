import type { ChangeReach } from './dependencies'

/**
 * The PostgreSQL channel on which every app instance hears that public content
 * changed. Shared by the hooks that announce a change (src/cache/invalidation.ts)
 * and the front server that drops the cached pages it touches (src/server/).
 */
export const PUBLIC_CONTENT_CHANNEL = 'evi_public_content'

/** What a notification says: which document changed (for the log), and what it touches (dependencies.ts). */
export type PublicContentChange = { source: string; id?: number | string; reason: string } & ChangeReach
