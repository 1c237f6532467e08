/** Formatting of the printed report: text tables, medians, units and verdicts. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)))
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n')
}

export function median(values: number[]): number {
  if (!values.length) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

export const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
export const percent = (ratio: number) => `${(ratio * 100).toFixed(1)} %`
export const verdict = (pass: boolean | null) => (pass === null ? '' : pass ? 'pass' : 'FAIL')
