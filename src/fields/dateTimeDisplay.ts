/** How the admin shows and picks a date with time: German style, 24 hours ("25.11.2026 20:02"). */
export const dateTimeDisplay = { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm', timeFormat: 'HH:mm' } as const
