/** Dates as German readers expect them, always in Essen's time zone. */
const dateFormat = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' })

export const formatDate = (iso: string): string => dateFormat.format(new Date(iso))
