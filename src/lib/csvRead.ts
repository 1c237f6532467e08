import { parse } from 'csv-parse/sync'

/** Spreadsheets write `;` (German Excel) or `,`: the header line tells which. */
function delimiterOf(text: string): ';' | ',' {
  const header = text.split(/\r?\n/, 1)[0] ?? ''
  return (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ';' : ','
}

/** A CSV file as rows keyed by header (byte-order mark, `;` or `,`), or the German reason it cannot be read. */
export function parseCsv(text: string): { records: Record<string, string>[] } | { error: string } {
  try {
    const records = parse(text, { bom: true, columns: true, delimiter: delimiterOf(text), skip_empty_lines: true, trim: true, relax_column_count: true }) as Record<
      string,
      string
    >[]
    return { records }
  } catch (error) {
    return { error: `Die Datei ist keine lesbare CSV-Datei (${error instanceof Error ? error.message : String(error)}).` }
  }
}
