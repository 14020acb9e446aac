import 'server-only';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { getCachedLatestReports } from '@/db/queries/public-cache';
import { localisedUrl } from '@/lib/i18n/alternates';
import { routing } from '@/lib/i18n/routing';
import { siteOrigin } from '@/lib/site-url';
import { notFoundResponse } from '@/lib/public/country-files';
import { atomFeedResponse } from './atom';

const FEED_SIZE = 50;

/** /feed.xml in English, /fr/feed.xml in French, /ar/feed.xml in Arabic, and so on. */
export function siteFeedUrl(origin: string, locale: string): string {
  return localisedUrl(origin, '/feed.xml', locale);
}

/**
 * The site's Atom feed (RFC 4287) in one language: the latest verified progress reports of every state.
 * It reads the same cached list as the overview's "latest verified updates", which holds only verified
 * reports on published commitments.
 */
export async function siteFeedResponse(locale: string): Promise<Response> {
  if (!hasLocale(routing.locales, locale)) return notFoundResponse();
  const [t, reports, origin] = await Promise.all([
    getTranslations({ locale, namespace: 'public' }),
    getCachedLatestReports(FEED_SIZE),
    siteOrigin(),
  ]);
  return atomFeedResponse({
    t,
    locale,
    origin,
    self: siteFeedUrl(origin, locale),
    alternate: localisedUrl(origin, '/', locale),
    title: t('feed.title'),
    reports,
  });
}
