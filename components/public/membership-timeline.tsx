import { getTranslations } from 'next-intl/server';
import type { DatePrecision, MembershipEventType } from '@/db/schema';
import { PartialDate } from './partial-date';

export type TimelineEvent = {
  type: MembershipEventType;
  occurredOn: string | null;
  datePrecision: DatePrecision;
  decisionReference: string | null;
  decisionTitle: string | null;
  note: string;
  sourceUrl: string | null;
};

/**
 * A state's membership of the Governing Council, oldest first, with dates only as precise as they are
 * known ("Date not known" when it is not), the Council decision that took each event and its source.
 */
function decisionText(
  t: Awaited<ReturnType<typeof getTranslations<'public.membership'>>>,
  reference: string | null,
  title: string | null,
): string {
  if (reference && title) return t('decisionBoth', { reference, title });
  return reference ? t('decisionReference', { reference }) : t('decisionTitle', { title: title ?? '' });
}

export async function MembershipTimeline({ events }: { events: readonly TimelineEvent[] }) {
  const t = await getTranslations('public.membership');
  if (events.length === 0) return <p className="text-slate-700">{t('none')}</p>;
  return (
    <ol className="relative space-y-4 border-s-2 border-slate-300 ps-6">
      {events.map((event, index) => (
        <li key={index} className="relative" data-event={event.type}>
          <span
            aria-hidden="true"
            className="absolute -start-[1.95rem] top-1.5 block h-3 w-3 rounded-full border-2 border-white bg-brand-700"
          />
          <p className="font-semibold">
            <PartialDate occurredOn={event.occurredOn} datePrecision={event.datePrecision} />
            <span aria-hidden="true"> · </span>
            <span className="sr-only">: </span>
            {t(`event.${event.type}`)}
          </p>
          {event.decisionReference || event.decisionTitle ? (
            <p className="text-slate-800" data-decision="">
              {decisionText(t, event.decisionReference, event.decisionTitle)}
            </p>
          ) : null}
          {event.note ? <p className="text-slate-700">{event.note}</p> : null}
          {event.sourceUrl ? (
            <p className="text-sm">
              <a
                href={event.sourceUrl}
                className="text-brand-700 underline underline-offset-4"
                rel="noopener noreferrer"
              >
                {t('source')}
              </a>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
