import { addDataAndFileToRequest, type Endpoint, forgotPasswordOperation } from 'payload'

import { addressIdentity, emailIdentity, withinRateLimit } from '@/lib/rateLimit'

import { normalisedEmail, requestAddress, RESET_PER_ADDRESS, RESET_PER_EMAIL, TOO_MANY_RESETS } from './loginLimits'

const problem = (message: string, status: number) => Response.json({ errors: [{ message }] }, { status })

/**
 * POST /api/users/forgot-password, in place of Payload's own (the admin's
 * "Passwort vergessen?" form posts here). Limited per address and per e-mail
 * address; then it answers at once, the same for every address, and the
 * reset mail (to a known address only) is prepared and sent afterwards: an
 * answer that waited for the mail would tell, by its timing, whose address
 * has an account.
 */
const forgotPassword: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const email = normalisedEmail(req.data?.email)
    if (!email) return problem('Bitte geben Sie Ihre E-Mail-Adresse an.', 400)
    const address = requestAddress(req)
    const allowed = await Promise.all([
      withinRateLimit(req.payload, RESET_PER_EMAIL, [emailIdentity(email)]),
      address ? withinRateLimit(req.payload, RESET_PER_ADDRESS, [addressIdentity(address)]) : true,
    ])
    if (allowed.includes(false)) return problem(TOO_MANY_RESETS, 429)

    const collection = req.payload.collections.users
    void forgotPasswordOperation({ collection, data: { email } as { email: string; password: string }, req }).catch((error: unknown) =>
      req.payload.logger.error({ err: error }, 'Could not prepare or send a password-reset mail'),
    )
    return Response.json({ message: req.t('general:success') })
  },
}

export const userEndpoints: Endpoint[] = [forgotPassword]
