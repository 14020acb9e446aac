import { useLocale, useTranslations } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/lib/format';

type Options = { seconds?: boolean };
type CommonTranslator = (key: 'timestamp', values: { datetime: string }) => string;

function timestampWords(value: Date, locale: string, t: CommonTranslator, options?: Options): string {
  return t('timestamp', { datetime: formatDateTime(value, locale, options) });
}

/**
 * An instant as people read it here: date and time in UTC, in the one format of lib/format.ts, with
 * "UTC" placed by the message `common.timestamp`. The `<time>` element carries the exact instant for
 * machines. Has no client code, so that server and client components can both render it.
 */
export function Timestamp({ value, seconds }: { value: Date } & Options) {
  const t = useTranslations('common');
  const locale = useLocale();
  return <time dateTime={value.toISOString()}>{timestampWords(value, locale, t, { seconds })}</time>;
}

/**
 * The same words as <Timestamp>, for an async server component that puts the time inside a sentence
 * ("By Ana, {when}"), where a message placeholder takes text only.
 */
export async function getTimestampText(): Promise<(value: Date, options?: Options) => string> {
  const [t, locale] = await Promise.all([getTranslations('common'), getLocale()]);
  return (value, options) => timestampWords(value, locale, t, options);
}
