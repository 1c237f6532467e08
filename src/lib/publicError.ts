import { APIError } from 'payload'

/**
 * An error whose (German) message reaches the client as it is. The production
 * bundle minifies class names, and Payload's REST error formatter replaces
 * errors without a name and data with "An unknown error occurred.", so both
 * are set explicitly.
 */
export function publicError(message: string, status = 400): APIError {
  const error = new APIError(message, status, { message }, true)
  error.name = 'APIError'
  return error
}
