import type { TextField } from 'payload'

/** An http(s) address, checked so that public links never point to "javascript:" or typos. */
export function urlField(name: string, label: string, extra: Partial<TextField> = {}): TextField {
  return {
    name,
    label,
    type: 'text',
    ...extra,
    validate: (value: string | null | undefined, { required }: { required?: boolean }) => {
      if (!value) return required ? 'Bitte eine Adresse angeben.' : true
      try {
        const url = new URL(value)
        return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'Die Adresse muss mit https:// beginnen.'
      } catch {
        return 'Bitte eine vollständige Adresse angeben, z. B. https://www.essen.de'
      }
    },
  } as TextField
}
