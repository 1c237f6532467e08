/**
 * Fixed recipient lists as staff type them in the admin ("a@verein.de, b@verein.de"
 * or "Büro <buero@verein.de>"). Placeholders such as {{email}} are refused:
 * a form must never mail an address taken from what someone submitted.
 */
import { isEmail } from './validation'

export const MAX_RECIPIENTS = 5

export type AddressList = { addresses: string[] } | { error: string }

export function parseAddressList(value: string | null | undefined): AddressList {
  const text = (value ?? '').trim()
  if (!text) return { addresses: [] }
  if (/\{\{|\}\}/.test(text)) return { error: 'Platzhalter wie {{email}} sind hier nicht erlaubt: Formulare senden nur an feste Adressen der Geschäftsstelle.' }
  const addresses: string[] = []
  for (const part of text.split(/[,;]/).map((p) => p.trim()).filter(Boolean)) {
    const address = (/<([^<>]+)>$/.exec(part)?.[1] ?? part).trim().toLowerCase()
    if (!isEmail(address)) return { error: `„${part}“ ist keine gültige E-Mail-Adresse.` }
    addresses.push(address)
  }
  if (addresses.length > MAX_RECIPIENTS) return { error: `Bitte höchstens ${MAX_RECIPIENTS} Adressen.` }
  return { addresses: [...new Set(addresses)] }
}

/** For a field's `validate`: true, or the German reason. */
export const validateAddressList = (value: string | null | undefined): true | string => {
  const result = parseAddressList(value)
  return 'error' in result ? result.error : true
}
