import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PartialDate } from '@/components/public/partial-date';
import { StandingBadge } from '@/components/public/standing-badge';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Notice } from '@/components/ui/notice';
import { PageSection } from '@/components/ui/page-section';
import {
  AddMembershipEventForm,
  CorrectMembershipEventForm,
  RemoveMembershipEventForm,
  type MembershipEventFormValues,
} from '@/components/workspace/membership-forms';
import { findCountryByIso3 } from '@/db/queries/countries';
import { listStateMembershipEvents, type MembershipEventRow } from '@/db/queries/membership';
import { requirePermission } from '@/lib/auth/session';
import { countryName, monthNames } from '@/lib/format';
import { MEMBERSHIP_EVENT_TYPES } from '@/lib/membership/sequence';
import { deriveStanding, formatPartialDate, partialDateOf } from '@/lib/standing';
import { addMembershipEventAction, correctMembershipEventAction, removeMembershipEventAction } from '../actions';

type Props = { params: Promise<{ locale: string; iso3: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, iso3 } = await params;
  const [t, country] = await Promise.all([
    getTranslations({ locale, namespace: 'workspace.membership' }),
    findCountryByIso3({ iso3 }),
  ]);
  return { title: country ? t('stateTitle', { country: countryName(country, locale) }) : t('title') };
}

/** The parts of an event's date as the form shows them: only those that are known. */
function formValuesOf(event: MembershipEventRow): MembershipEventFormValues {
  const date = partialDateOf(event);
  const part = (value: number | null) => (value === null ? '' : String(value));
  return {
    type: event.type,
    year: part(date.year),
    month: part(date.month),
    day: part(date.day),
    decisionReference: event.decisionReference ?? '',
    decisionTitle: event.decisionTitle ?? '',
    note: event.note,
    sourceUrl: event.sourceUrl ?? '',
  };
}

const SAVED = ['added', 'corrected', 'removed'] as const;

/**
 * One state's membership history in sequence order, which decides its standing: each event with its
 * decision, note and source, and the forms to correct or remove it; then the form to record one.
 */
export default async function StateMembershipPage({ params, searchParams }: Props) {
  const { locale, iso3 } = await params;
  setRequestLocale(locale);
  await requirePermission({ locale, action: 'membership.manage' });
  const country = await findCountryByIso3({ iso3 });
  if (!country) notFound();
  const [t, te, events, saved] = await Promise.all([
    getTranslations('workspace.membership'),
    getTranslations('public.membership.event'),
    listStateMembershipEvents({ countryId: country.id }),
    searchParams.then((query) => SAVED.find((value) => value === query.saved)),
  ]);
  const name = countryName(country, locale);
  const standing = deriveStanding(events);
  // 'unknown' picks the message's own wording for a date not known.
  const dateText = (event: MembershipEventRow) => formatPartialDate(partialDateOf(event), locale) ?? 'unknown';
  const choices = {
    types: MEMBERSHIP_EVENT_TYPES.map((type) => ({ value: type, label: te(type) })),
    months: monthNames(locale).map((month, index) => ({ value: String(index + 1), label: month })),
  };
  const places = [
    { value: 'date', label: t('fields.placeByDate') },
    ...(events.length > 0 ? [{ value: 'start', label: t('fields.placeStart') }] : []),
    ...events.map((event, index) => ({
      value: String(event.id),
      label: t('fields.placeAfter', { number: index + 1, event: te(event.type), date: dateText(event) }),
    })),
  ];

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <Breadcrumbs
          label={t('breadcrumb')}
          trail={[{ href: '/workspace/reference/membership', label: t('title') }]}
          current={name}
        />
        <h1 className="text-3xl font-bold tracking-tight">{t('stateTitle', { country: name })}</h1>
        <p className="flex flex-wrap items-center gap-2">
          <span>{t('standingNow')}</span>
          <StandingBadge standing={standing} size="lg" />
        </p>
      </header>
      {saved ? <Notice tone="success">{t(`saved.${saved}`)}</Notice> : null}

      <PageSection headingId="history-heading" title={t('historyHeading')} description={t('historyIntro')}>
        {events.length === 0 ? (
          <p className="text-slate-700">{t('empty')}</p>
        ) : (
          <ol className="space-y-6">
            {events.map((event, index) => (
              <li
                key={event.id}
                data-event={event.type}
                className="rounded border border-slate-300 p-4 [overflow-wrap:anywhere]"
              >
                <h3 id={`event-${event.id}-title`} className="text-xl font-semibold">
                  {t('eventTitle', { number: index + 1, event: te(event.type) })}
                </h3>
                <p className="text-slate-800">
                  <PartialDate occurredOn={event.occurredOn} datePrecision={event.datePrecision} />
                </p>
                <dl className="mt-2 space-y-2 text-sm">
                  {event.decisionReference || event.decisionTitle ? (
                    <div>
                      <dt className="font-medium">{t('decision')}</dt>
                      <dd>
                        {event.decisionReference ? <span className="font-mono">{event.decisionReference}</span> : null}
                        {event.decisionReference && event.decisionTitle ? <span aria-hidden="true"> · </span> : null}
                        {event.decisionTitle}
                      </dd>
                    </div>
                  ) : null}
                  {event.note ? (
                    <div>
                      <dt className="font-medium">{t('fields.note')}</dt>
                      <dd>{event.note}</dd>
                    </div>
                  ) : null}
                  {event.sourceUrl ? (
                    <div>
                      <dt className="font-medium">{t('fields.sourceUrl')}</dt>
                      <dd>
                        <a
                          href={event.sourceUrl}
                          rel="noopener noreferrer"
                          className="text-brand-700 underline underline-offset-4"
                          dir="ltr"
                        >
                          {event.sourceUrl}
                        </a>
                      </dd>
                    </div>
                  ) : null}
                </dl>
                <details className="mt-4">
                  <summary className="cursor-pointer font-medium text-brand-700 underline underline-offset-4">
                    {t('correctSummary')}
                  </summary>
                  <div className="mt-4 space-y-8">
                    <CorrectMembershipEventForm
                      action={correctMembershipEventAction}
                      event={{ id: event.id, version: event.version }}
                      initial={formValuesOf(event)}
                      choices={choices}
                    />
                    <RemoveMembershipEventForm
                      action={removeMembershipEventAction}
                      event={{ id: event.id, version: event.version }}
                    />
                  </div>
                </details>
              </li>
            ))}
          </ol>
        )}
      </PageSection>

      <PageSection headingId="add-heading" title={t('addHeading')} description={t('addIntro')}>
        <AddMembershipEventForm
          action={addMembershipEventAction}
          country={country.iso3}
          choices={choices}
          places={places}
        />
      </PageSection>
    </div>
  );
}
