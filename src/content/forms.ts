/** Forms editors built, as public pages read them: fields, labels and confirmation, never the mail settings. */
import type { TypedLocale } from 'payload'
import { cache } from 'react'

import { findPublicForm } from '@/forms/formSubmission'
import type { Form } from '@/payload-types'

import { payloadClient } from './payload'

export { CONTACT_FORM_SLUG } from '@/lib/paths'

export const getFormBySlug = cache(async (slug: string, locale?: TypedLocale): Promise<Form | null> => findPublicForm(await payloadClient(), slug, locale))
