'use client'

import { useAuth } from '@payloadcms/ui'
import { useRef, useState } from 'react'

type Report = { errors?: { row: number; message: string }[]; created?: number; updated?: number; unchanged?: number; applied?: boolean; message?: string }

const ENDPOINT = '/api/member-organisations'

/**
 * Above the directory's list in the admin: export the directory as CSV, and
 * import a CSV file — first checked, then applied all or nothing.
 */
export function DirectoryCsv() {
  const { user } = useAuth<{ role?: string }>()
  const [report, setReport] = useState<Report | null>(null)
  const [busy, setBusy] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  if (user?.role !== 'admin') return null

  async function send(checkOnly: boolean) {
    if (!formRef.current?.reportValidity()) return
    const form = new FormData(formRef.current)
    if (checkOnly) form.set('pruefen', '1')
    setBusy(true)
    try {
      const response = await fetch(`${ENDPOINT}/import`, { method: 'POST', body: form, credentials: 'include' })
      setReport((await response.json()) as Report)
    } catch {
      setReport({ message: 'Die Verbindung ist unterbrochen. Bitte noch einmal versuchen.' })
    } finally {
      setBusy(false)
    }
  }

  const summary = report && !report.message && !report.errors?.length
    ? `${report.applied ? 'Importiert' : 'Geprüft, noch nicht importiert'}: ${report.created ?? 0} neu, ${report.updated ?? 0} geändert, ${report.unchanged ?? 0} unverändert.`
    : null

  return (
    <div style={{ margin: '0 0 1.5rem', padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
      <p style={{ margin: '0 0 0.75rem' }}>
        <a href={`${ENDPOINT}/export.csv`} download>
          Verzeichnis als CSV exportieren
        </a>{' '}
        – zum Bearbeiten in einer Tabellenkalkulation; die gleiche Datei lässt sich wieder importieren.
      </p>
      <form
        ref={formRef}
        onSubmit={(event) => {
          event.preventDefault()
          void send(false)
        }}
      >
        <label htmlFor="directory-csv">CSV-Datei importieren </label>
        <input id="directory-csv" type="file" name="datei" accept=".csv,text/csv" required />{' '}
        <button type="button" disabled={busy} onClick={() => void send(true)}>
          Prüfen
        </button>{' '}
        <button type="submit" disabled={busy}>
          Importieren
        </button>
      </form>
      <div role="status" aria-live="polite">
        {report?.message && <p>{report.message}</p>}
        {summary && <p>{summary}</p>}
        {report?.errors?.length ? (
          <>
            <p>Nichts wurde importiert. Bitte diese Zeilen korrigieren:</p>
            <ul>
              {report.errors.map((e, i) => (
                <li key={i}>
                  {e.row > 0 ? `Zeile ${e.row}: ` : ''}
                  {e.message}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </div>
  )
}
