import isoCountries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';

/**
 * The ISO 3166-1 list (i18n-iso-countries): a state's alpha-2, alpha-3 and numeric codes and its
 * English name, by either letter code. A code the list does not hold (QQ, ABC) is not a state.
 */

isoCountries.registerLocale(english);

export type IsoCountry = { iso2: string; iso3: string; numeric: string; name: string };

export function lookupIsoCountry(code: string): IsoCountry | null {
  const given = code.trim().toUpperCase();
  if (!/^[A-Z]{2,3}$/.test(given) || !isoCountries.isValid(given)) return null;
  const iso2 = given.length === 2 ? given : isoCountries.alpha3ToAlpha2(given);
  if (!iso2) return null;
  const iso3 = isoCountries.alpha2ToAlpha3(iso2);
  const numeric = isoCountries.alpha2ToNumeric(iso2);
  const name = isoCountries.getName(iso2, 'en');
  if (!iso3 || !numeric || !name) return null;
  return { iso2, iso3, numeric, name };
}

/** Every officially assigned alpha-3 code, for a picker or to find one not yet held. */
export function allIsoAlpha3(): string[] {
  return Object.keys(isoCountries.getAlpha3Codes()).sort();
}
