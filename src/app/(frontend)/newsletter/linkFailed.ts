import type { Payload } from 'payload'

import { pageAnswer } from '@/forms/answer'

/** A link from a mail could not be handled (the database is away, say): it can simply be opened again. */
export function linkFailed(error: unknown, payload: Payload): Response {
  payload.logger.error({ err: error }, 'A newsletter link could not be handled')
  return pageAnswer(
    500,
    'Das hat gerade nicht geklappt',
    '<p>Ihr Link konnte gerade nicht bearbeitet werden. Bitte öffnen Sie ihn in einem Moment noch einmal.</p><p><a href="/">Zur Startseite</a></p>',
  )
}
