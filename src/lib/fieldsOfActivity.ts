/** Fields of activity the city of Essen uses for migrant organisations. */
export const FIELDS_OF_ACTIVITY = [
  { value: 'sport', label: 'Sport' },
  { value: 'bildung', label: 'Bildung' },
  { value: 'kultur', label: 'Kultur' },
  { value: 'gesundheit', label: 'Gesundheit' },
  { value: 'religion', label: 'Religion' },
  { value: 'jugend', label: 'Jugend' },
  { value: 'soziales', label: 'Soziales' },
]

/** The fixed topics a migo issue is grouped by. */
export const MIGO_TOPICS = [
  { value: 'wirtschaft', label: 'Wirtschaft' },
  { value: 'recht', label: 'Recht' },
  { value: 'sport', label: 'Sport' },
  { value: 'bildung', label: 'Bildung' },
  { value: 'gesundheit', label: 'Gesundheit' },
  { value: 'aus-den-vereinen', label: 'Aus den Vereinen' },
  { value: 'rat-und-politik', label: 'Rat und Politik' },
  { value: 'nachrichten', label: 'Nachrichten' },
]

/** "Sport" for the stored value "sport". */
export const fieldOfActivityLabel = (value: string): string => FIELDS_OF_ACTIVITY.find((f) => f.value === value)?.label ?? value
