/** The hidden field a person never fills in; bots do. Shared by every public form. */
export const HONEYPOT_FIELD = 'homepage'

/** A filled-in honeypot: the sender is answered like a success and nothing is stored. */
export const filledByBot = (form: FormData): boolean => String(form.get(HONEYPOT_FIELD) ?? '') !== ''
