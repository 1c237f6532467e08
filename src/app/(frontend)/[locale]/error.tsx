'use client'

import Link from 'next/link'

/** Shown when a page fails on the server (status 500); the details stay in the server log. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="container narrow">
      <h1>Es ist ein Fehler aufgetreten</h1>
      <p>Die Seite konnte gerade nicht geladen werden. Bitte versuchen Sie es in einem Moment noch einmal.</p>
      <p>
        <button type="button" onClick={reset}>
          Erneut versuchen
        </button>{' '}
        <Link href="/">Zur Startseite</Link>
      </p>
    </div>
  )
}
