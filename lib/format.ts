/**
 * Locale-aware wording of data that the database stores once: country names (recorded in English) and
 * instants (date and time, shown in UTC). Pure functions, usable on the server, in route handlers and in tests.
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

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The one display format for an instant (a sign-in, a comment, an audit event): medium date and short
 * time, in UTC, so that the secretariat and every state read the same time for the same event, whatever
 * their own zone. The zone's name is left to the message `common.timestamp`, so that each language puts
 * "UTC" where it belongs; use components/ui/timestamp.tsx rather than this directly. `seconds` is for
 * the audit log, where events a few seconds apart must be told apart.
 */
export function formatDateTime(value: Date, locale: string, { seconds = false }: { seconds?: boolean } = {}): string {
  const key = `${locale}|${seconds ? 's' : 'm'}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      dateStyle: 'medium',
      timeStyle: seconds ? 'medium' : 'short',
      timeZone: 'UTC',
    };
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      // An invalid locale tag (see countryName): English rather than a page that fails to render.
      format = new Intl.DateTimeFormat('en', options);
    }
    dateTimeFormats.set(key, format);
  }
  return format.format(value);
}
