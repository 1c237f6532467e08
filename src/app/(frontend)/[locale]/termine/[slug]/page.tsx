import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { EventOrganiser, EventStatusBadge } from '@/components/EventCard'
import { EventRegistrationForm } from '@/components/EventRegistrationForm'
import { HeroImage } from '@/components/HeroImage'
import { JsonLd } from '@/components/JsonLd'
import { PageLanguages } from '@/components/PageLanguages'
import { PreviewBanner } from '@/components/PreviewBanner'
import { RichTextBody } from '@/components/RichTextBody'
import { getEventBySlug, getRegistrationConsentWording, getRegistrationState } from '@/content/events'
import { i18n } from '@/i18n'
import { languageOf, localizedPath, type Locale } from '@/i18n/locales'
import { localeOf } from '@/i18n/params'
import { formatEventWhenIn } from '@/lib/eventTime'
import { isImage } from '@/lib/media'
import { pageMetadata } from '@/lib/pageMetadata'
import { absoluteUrl, EVENTS_PATH, eventCalendarPath, eventPath, eventRegistrationPath, organisationPath } from '@/lib/paths'
import { richTextPlainText } from '@/lib/richText'
import type { Event } from '@/payload-types'

type Props = { params: Promise<{ locale: string; slug: string }> }

async function load(props: Props) {
  const locale = await localeOf(props.params)
  const { slug } = await props.params
  const { event, preview, language } = await getEventBySlug(slug, locale)
  if (!event) notFound()
  return { event, preview, language, slug, locale }
}

const describe = (event: Event) => event.meta?.description || event.summary || richTextPlainText(event.description).slice(0, 160) || event.title

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { event, language, slug, locale } = await load(props)
  return pageMetadata({
    title: event.meta?.title || event.title,
    description: describe(event),
    path: eventPath(slug),
    locale,
    translations: language.translations,
    image: event.meta?.image || event.image,
  })
}

const SCHEMA_STATUS: Record<Event['status'], string> = {
  planned: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
}

/** schema.org Event: status, place, organiser and the language the page is written in. */
function eventData(event: Event, url: string, shown: Locale) {
  const organiser =
    event.organiser && typeof event.organiser === 'object'
      ? { '@type': 'Organization', name: event.organiser.name, url: absoluteUrl(organisationPath(event.organiser.slug)) }
      : { '@type': 'Organization', name: 'Essener Verbund der Immigrantenvereine e.V.', url: absoluteUrl('/') }
  const image = isImage(event.image) ? [absoluteUrl(event.image.url)] : undefined
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: describe(event),
    startDate: event.startsAt,
    ...(event.endsAt ? { endDate: event.endsAt } : {}),
    eventStatus: SCHEMA_STATUS[event.status],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: event.place?.name || event.place?.address || 'Essen', address: event.place?.address || 'Essen' },
    organizer: organiser,
    ...(image ? { image } : {}),
    url,
    inLanguage: shown,
  }
}

/**
 * One event: when (Essen's time, in the reader's language), status, place
 * with accessibility notes, organiser, description, the registration (none,
 * an external link or the site's own form) and the calendar file.
 */
export default async function EventPage(props: Props) {
  const { event, preview, language, slug, locale } = await load(props)
  const { t, href } = i18n(locale)
  const shown = language.shown
  const internal = event.registration?.mode === 'internal'
  const [registration, consent] = internal ? await Promise.all([getRegistrationState(event), getRegistrationConsentWording()]) : [null, '']
  const url = absoluteUrl(localizedPath(eventPath(slug), shown))
  return (
    <>
      {preview && <PreviewBanner path={localizedPath(eventPath(slug), locale)} />}
      <PageLanguages locale={locale} path={eventPath(slug)} shown={shown} />
      <article className="container article event">
        <p className="breadcrumb">
          <Link href={href(EVENTS_PATH)}>{t.events.allTerms}</Link>
        </p>
        <header className="article__header">
          <EventStatusBadge status={event.status} locale={locale} />
          <h1 {...languageOf(shown, locale)}>{event.title}</h1>
          {event.summary && (
            <p className="lead" {...languageOf(shown, locale)} dir="auto">
              {event.summary}
            </p>
          )}
        </header>
        {event.status === 'cancelled' && <p className="notice notice--warning">{t.events.cancelledNote}</p>}
        {event.status === 'postponed' && <p className="notice notice--warning">{t.events.postponedNote}</p>}
        <dl className="facts">
          <div>
            <dt>{t.events.when}</dt>
            <dd>
              <time dateTime={event.startsAt}>{formatEventWhenIn(event, locale)}</time>
            </dd>
          </div>
          {(event.place?.name || event.place?.address) && (
            <div>
              <dt>{t.events.where}</dt>
              <dd>
                {event.place?.name && <bdi className="line">{event.place.name}</bdi>}
                {event.place?.name && event.place?.address && <br />}
                {event.place?.address && <bdi className="line">{event.place.address.trim()}</bdi>}
              </dd>
            </div>
          )}
          {event.place?.accessibility && (
            <div>
              <dt>{t.events.accessibility}</dt>
              <dd lang="de" dir="auto">
                {event.place.accessibility}
              </dd>
            </div>
          )}
          <div>
            <dt>{t.events.by}</dt>
            <dd>
              <EventOrganiser organiser={event.organiser} locale={locale} />
            </dd>
          </div>
          <div>
            <dt>{t.events.category}</dt>
            <dd>{t.events.categories[event.category]}</dd>
          </div>
        </dl>
        <HeroImage image={event.image} />
        <div {...languageOf(shown, locale)}>
          <RichTextBody data={event.description} />
        </div>
        {event.registration?.mode === 'external' && event.registration.externalUrl && event.status === 'planned' && (
          <section className="registration" aria-labelledby="anmeldung">
            <h2 id="anmeldung">{t.events.registration}</h2>
            <p>
              <a className="button" href={event.registration.externalUrl} rel="noopener">
                {t.events.externalRegistration}
              </a>
            </p>
          </section>
        )}
        {registration && (
          <section className="registration" aria-labelledby="anmeldung">
            <h2 id="anmeldung">{t.events.registration}</h2>
            <EventRegistrationForm action={href(eventRegistrationPath(slug))} state={registration} consent={consent} locale={locale} />
          </section>
        )}
        <ul className="link-list">
          <li>
            <a href={href(eventCalendarPath(slug))} download={`${slug}.ics`} type="text/calendar">
              {t.events.calendar}
            </a>
          </li>
        </ul>
        <JsonLd data={eventData(event, url, shown)} />
      </article>
    </>
  )
}
