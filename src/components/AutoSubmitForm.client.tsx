'use client'

import type { ComponentProps } from 'react'

/**
 * A GET form that submits itself when a select changes, so filters apply at
 * once; without script the submit button does the same.
 */
export function AutoSubmitForm(props: ComponentProps<'form'>) {
  return (
    <form
      {...props}
      onChange={(event) => {
        if (event.target instanceof HTMLSelectElement) event.currentTarget.requestSubmit()
      }}
    />
  )
}
