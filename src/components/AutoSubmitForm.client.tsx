'use client'

import type { ComponentProps } from 'react'

/**
 * A GET form that submits itself when a select changes, so filters apply at
 * once, and leaves empty fields out of the address (short URLs to share);
 * without script the submit button sends the plain form.
 */
export function AutoSubmitForm(props: ComponentProps<'form'> & { action: string }) {
  return (
    <form
      {...props}
      onChange={(event) => {
        if (event.target instanceof HTMLSelectElement) event.currentTarget.requestSubmit()
      }}
      onSubmit={(event) => {
        event.preventDefault()
        const params = new URLSearchParams()
        for (const [name, value] of new FormData(event.currentTarget)) if (typeof value === 'string' && value.trim()) params.append(name, value.trim())
        const query = params.toString()
        window.location.assign(query ? `${props.action}?${query}` : props.action)
      }}
    />
  )
}
