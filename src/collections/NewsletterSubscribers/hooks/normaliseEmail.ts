import type { FieldHook } from 'payload'

/**
 * One address, one row: " Name@Example.DE " and "name@example.de" are the same
 * reader, so the unique index sees them as one. Runs before validation, for
 * the admin and the sign-up form alike.
 */
export const normaliseEmail: FieldHook = ({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)
