'use client'

import { useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'

import { MAIL_LANGUAGE_OPTIONS } from '@/email/i18n/languages'

type Delivery = {
  sendStatus: 'draft' | 'sending' | 'sent'
  confirmedSubscribers: number
  total: number
  sent: number
  failed: number
  skipped: number
  uncertain: number
  lastError: string | null
}

const POLL_MS = 2000
const box = { margin: '0 0 1.5rem', padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }

/**
 * In the sidebar of a migo issue: preview the mail, send a test to oneself,
 * send the issue, and follow the send (sent / failed / total as a progress
 * bar, refreshed every two seconds while it runs).
 */
export function NewsletterSendPanel() {
  const { id, hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const modified = useFormModified()
  const { config } = useConfig()
  const router = useRouter()
  const [delivery, setDelivery] = useState<Delivery | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const base = `${config.serverURL}${config.routes.api}/newsletter-issues/${id}`

  /** Bumped after an action, to read the state again (and follow a send that just started). */
  const [reload, setReload] = useState(0)
  const lastStatus = useRef<Delivery['sendStatus'] | null>(null)

  // Read the send state now, and every two seconds while the issue is being sent.
  useEffect(() => {
    if (!id) return
    let timer: ReturnType<typeof setTimeout> | undefined
    let cancelled = false
    const poll = async () => {
      let next: Delivery | null = null
      let retry = true
      try {
        const response = await fetch(`${base}/delivery`, { credentials: 'include' })
        // Not allowed or gone: asking again will not help.
        if (response.status >= 400 && response.status < 500) retry = false
        if (response.ok) next = (await response.json()) as Delivery
      } catch {
        // Offline for a moment: try again at the next tick.
      }
      if (cancelled) return
      if (next) {
        // The send finished: reload the document, its status and the locked form come from the server.
        if (lastStatus.current === 'sending' && next.sendStatus === 'sent') {
          setMessage(null)
          router.refresh()
        }
        lastStatus.current = next.sendStatus
        setDelivery(next)
        retry = next.sendStatus === 'sending'
      }
      if (retry) timer = setTimeout(() => void poll(), POLL_MS)
    }
    timer = setTimeout(() => void poll(), 0)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [id, base, router, reload])

  const sending = delivery?.sendStatus === 'sending'

  if (!id) return <p style={box}>Speichern Sie die Ausgabe, um sie als E-Mail anzusehen und zu versenden.</p>

  async function post(action: 'test-send' | 'send') {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(`${base}/${action}`, { method: 'POST', credentials: 'include' })
      const answer = (await response.json().catch(() => ({}))) as { message?: string }
      setMessage(answer.message ?? (response.ok ? 'Erledigt.' : 'Das hat nicht geklappt.'))
      setReload((n) => n + 1)
      // The issue is locked now: reload the form from the server.
      if (action === 'send' && response.ok) router.refresh()
    } catch {
      setMessage('Die Verbindung ist unterbrochen. Bitte noch einmal versuchen.')
    } finally {
      setBusy(false)
    }
  }

  function confirmSend() {
    const readers = delivery?.confirmedSubscribers ?? 0
    if (window.confirm(`Diese Ausgabe jetzt an ${readers} Abonnent:innen versenden? Danach lässt sie sich nicht mehr ändern.`)) {
      void post('send')
    }
  }

  const done = delivery ? delivery.sent + delivery.failed + delivery.skipped : 0
  const unsent = delivery?.sendStatus === 'draft'
  const notReady = !hasPublishedDoc || Boolean(unpublishedVersionCount) || modified

  return (
    <div style={box}>
      <h3 style={{ margin: '0 0 0.75rem' }}>Versand</h3>
      <p style={{ margin: '0 0 0.75rem' }}>
        <a href={`${base}/email-preview`} target="_blank" rel="noopener noreferrer">
          Vorschau als E-Mail
        </a>
        <br />
        {/* Each language's readers get the issue in theirs where it is translated, else in German (src/jobs/newsletter/issueMail.ts). */}
        <small>
          Vorschau für Leser:innen auf:{' '}
          {MAIL_LANGUAGE_OPTIONS.filter((option) => option.value !== 'de').map((option, index) => (
            <span key={option.value}>
              {index > 0 && ' · '}
              <a href={`${base}/email-preview?sprache=${option.value}`} target="_blank" rel="noopener noreferrer" lang={option.value}>
                {option.label}
              </a>
            </span>
          ))}
        </small>
      </p>
      <p style={{ margin: '0 0 0.75rem' }}>
        <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => void post('test-send')}>
          Testmail an mich senden
        </button>
      </p>
      {unsent && (
        <>
          <p style={{ margin: '0 0 0.75rem' }}>
            <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy || notReady || !delivery} onClick={confirmSend}>
              Jetzt an alle versenden
            </button>
          </p>
          {notReady && <p style={{ margin: 0 }}>Versenden lässt sich nur die veröffentlichte Ausgabe ohne ungespeicherte oder unveröffentlichte Änderungen.</p>}
        </>
      )}
      {delivery && !unsent && (
        <div>
          <label htmlFor="migo-progress" style={{ display: 'block', marginBottom: 4 }}>
            {sending ? 'Wird versendet' : 'Versendet'}: {delivery.sent} von {delivery.total} zugestellt
            {delivery.failed ? `, ${delivery.failed} fehlgeschlagen` : ''}
            {delivery.skipped ? `, ${delivery.skipped} abgemeldet` : ''}
          </label>
          <progress id="migo-progress" max={Math.max(delivery.total, 1)} value={done} style={{ width: '100%' }} />
          {sending && delivery.lastError && <p style={{ margin: '0.5rem 0 0' }}>Zuletzt gemeldet: {delivery.lastError} (wird erneut versucht)</p>}
          {delivery.uncertain > 0 && <p style={{ margin: '0.5rem 0 0' }}>{delivery.uncertain} Zustellungen waren beim Abbruch unterwegs und wurden erneut gesendet.</p>}
        </div>
      )}
      {message && (
        <p role="status" style={{ margin: '0.75rem 0 0' }}>
          {message}
        </p>
      )}
    </div>
  )
}
