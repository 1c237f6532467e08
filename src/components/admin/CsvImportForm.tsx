'use client'

import { useRef, useState, type ReactNode } from 'react'

export type ImportReport = { errors?: { row: number; message: string }[]; applied?: boolean; message?: string }

type Props<R extends ImportReport> = {
  /** The import endpoint (multipart `datei`, `pruefen=1` to only check). */
  endpoint: string
  inputId: string
  children?: ReactNode
  /** The line shown after a check or an import without a general message ('' for none). */
  summary: (report: R) => string
  /** Above the list of problem rows. */
  errorsIntro: string
}

/** The file form of an admin CSV import: check first, then import; the report in a live region. */
export function CsvImportForm<R extends ImportReport>({ endpoint, inputId, children, summary, errorsIntro }: Props<R>) {
  const [report, setReport] = useState<R | null>(null)
  const [busy, setBusy] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)

  async function send(checkOnly: boolean) {
    if (!formRef.current?.reportValidity()) return
    const form = new FormData(formRef.current)
    if (checkOnly) form.set('pruefen', '1')
    setBusy(true)
    try {
      const response = await fetch(endpoint, { method: 'POST', body: form, credentials: 'include' })
      setReport((await response.json()) as R)
    } catch {
      setReport({ message: 'Die Verbindung ist unterbrochen. Bitte noch einmal versuchen.' } as R)
    } finally {
      setBusy(false)
    }
  }

  const line = report && !report.message ? summary(report) : ''
  return (
    <div style={{ margin: '0 0 1.5rem', padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
      {children}
      <form
        ref={formRef}
        onSubmit={(event) => {
          event.preventDefault()
          void send(false)
        }}
      >
        <label htmlFor={inputId}>CSV-Datei importieren </label>
        <input id={inputId} type="file" name="datei" accept=".csv,text/csv" required />{' '}
        <button type="button" disabled={busy} onClick={() => void send(true)}>
          Prüfen
        </button>{' '}
        <button type="submit" disabled={busy}>
          Importieren
        </button>
      </form>
      <div role="status" aria-live="polite">
        {report?.message && <p>{report.message}</p>}
        {line && <p>{line}</p>}
        {report?.errors?.length ? (
          <>
            <p>{errorsIntro}</p>
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
