import type { PayloadRequest } from 'payload'

/**
 * The CSV file of an admin import action (multipart field `datei`, and
 * `pruefen=1` to only check), or the German answer when there is none or it is
 * too large. Shared by the directory and the subscriber imports.
 */
export async function readCsvUpload(req: PayloadRequest, maxBytes: number): Promise<{ text: string; dryRun: boolean } | Response> {
  const tooLarge = () => Response.json({ message: `Die Datei ist größer als ${Math.round(maxBytes / 1024 / 1024)} MB.` }, { status: 413 })
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) return tooLarge()
  let form: FormData | undefined
  try {
    form = await req.formData?.()
  } catch {
    form = undefined
  }
  const file = form?.get('datei')
  if (!file || typeof file === 'string') return Response.json({ message: 'Bitte eine CSV-Datei auswählen.' }, { status: 400 })
  if (file.size > maxBytes) return tooLarge()
  return { text: await file.text(), dryRun: form?.get('pruefen') === '1' }
}
