import type { FieldAccess } from 'payload'

import { hasRole, ownOrganisationId } from './roles'

/**
 * Marks a Local API read by the site's own pages (src/content). Only code can
 * set a request's context; no REST caller can.
 */
export const SITE_PAGE_CONTEXT = { sitePage: true } as const

/**
 * A member organisation's contact person, e-mail address and phone: staff,
 * the organisation's own representative, and the site's own pages (the
 * profile shows them, the e-mail address encoded against harvesting). Not the
 * API: it would hand out every organisation's contact details in one JSON
 * list, and filtering on them would answer guesses.
 */
export const readContactDetails: FieldAccess = ({ req, doc }) =>
  hasRole(req.user, 'admin', 'editor') ||
  req.context?.sitePage === true ||
  (ownOrganisationId(req.user) !== null && ownOrganisationId(req.user) === (doc as { id?: number } | undefined)?.id)
