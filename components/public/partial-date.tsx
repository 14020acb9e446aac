import { getLocale, getTranslations } from 'next-intl/server';
import type { DatePrecision } from '@/db/schema';
import { formatPartialDate, partialDateOf } from '@/lib/standing';

/**
 * A date known to a day, a month, a year or not at all, shown with only the parts that are known.
 * The machine-readable value in <time> is just as precise ("2019", "2023-07", "2014-09-25").
 */
export async function PartialDate({
  occurredOn,
  datePrecision,
}: {
  occurredOn: string | null;
  datePrecision: DatePrecision;
}) {
  const date = partialDateOf({ occurredOn, datePrecision });
  const locale = await getLocale();
  const text = formatPartialDate(date, locale);
  if (text === null || date.precision === 'unknown') {
    const t = await getTranslations('public.date');
    return <span className="italic">{t('unknown')}</span>;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const machine =
    date.precision === 'year'
      ? String(date.year)
      : date.precision === 'month'
        ? `${date.year}-${pad(date.month)}`
        : `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  return <time dateTime={machine}>{text}</time>;
}

/** A calendar date stored as 'YYYY-MM-DD', formatted for the reader's language. */
export async function CalendarDate({ value }: { value: string }) {
  const date = partialDateOf({ occurredOn: value, datePrecision: 'day' });
  const locale = await getLocale();
  return <time dateTime={value}>{formatPartialDate(date, locale) ?? value}</time>;
}
