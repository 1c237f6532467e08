import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { safeLocalPath } from '@/lib/safeRedirect'

/** Ends the draft preview and returns to the public version of the page (or home, for any other address). */
export async function GET(request: Request) {
  const path = safeLocalPath(new URL(request.url).searchParams.get('path'), '/')
  ;(await draftMode()).disable()
  redirect(path)
}
