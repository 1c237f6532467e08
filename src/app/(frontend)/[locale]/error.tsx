'use client'

import Link from 'next/link'
import { useParams } from 'next/navigation'
import { useEffect, useState } from 'react'

import type { Messages } from '@/i18n'
import { isLocale, localizedPath, type Locale } from '@/i18n/locales'

/** The texts load only when an error happens: no page carries every language's texts in its script. */
const loadTexts = async (locale: Locale): Promise<Pick<Messages, 'error' | 'notFound'>> => (await import('@/i18n')).messagesFor(locale)

/** Shown when a page fails on the server (status 500), in the reader's language; the details stay in the server log. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const param = useParams<{ locale: string }>().locale
  const locale: Locale = isLocale(param) ? param : 'de'
  const [texts, setTexts] = useState<Pick<Messages, 'error' | 'notFound'> | null>(null)
  useEffect(() => {
    void loadTexts(locale).then(setTexts)
  }, [locale])
  if (!texts) return <div className="container narrow" aria-busy="true" />
  return (
    <div className="container narrow">
      <h1>{texts.error.title}</h1>
      <p>{texts.error.text}</p>
      <p>
        <button type="button" onClick={reset}>
          {texts.error.retry}
        </button>{' '}
        <Link href={localizedPath('/', locale)}>{texts.notFound.home}</Link>
      </p>
    </div>
  )
}
