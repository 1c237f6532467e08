import Link from 'next/link'

import type { EventCard as Card } from '@/content/events'
import { i18n } from '@/i18n'
import { localizedPath, type Locale } from '@/i18n/locales'
import { formatEventWhenIn } from '@/lib/eventTime'
import { eventPath, organisationPath } from '@/lib/paths'
import type { Event } from '@/payload-types'

import { ResponsiveImage } from './ResponsiveImage'

/** "Abgesagt" / "Verschoben" as a badge; nothing for a planned event. */
export function EventStatusBadge({ status, locale }: { status: Event['status']; locale: Locale }) {
  if (status === 'planned') return null
  return <strong className={`event-status event-status--${status}`}>{i18n(locale).t.events.status[status]}</strong>
}

/** The organiser: a member organisation (linked to its profile) or the Verbund itself. */
export function EventOrganiser({ organiser, locale, link = true }: { organiser: Event['organiser']; locale: Locale; link?: boolean }) {
  const { t } = i18n(locale)
  if (organiser && typeof organiser === 'object') {
    return link ? (
      <Link href={localizedPath(organisationPath(organiser.slug), locale)} lang="de" dir="auto">
        {organiser.name}
      </Link>
    ) : (
      <bdi>{organiser.name}</bdi>
    )
  }
  return <>{t.events.verbund}</>
}

/** One event in a list: when, status, title as the link, kind, place and organiser. */
export function EventCard({ event, locale, headingLevel: Heading = 'h2' }: { event: Card; locale: Locale; headingLevel?: 'h2' | 'h3' }) {
  const { t } = i18n(locale)
  return (
    <article className={`card event-card${event.status !== 'planned' ? ' event-card--changed' : ''}`}>
      <ResponsiveImage image={event.image} preset="card" className="card__image" />
      <div className="card__body">
        <p className="meta">
          <time dateTime={event.startsAt}>{formatEventWhenIn(event, locale)}</time>
        </p>
        <EventStatusBadge status={event.status} locale={locale} />
        <Heading className="card__title" dir="auto">
          <Link href={localizedPath(eventPath(event.slug), locale)}>{event.title}</Link>
        </Heading>
        {event.summary && (
          <p className="card__teaser" dir="auto">
            {event.summary}
          </p>
        )}
        <p className="meta">
          {t.events.categories[event.category]}
          {event.place?.name && (
            <>
              {' · '}
              <bdi>{event.place.name}</bdi>
            </>
          )}
          {' · '}
          <EventOrganiser organiser={event.organiser} locale={locale} link={false} />
        </p>
      </div>
    </article>
  )
}

export function EventGrid({ events, locale, headingLevel }: { events: Card[]; locale: Locale; headingLevel?: 'h2' | 'h3' }) {
  return (
    <ul className="card-grid">
      {events.map((event) => (
        <li key={event.id}>
          <EventCard event={event} locale={locale} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
