import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** Ends the draft preview and returns to the public version of the page. */
export async function GET(request: Request) {
  const path = new URL(request.url).searchParams.get('path') ?? '/'
  ;(await draftMode()).disable()
  redirect(path.startsWith('/') && !path.startsWith('//') ? path : '/')
}
