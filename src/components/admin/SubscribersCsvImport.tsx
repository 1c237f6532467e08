'use client'

import { useAuth } from '@payloadcms/ui'
import { useRef, useState } from 'react'

type Report = { errors?: { row: number; message: string }[]; confirmed?: number; invited?: number; unchanged?: number; applied?: boolean; message?: string }

const ENDPOINT = '/api/newsletter-subscribers/import'

/**
 * Above the subscribers list: import an existing list from CSV (E-Mail, Name,
 * Sprache, Einwilligungsdatum, Einwilligungsquelle) — first checked, then
 * applied; bad rows are listed and skipped.
 */
export function SubscribersCsvImport() {
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
      const response = await fetch(ENDPOINT, { method: 'POST', body: form, credentials: 'include' })
      setReport((await response.json()) as Report)
    } catch {
      setReport({ message: 'Die Verbindung ist unterbrochen. Bitte noch einmal versuchen.' })
    } finally {
      setBusy(false)
    }
  }

  const summary =
    report && !report.message
      ? `${report.applied ? 'Importiert' : 'Geprüft, noch nicht importiert'}: ${report.confirmed ?? 0} mit Einwilligung (bestätigt), ${report.invited ?? 0} erhalten eine Bestätigungs-E-Mail, ${report.unchanged ?? 0} schon bekannt (unverändert).`
      : null

  return (
    <div style={{ margin: '0 0 1.5rem', padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
      <p style={{ margin: '0 0 0.75rem' }}>
        Bisherige Liste importieren (CSV mit den Spalten E-Mail, Name, Sprache, Einwilligungsdatum, Einwilligungsquelle). Adressen mit
        Einwilligung gelten als bestätigt, alle anderen erhalten die Bestätigungs-E-Mail. Bekannte Adressen bleiben unverändert – niemand
        erhält eine E-Mail doppelt.
      </p>
      <form
        ref={formRef}
        onSubmit={(event) => {
          event.preventDefault()
          void send(false)
        }}
      >
        <label htmlFor="subscribers-csv">CSV-Datei </label>
        <input id="subscribers-csv" type="file" name="datei" accept=".csv,text/csv" required />{' '}
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
            <p>Diese Zeilen wurden übersprungen:</p>
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
