import 'server-only';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { escapeXml } from '@/lib/xml';
import { getCachedReportsPage } from '@/db/queries/public-cache';
import { findCountryByIso3 } from '@/db/queries/countries';
import { countryName } from '@/lib/format';
import { localisedUrl } from '@/lib/i18n/alternates';
import { routing } from '@/lib/i18n/routing';
import { siteOrigin } from '@/lib/site-url';

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
  if (!country) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  const [t, page, origin] = await Promise.all([
    getTranslations({ locale, namespace: 'public' }),
    getCachedReportsPage({ country: country.iso3, limit: FEED_SIZE }),
    siteOrigin(),
  ]);
  const name = countryName(country, locale);
  const self = countryFeedUrl(origin, country.iso3, locale);
  const updated = page.items.reduce(
    (latest, report) => (report.verifiedAt > latest ? report.verifiedAt : latest),
    new Date(0),
  );
  const entries = page.items.map((report) => {
    const link = localisedUrl(origin, `/commitments/${report.commitment.ref.toLowerCase()}`, locale);
    const summary = t('feed.entrySummary', {
      assessed: t(`status.${report.assessedStatus}`),
      claimed: t(`status.${report.claimedStatus}`),
    });
    return `  <entry>
    <id>${escapeXml(`${origin}/feed.xml#report-${report.id}`)}</id>
    <title>${escapeXml(t('feed.entryTitle', { country: name, commitment: report.commitment.title }))}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>
    <updated>${report.verifiedAt.toISOString()}</updated>
    <category term="${escapeXml(country.iso3)}"/>
    <summary type="text">${escapeXml(report.publicNote ? `${summary} ${report.publicNote}` : summary)}</summary>
  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>${escapeXml(self)}</id>
  <title>${escapeXml(t('country.feedTitle', { country: name }))}</title>
  <subtitle>${escapeXml(t('feed.subtitle'))}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(localisedUrl(origin, `/countries/${country.iso3.toLowerCase()}`, locale))}"/>
  <author><name>${escapeXml(t('feed.author'))}</name></author>
  <updated>${updated.toISOString()}</updated>
${entries.join('\n')}
</feed>
`;
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600',
    },
  });
}
