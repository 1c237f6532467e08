/**
 * A cell a spreadsheet shows as text: a value starting with =, +, -, @, a tab
 * or a carriage return would be run as a formula by Excel or LibreOffice
 * (CSV injection, e.g. a registrant named "=HYPERLINK(…)"), so it gets a
 * leading apostrophe, which spreadsheets hide.
 */
export const spreadsheetSafe = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)
