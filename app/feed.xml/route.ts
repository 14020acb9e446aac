import { getTranslations } from 'next-intl/server';
import { escapeXml } from '@/lib/xml';
import { getCachedLatestReports } from '@/db/queries/public-cache';
import { routing } from '@/lib/i18n/routing';
import { siteOrigin } from '@/lib/site-url';

const FEED_SIZE = 50;

/**
 * /feed.xml: an Atom feed (RFC 4287) of the latest verified progress reports, in the default language.
 * It reads the same cached list as the overview's "latest verified updates", which holds only verified
 * reports on published commitments.
 */
export async function GET() {
  const [t, reports, origin] = await Promise.all([
    getTranslations({ locale: routing.defaultLocale, namespace: 'public' }),
    getCachedLatestReports(FEED_SIZE),
    siteOrigin(),
  ]);
  const updated = reports.reduce(
    (latest, report) => (report.verifiedAt > latest ? report.verifiedAt : latest),
    new Date(0),
  );
  const entries = reports.map((report) => {
    const link = `${origin}/commitments/${report.commitment.ref.toLowerCase()}`;
    const title = t('feed.entryTitle', { country: report.country.name, commitment: report.commitment.title });
    const summary = t('feed.entrySummary', {
      assessed: t(`status.${report.assessedStatus}`),
      claimed: t(`status.${report.claimedStatus}`),
    });
    const content = report.publicNote ? `${summary} ${report.publicNote}` : summary;
    return `  <entry>
    <id>${escapeXml(`${origin}/feed.xml#report-${report.id}`)}</id>
    <title>${escapeXml(title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>
    <updated>${report.verifiedAt.toISOString()}</updated>
    <category term="${escapeXml(report.country.iso3)}"/>
    <summary type="text">${escapeXml(content)}</summary>
  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${routing.defaultLocale}">
  <id>${escapeXml(`${origin}/feed.xml`)}</id>
  <title>${escapeXml(t('feed.title'))}</title>
  <subtitle>${escapeXml(t('feed.subtitle'))}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(`${origin}/feed.xml`)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(`${origin}/`)}"/>
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
