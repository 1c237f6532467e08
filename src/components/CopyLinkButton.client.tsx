'use client'

import { useState } from 'react'

/** Copies the article's address; says so for screen readers too. Without script it shows the address to copy. */
export function CopyLinkButton({ url }: { url: string }) {
  const [copied, setCopied] = useState(false)
  return (
    <>
      <button
        type="button"
        className="share__copy"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(url)
            setCopied(true)
          } catch {
            window.prompt('Link kopieren:', url)
          }
        }}
      >
        Link kopieren
      </button>
      <span role="status" className="share__status">
        {copied ? 'Link kopiert' : ''}
      </span>
    </>
  )
}
