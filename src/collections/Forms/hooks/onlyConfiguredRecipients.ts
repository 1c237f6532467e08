import type { BeforeEmail } from '@payloadcms/plugin-form-builder/types'

import { parseAddressList } from '@/lib/emailList'
import { isEmail } from '@/lib/validation'

/**
 * The last word on who a form's mail goes to, whatever the plugin made of
 * placeholders: the recipients are read again from the stored form and must be
 * fixed addresses (validated on save too); the sender is the site's own address.
 * Only Reply-To may come from the submission (a staff reply then reaches the
 * sender), and only as one valid address. Mails without a valid recipient are
 * dropped and logged.
 */
export const onlyConfiguredRecipients: BeforeEmail = async (emails, { data, req }) => {
  const formId = typeof data?.form === 'object' ? data.form?.id : data?.form
  const form = await req.payload.findByID({ collection: 'forms', id: formId, depth: 0, overrideAccess: true, req })
  return emails.flatMap((email, index) => {
    const configured = form.emails?.[index]
    const to = parseAddressList(configured?.emailTo)
    const cc = parseAddressList(configured?.cc)
    const bcc = parseAddressList(configured?.bcc)
    if ('error' in to || 'error' in cc || 'error' in bcc || to.addresses.length === 0) {
      req.payload.logger.error({ form: formId, index }, 'A form mail has no valid fixed recipient; it was not sent')
      return []
    }
    const replyTo = email.replyTo?.trim()
    return [
      {
        ...email,
        to: to.addresses.join(', '),
        cc: cc.addresses.join(', ') || undefined,
        bcc: bcc.addresses.join(', ') || undefined,
        // The site's own sender (the mail adapter's default); a form cannot send as someone else.
        from: undefined,
        replyTo: replyTo && isEmail(replyTo) ? replyTo : undefined,
      } as unknown as (typeof emails)[number],
    ]
  })
}
