import type { CSSProperties } from 'react'
import type { DefaultServerCellComponentProps } from 'payload'

import { translationStates, type AllLocales, type TranslationState } from '@/lib/translations'

/** Shape and word carry the state; the colour only repeats it. */
const LOOK: Record<TranslationState, { mark: string; word: string; style: CSSProperties }> = {
  current: { mark: '✓', word: 'aktuell', style: { background: 'var(--theme-success-100)', color: 'var(--theme-success-800)' } },
  outdated: { mark: '↻ veraltet', word: 'älter als der deutsche Text', style: { background: 'var(--theme-warning-100)', color: 'var(--theme-warning-800)' } },
  missing: { mark: '– fehlt', word: 'fehlt', style: { background: 'var(--theme-elevation-100)', color: 'var(--theme-elevation-800)' } },
}
const pill: CSSProperties = { display: 'inline-block', padding: '0 0.4em', borderRadius: 3, fontSize: '0.85em', whiteSpace: 'nowrap', lineHeight: 1.6 }
const visuallyHidden: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }

/**
 * The „Übersetzungen“ column of the article and page lists: per language
 * whether a translation exists, and whether it is older than the German text
 * (src/lib/translations.ts). Reads the row's texts in every language at once,
 * the latest draft included, as the list shows it.
 */
export async function TranslationStatusCell({ rowData, payload, collectionSlug }: DefaultServerCellComponentProps) {
  const doc = (await payload.findByID({
    collection: collectionSlug as 'articles' | 'pages',
    id: rowData.id as number,
    locale: 'all',
    draft: true,
    depth: 0,
    select: { title: true, body: true, textChangedAt: true },
    overrideAccess: true,
    disableErrors: true,
  })) as AllLocales | null
  if (!doc) return null
  return (
    <ul aria-label="Übersetzungen" style={{ display: 'flex', flexWrap: 'wrap', gap: 4, margin: 0, padding: 0, listStyle: 'none' }}>
      {translationStates(doc).map(({ locale, label, state }) => (
        <li key={locale} data-locale={locale} data-state={state} title={`${label}: ${LOOK[state].word}`} style={{ ...pill, ...LOOK[state].style }}>
          <span aria-hidden="true">
            <abbr style={{ textDecoration: 'none' }}>{locale.toUpperCase()}</abbr> {LOOK[state].mark}
          </span>
          <span style={visuallyHidden}>
            {label}: {LOOK[state].word}
          </span>
        </li>
      ))}
    </ul>
  )
}
