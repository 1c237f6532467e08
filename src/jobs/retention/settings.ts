/**
 * How long personal data from the public forms is kept: set by admins in the
 * site settings („Löschfristen“); when a field is empty, the environment
 * (EVENT_REGISTRATION_RETENTION_DAYS, FORM_SUBMISSION_RETENTION_DAYS), else the default.
 */
import type { Payload } from 'payload'

export const RETENTION = {
  /** Days after an event is over until its registrations are deleted. */
  registrations: { setting: 'registrationDays', env: 'EVENT_REGISTRATION_RETENTION_DAYS', fallback: 30 },
  /** Days after a form was sent until the submission is deleted. */
  formSubmissions: { setting: 'formSubmissionDays', env: 'FORM_SUBMISSION_RETENTION_DAYS', fallback: 90 },
} as const

export type RetentionKind = keyof typeof RETENTION

const wholeDays = (value: unknown): number | null => {
  const days = Number(value)
  return value !== null && value !== undefined && value !== '' && Number.isInteger(days) && days >= 1 ? days : null
}

export function defaultRetentionDays(kind: RetentionKind): number {
  const { env, fallback } = RETENTION[kind]
  const raw = process.env[env]
  if (raw === undefined || raw === '') return fallback
  const days = wholeDays(raw)
  if (days === null) throw new Error(`${env} must be a whole number of days >= 1, got "${raw}"`)
  return days
}

export async function retentionDays(payload: Payload, kind: RetentionKind): Promise<number> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  const configured = (settings.retention as Record<string, unknown> | undefined)?.[RETENTION[kind].setting]
  return wholeDays(configured) ?? defaultRetentionDays(kind)
}

export const DAY_MS = 24 * 60 * 60 * 1000
