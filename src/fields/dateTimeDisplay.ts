/** How the admin shows and picks a date with time: German style, 24 hours ("25.11.2026 20:02"). */
export const dateTimeDisplay = { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm', timeFormat: 'HH:mm' } as const

/** The "Veröffentlichung planen" dialog's list of times: 24 hours, every five minutes (its date input: src/admin/germanDatePickerLoader.cjs). */
export const schedulePublishDisplay = { timeFormat: 'HH:mm', timeIntervals: 5 }
