import { getLocale, getTranslations } from 'next-intl/server';
import type { DatePrecision } from '@/db/schema';
import { formatDate, type DateStyle } from '@/lib/format';
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

/**
 * A day as the reader's language writes it (lib/format.ts): a calendar date stored as 'YYYY-MM-DD', or
 * the UTC day of an instant. The <time> element keeps the ISO value for machines.
 */
export async function CalendarDate({ value, style = 'long' }: { value: string | Date; style?: DateStyle }) {
  const locale = await getLocale();
  const machine = typeof value === 'string' ? value : value.toISOString();
  return <time dateTime={machine}>{formatDate(value, locale, style)}</time>;
}
