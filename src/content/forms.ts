/** Forms editors built, as public pages read them: fields, labels and confirmation, never the mail settings. */
import type { TypedLocale } from 'payload'
import { cache } from 'react'

import { findPublicForm } from '@/forms/formSubmission'
import { dependencyTags, recordDependency } from '@/cache/dependencies'
import type { Form } from '@/payload-types'

import { payloadClient } from './payload'

export { CONTACT_FORM_SLUG } from '@/lib/paths'

export const getFormBySlug = cache(async (slug: string, locale?: TypedLocale): Promise<Form | null> => {
  const form = await findPublicForm(await payloadClient(), slug, locale)
  recordDependency(form ? dependencyTags.form(form.id) : dependencyTags.formsAll)
  return form
})
