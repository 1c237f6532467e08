/**
 * Build step (a Turbopack loader, see next.config.ts) for Payload's admin
 * bundle: its date picker falls back to American formats when a picker is
 * given none — "Nov 28, 2026 8:05 AM" and a 12-hour list of times. Date
 * fields here name their German format (src/fields/dateTimeDisplay.ts), but
 * the "Veröffentlichung planen" dialog offers no setting for its input's
 * format (only for its list of times), so its date would still read the
 * American way. This admin is German: the fallbacks become German.
 *
 * Each replaced text must occur exactly once in the bundle file; after a
 * Payload update that changed it the build stops here instead of silently
 * showing American dates again (tests/e2e/admin-dates.e2e.spec.ts checks the dialog).
 */
const GERMAN_FALLBACKS = [
  // date and time ("dayAndTime" pickers without displayFormat, such as the schedule dialog)
  ['"MMM d, yyy h:mm a"', '"dd.MM.yyyy HH:mm"'],
  // the list of times when a picker names no timeFormat
  ['"h:mm aa"', '"HH:mm"'],
]

module.exports = function germanDatePickerLoader(source) {
  let result = String(source)
  for (const [american, german] of GERMAN_FALLBACKS) {
    const count = result.split(american).length - 1
    if (count !== 1) {
      throw new Error(`germanDatePickerLoader: expected ${american} once in ${this.resourcePath}, found it ${count} times (did Payload's date picker change?)`)
    }
    result = result.replace(american, german)
  }
  return result
}
