/**
 * CSV injection (OWASP): a spreadsheet runs a cell that begins with `=`, `+`,
 * `-`, `@`, a tab or a carriage return as a formula, and the directory holds
 * text anyone can send through the public application form. Such a cell is
 * written with an apostrophe in front, which makes it plain text; everything
 * after it stays as it was, so a phone number like „+49 201 …“ keeps its plus
 * sign and digits. A value that itself begins with an apostrophe gets one
 * more, so the import can take exactly one away and every value comes back
 * unchanged.
 */
const NEEDS_ESCAPE = /^[=+\-@\t\r']/

/** The cell as written to the file. */
export const escapeFormula = (value: string): string => (NEEDS_ESCAPE.test(value) ? `'${value}` : value)

/** The value of a cell read from a file: the escaping apostrophe removed. */
export const unescapeFormula = (cell: string): string => (cell.startsWith("'") && NEEDS_ESCAPE.test(cell.slice(1)) ? cell.slice(1) : cell)
