/** German display names for ISO codes, from the runtime's ICU data (no name lists to maintain). */
export function germanNames(type: 'region' | 'language', codes: string[]) {
  const names = new Intl.DisplayNames(['de'], { type })
  const nameOf = (code: string): string => {
    try {
      return names.of(code) ?? code
    } catch {
      // Not a code at all (Intl throws RangeError): shown as it is.
      return code
    }
  }
  return {
    nameOf,
    /** Select options sorted by their German name (Ä sorts with A). */
    options: codes.map((value) => ({ value, label: nameOf(value) })).sort((a, b) => a.label.localeCompare(b.label, 'de')),
    codes: new Set(codes),
  }
}
