/** Kinds of events, for the filter on /termine (`?kategorie=<value>`); labels are German, the public pages translate them. */
export const EVENT_CATEGORIES = [
  { value: 'veranstaltung', label: 'Veranstaltung' },
  { value: 'workshop', label: 'Workshop und Seminar' },
  { value: 'beratung', label: 'Beratung und Sprechstunde' },
  { value: 'kultur', label: 'Kultur und Fest' },
  { value: 'sport', label: 'Sport' },
  { value: 'sitzung', label: 'Sitzung und Versammlung' },
] as const

export type EventCategory = (typeof EVENT_CATEGORIES)[number]['value']

export const isEventCategory = (value: string): value is EventCategory => EVENT_CATEGORIES.some((c) => c.value === value)
