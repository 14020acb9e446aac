import 'server-only';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { getCachedReportsPage } from '@/db/queries/public-cache';
import { findCountryByIso3 } from '@/db/queries/countries';
import { countryName } from '@/lib/format';
import { localisedUrl } from '@/lib/i18n/alternates';
import { routing } from '@/lib/i18n/routing';
import { siteOrigin } from '@/lib/site-url';
import { notFoundResponse } from '@/lib/public/country-files';
import { atomFeedResponse } from './atom';

const FEED_SIZE = 50;

/** /countries/nor/feed.xml in English, /fr/countries/nor/feed.xml in French, and so on. */
export function countryFeedUrl(origin: string, iso3: string, locale: string): string {
  return localisedUrl(origin, `/countries/${iso3.toLowerCase()}/feed.xml`, locale);
}

/**
 * One state's Atom feed (RFC 4287) in one language: its latest verified progress reports, read from the
 * same cached, filtered list as the reports API (verified reports of published commitments only), so it
 * is dropped with the state's other public data when a report is verified.
 */
export async function countryFeedResponse(iso3: string, locale: string): Promise<Response> {
  const country =
    /^[a-z]{3}$/.test(iso3) && hasLocale(routing.locales, locale) ? await findCountryByIso3({ iso3 }) : null;
  if (!country) return notFoundResponse();
  const [t, page, origin] = await Promise.all([
    getTranslations({ locale, namespace: 'public' }),
    getCachedReportsPage({ country: country.iso3, limit: FEED_SIZE }),
    siteOrigin(),
  ]);
  return atomFeedResponse({
    t,
    locale,
    origin,
    self: countryFeedUrl(origin, country.iso3, locale),
    alternate: localisedUrl(origin, `/countries/${country.iso3.toLowerCase()}`, locale),
    title: t('country.feedTitle', { country: countryName(country, locale) }),
    reports: page.items,
  });
}
