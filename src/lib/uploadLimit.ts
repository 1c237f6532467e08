/** The largest upload accepted (media: photos and PDFs). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024
export const UPLOAD_TOO_LARGE_MESSAGE =
  'Die Datei ist größer als 20 MB. Bitte verkleinern Sie sie und laden Sie sie erneut hoch.'
