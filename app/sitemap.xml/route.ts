import { escapeXml } from '@/lib/xml';
import { getCachedCountries, getCachedPublishedRefs, getCachedStandards } from '@/db/queries/public-cache';
import { languageAlternates } from '@/lib/i18n/alternates';
import { locales } from '@/lib/i18n/routing';
import { siteOrigin } from '@/lib/site-url';

/**
 * /sitemap.xml: every public page in every language, each with its alternates in the others
 * (xhtml:link hreflang, as search engines read them). Pages come from the same cached, published-only
 * reads as the pages themselves; the dated as-of pages are left out, as there is one per day.
 */
export async function GET() {
  const [countries, standards, refs, origin] = await Promise.all([
    getCachedCountries(),
    getCachedStandards(),
    getCachedPublishedRefs(),
    siteOrigin(),
  ]);
  const pages = [
    '/',
    '/countries',
    '/standards',
    '/compare',
    '/data',
    '/methodology',
    ...countries.map((country) => `/countries/${country.iso3.toLowerCase()}`),
    ...standards.map((standard) => `/standards/${standard.code.toLowerCase()}`),
    ...refs.map((ref) => `/commitments/${ref.toLowerCase()}`),
  ];
  const urls = pages.flatMap((pathname) => {
    const alternates = Object.entries(languageAlternates(origin, pathname));
    const links = alternates
      .map(([lang, href]) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(href)}"/>`)
      .join('\n');
    return locales.map(
      (locale) => `  <url>
    <loc>${escapeXml(alternates.find(([lang]) => lang === locale)![1])}</loc>
${links}
  </url>`,
    );
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400',
    },
  });
}
