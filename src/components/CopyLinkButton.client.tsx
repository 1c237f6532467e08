'use client'

import { useState } from 'react'

type Props = { url: string; label: string; copied: string }

/** Copies the article's address; says so for screen readers too. Without script it shows the address to copy. */
export function CopyLinkButton({ url, label, copied: copiedText }: Props) {
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
            window.prompt(label, url)
          }
        }}
      >
        {label}
      </button>
      <span role="status" className="share__status">
        {copied ? copiedText : ''}
      </span>
    </>
  )
}
