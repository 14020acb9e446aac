import 'server-only';
import type { getTranslations } from 'next-intl/server';
import { escapeXml } from '@/lib/xml';
import { countryName } from '@/lib/format';
import { localisedUrl } from '@/lib/i18n/alternates';

type Translate = Awaited<ReturnType<typeof getTranslations<'public'>>>;

/** What a feed entry shows of a verified report (a row of the reports API's list). */
export type FeedReport = {
  id: number | string;
  verifiedAt: Date;
  assessedStatus: string;
  claimedStatus: string;
  publicNote: string | null;
  commitment: { ref: string; title: string };
  country: { iso2: string; iso3: string; name: string };
};

/**
 * An Atom feed (RFC 4287) of verified progress reports in one language, with the `public` messages'
 * wording; the site's feed and each state's feed differ only in their title, address and reports.
 * An entry's id names the report, the same in every language and feed, so a reader subscribed to two
 * sees it once. Texts the secretariat wrote (titles, notes) stay as written.
 */
export function atomFeedResponse({
  t,
  locale,
  origin,
  self,
  alternate,
  title,
  reports,
}: {
  t: Translate;
  locale: string;
  origin: string;
  self: string;
  alternate: string;
  title: string;
  reports: readonly FeedReport[];
}): Response {
  const updated = reports.reduce(
    (latest, report) => (report.verifiedAt > latest ? report.verifiedAt : latest),
    new Date(0),
  );
  const entries = reports.map((report) => {
    const link = localisedUrl(origin, `/commitments/${report.commitment.ref.toLowerCase()}`, locale);
    const entryTitle = t('feed.entryTitle', {
      country: countryName(report.country, locale),
      commitment: report.commitment.title,
    });
    const summary = t('feed.entrySummary', {
      assessed: t(`status.${report.assessedStatus}` as never),
      claimed: t(`status.${report.claimedStatus}` as never),
    });
    return `  <entry>
    <id>${escapeXml(`${origin}/feed.xml#report-${report.id}`)}</id>
    <title>${escapeXml(entryTitle)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>
    <updated>${report.verifiedAt.toISOString()}</updated>
    <category term="${escapeXml(report.country.iso3)}"/>
    <summary type="text">${escapeXml(report.publicNote ? `${summary} ${report.publicNote}` : summary)}</summary>
  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>${escapeXml(self)}</id>
  <title>${escapeXml(title)}</title>
  <subtitle>${escapeXml(t('feed.subtitle'))}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(alternate)}"/>
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
