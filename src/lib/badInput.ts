import type { AfterErrorHook } from 'payload'

/**
 * Bad input that reaches the database or the upload parser fails there, and
 * Payload answers such failures with a 500. They are the client's mistake: a
 * malformed id or filter value (`/api/articles/abc`, `where[status][equals]=x`,
 * a NUL byte), a multipart body that is none. This hook turns them into a 400
 * with a German message; every other error keeps its status.
 */
export const BAD_INPUT_MESSAGE = 'Die Anfrage enthält ungültige Werte.'

/**
 * PostgreSQL error classes caused by the values sent: 22 (data exception: bad
 * syntax of an integer, date or enum, a number out of range, a NUL byte), and
 * 42883/42804 (an operator or type that does not fit the column, e.g. `near` on text).
 */
const BAD_INPUT_SQLSTATE = /^(22[0-9A-Z]{3}|42883|42804)$/
const BAD_UPLOAD = /not eligible for file upload|Unexpected end of form|Malformed part header|Boundary not found|Multipart/i

/** The SQLSTATE of a database error, wherever the drivers wrapped it. */
function sqlStateOf(error: unknown): string | null {
  for (let current = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; current && depth < 5; current = current.cause as typeof current, depth += 1) {
    if (typeof current.code === 'string' && /^[0-9A-Z]{5}$/.test(current.code)) return current.code
  }
  return null
}

export const isBadInputError = (error: Error): boolean => {
  const state = sqlStateOf(error)
  return (state !== null && BAD_INPUT_SQLSTATE.test(state)) || BAD_UPLOAD.test(error.message)
}

export const badInputAs400: AfterErrorHook = ({ error }) => {
  if (!isBadInputError(error)) return
  return { status: 400, response: { errors: [{ message: BAD_INPUT_MESSAGE }] } }
}
