import type { TextField } from 'payload'

import { checkHttpUrl } from '@/lib/validation'

/** An http(s) address, checked so that public links never point to "javascript:" or typos. */
export function urlField(name: string, label: string, extra: Partial<TextField> = {}): TextField {
  return {
    name,
    label,
    type: 'text',
    ...extra,
    validate: (value: string | null | undefined, { required }: { required?: boolean }) => {
      if (!value) return required ? 'Bitte eine Adresse angeben.' : true
      return checkHttpUrl(value)
    },
  } as TextField
}
