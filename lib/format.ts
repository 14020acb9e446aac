/**
 * Locale-aware wording of data that the database stores once, in English: country names, for now.
 * Pure functions, usable on the server, in route handlers and in tests.
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
