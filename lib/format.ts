/**
 * Locale-aware wording of data that the database stores once: country names (recorded in English),
 * instants (date and time, shown in UTC) and calendar dates. Every date and time a person reads goes
 * through here. Pure functions, usable on the server, in route handlers and in tests.
 */

const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * A country's name in `locale`. English shows the name as recorded (the Community's own usage, such as
 * "Republic of Korea"); other languages take the standard name from the runtime's CLDR data, falling
 * back to the recorded name.
 */
export function countryName(country: { iso2: string; name: string }, locale: string): string {
  if (locale === 'en') return country.name;
  try {
    let names = displayNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
      displayNames.set(locale, names);
    }
    return names.of(country.iso2) ?? country.name;
  } catch {
    // An invalid locale tag (a page rendering beside a layout that is already answering 404) or an unknown code.
    return country.name;
  }
}

/**
 * The country of a workspace row (its queries return the ISO alpha-2 code beside the recorded name)
 * in `locale`; a row without a country keeps its null.
 */
export function countryNameOf<N extends string | null>(
  row: { countryIso2: string | null; countryName: N },
  locale: string,
): N {
  if (row.countryName === null || row.countryIso2 === null) return row.countryName;
  return countryName({ iso2: row.countryIso2, name: row.countryName }, locale) as N;
}

/** Countries for a picker: each named in `locale`, in the order a reader of it expects. */
export function countryChoices<T extends { iso2: string; name: string }>(countries: readonly T[], locale: string): T[] {
  return sortByName(
    countries.map((country) => ({ ...country, name: countryName(country, locale) })),
    (country) => country.name,
    locale,
  );
}

/** Sorts rows by their localised name, as a reader of that language expects ("États-Unis" under E). */
export function sortByName<T>(rows: readonly T[], nameOf: (row: T) => string, locale: string): T[] {
  let collator: Intl.Collator;
  try {
    collator = new Intl.Collator(locale, { sensitivity: 'base' });
  } catch {
    collator = new Intl.Collator('en', { sensitivity: 'base' });
  }
  return [...rows].sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
}

/**
 * The conventions dates are written in. English follows the Community's own documents and most of its
 * members (day before month, a 24-hour clock: "3 Dec 2026, 14:05"), not the United States' defaults that
 * a bare "en" gets ("Dec 3, 2026, 2:05 PM"); every other language is its own.
 */
function formattingLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const cacheKey = `${locale}|${key}`;
  let format = dateTimeFormats.get(cacheKey);
  if (!format) {
    // Always in UTC: the secretariat and every state read the same day and time for the same event.
    const inUtc: Intl.DateTimeFormatOptions = { ...options, timeZone: 'UTC' };
    try {
      format = new Intl.DateTimeFormat(formattingLocale(locale), inUtc);
    } catch {
      // An invalid locale tag (see countryName): English rather than a page that fails to render.
      format = new Intl.DateTimeFormat(formattingLocale('en'), inUtc);
    }
    dateTimeFormats.set(cacheKey, format);
  }
  return format;
}

/**
 * The one display format for an instant (a sign-in, a comment, an audit event): date and time of day,
 * in UTC. The zone's name is left to the message `common.timestamp`, so that each language puts "UTC"
 * where it belongs; use components/ui/timestamp.tsx rather than this directly. `seconds` is for the
 * audit log, where events a few seconds apart must be told apart; `date: 'long'` for mail, where the
 * month is written out.
 */
export function formatDateTime(
  value: Date,
  locale: string,
  { seconds = false, date = 'medium' }: { seconds?: boolean; date?: 'medium' | 'long' } = {},
): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: date, timeStyle: seconds ? 'medium' : 'short' };
  return formatterFor(locale, `instant:${date}:${seconds}`, options).format(value);
}

/**
 * How much of a date is shown: `medium` "3 Dec 2026", `long` "3 December 2026", `month` "December 2026",
 * `shortMonth` "Dec 2026" (a chart's axis), `year` "2026".
 */
export type DateStyle = 'medium' | 'long' | 'month' | 'shortMonth' | 'year';

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  medium: { dateStyle: 'medium' },
  long: { dateStyle: 'long' },
  month: { year: 'numeric', month: 'long' },
  shortMonth: { year: 'numeric', month: 'short' },
  year: { year: 'numeric' },
};

/**
 * The one display format for a day: a calendar date as the database stores it ('YYYY-MM-DD'), or the
 * UTC day of an instant. Never an ISO date in a sentence; a `<time dateTime>` keeps the ISO form for
 * machines (components/public/partial-date.tsx).
 */
export function formatDate(value: string | Date, locale: string, style: DateStyle = 'medium'): string {
  // A calendar date at noon UTC, formatted in UTC, so no zone can move it to a neighbouring day.
  const instant = typeof value === 'string' ? new Date(`${value}T12:00:00Z`) : value;
  if (Number.isNaN(instant.getTime())) return String(value);
  return formatterFor(locale, `day:${style}`, DATE_OPTIONS[style]).format(instant);
}

/**
 * The twelve months' names, January first, as a month is named on its own in `locale` ("janvier",
 * "январь"), for a form's month picker.
 */
export function monthNames(locale: string): string[] {
  const format = formatterFor(locale, 'month-name', { month: 'long' });
  return Array.from({ length: 12 }, (_, index) => format.format(new Date(Date.UTC(2000, index, 15, 12))));
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/**
 * A score (a fraction from 0 to 1) as a whole percentage in the reader's language ("67 %" in French and
 * Russian, "67%" in English), for the places that format outside React: the badge and the share image.
 * Pages use next-intl's `format.number` with the same options.
 */
export function formatPercent(value: number, locale: string): string {
  let format = percentFormats.get(locale);
  if (!format) {
    const options: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 0 };
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      format = new Intl.NumberFormat('en', options);
    }
    percentFormats.set(locale, format);
  }
  return format.format(value);
}

/**
 * A name or title set inside a sentence of another direction ("مرحبًا، Demo Focal Point (Norway)."),
 * isolated with FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so that its own direction, brackets
 * and numbers stay its own (Unicode Bidirectional Algorithm, UAX #9).
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
