'use client'

import { useAuth } from '@payloadcms/ui'

import { CsvImportForm, type ImportReport } from './CsvImportForm'

type Report = ImportReport & { confirmed?: number; invited?: number; unchanged?: number }

/**
 * Above the subscribers list: import an existing list from CSV (E-Mail, Name,
 * Sprache, Einwilligungsdatum, Einwilligungsquelle) — first checked, then
 * applied; bad rows are listed and skipped.
 */
export function SubscribersCsvImport() {
  const { user } = useAuth<{ role?: string }>()
  if (user?.role !== 'admin') return null
  return (
    <CsvImportForm<Report>
      endpoint="/api/newsletter-subscribers/import"
      inputId="subscribers-csv"
      errorsIntro="Diese Zeilen wurden übersprungen:"
      summary={(report) =>
        `${report.applied ? 'Importiert' : 'Geprüft, noch nicht importiert'}: ${report.confirmed ?? 0} mit Einwilligung (bestätigt), ${report.invited ?? 0} erhalten eine Bestätigungs-E-Mail, ${report.unchanged ?? 0} schon bekannt (unverändert).`
      }
    >
      <p style={{ margin: '0 0 0.75rem' }}>
        Bisherige Liste importieren (CSV mit den Spalten E-Mail, Name, Sprache, Einwilligungsdatum, Einwilligungsquelle). Adressen mit
        Einwilligung gelten als bestätigt, alle anderen erhalten die Bestätigungs-E-Mail. Bekannte Adressen bleiben unverändert – niemand
        erhält eine E-Mail doppelt.
      </p>
    </CsvImportForm>
  )
}
