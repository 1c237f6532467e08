'use client'

import { useAuth } from '@payloadcms/ui'

import { CsvImportForm, type ImportReport } from './CsvImportForm'

type Report = ImportReport & { created?: number; updated?: number; unchanged?: number }

const ENDPOINT = '/api/member-organisations'

/**
 * Above the directory's list in the admin: export the directory as CSV, and
 * import a CSV file — first checked, then applied all or nothing.
 */
export function DirectoryCsv() {
  const { user } = useAuth<{ role?: string }>()
  if (user?.role !== 'admin') return null
  return (
    <CsvImportForm<Report>
      endpoint={`${ENDPOINT}/import`}
      inputId="directory-csv"
      errorsIntro="Nichts wurde importiert. Bitte diese Zeilen korrigieren:"
      summary={(report) =>
        report.errors?.length
          ? ''
          : `${report.applied ? 'Importiert' : 'Geprüft, noch nicht importiert'}: ${report.created ?? 0} neu, ${report.updated ?? 0} geändert, ${report.unchanged ?? 0} unverändert.`
      }
    >
      <p style={{ margin: '0 0 0.75rem' }}>
        <a href={`${ENDPOINT}/export.csv`} download>
          Verzeichnis als CSV exportieren
        </a>{' '}
        – zum Bearbeiten in einer Tabellenkalkulation; die gleiche Datei lässt sich wieder importieren.
      </p>
    </CsvImportForm>
  )
}
