import { LivePreviewRefresh } from './LivePreviewRefresh.client'

/** Shown only in draft preview: says so, offers the way out, and follows the editor's saves live. */
export function PreviewBanner({ path }: { path: string }) {
  return (
    <div className="preview-banner" role="status" lang="de" dir="ltr">
      <div className="container">
        Vorschau: Sie sehen den aktuellen Entwurf.{' '}
        <a href={`/preview/exit?path=${encodeURIComponent(path)}`}>Vorschau beenden</a>
      </div>
      <LivePreviewRefresh />
    </div>
  )
}
