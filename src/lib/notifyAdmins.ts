import type { Payload } from 'payload'

/** Sends a short German message to every admin (new applications, proposed changes). Never throws: the caller's work is done. */
export async function notifyAdmins(payload: Payload, { subject, text }: { subject: string; text: string }): Promise<void> {
  try {
    const { docs } = await payload.find({
      collection: 'users',
      where: { role: { equals: 'admin' } },
      pagination: false,
      depth: 0,
      select: { email: true },
      overrideAccess: true,
    })
    const to = docs.map((user) => user.email).filter(Boolean)
    if (to.length === 0) return
    await payload.sendEmail({ to, subject, text })
  } catch (error) {
    payload.logger.error({ err: error, subject }, 'Could not notify the admins')
  }
}
