import { getTranslations } from 'next-intl/server';
import { escapeXml } from '@/lib/xml';
import { getCachedCountryProfile } from '@/db/queries/public-cache';
import { routing } from '@/lib/i18n/routing';

/**
 * /countries/nor/badge.svg: a small badge with the state's code and its score, from the same cached,
 * published and verified figures as the scorecard, in the default language. Outside [locale] because
 * the proxy leaves addresses with a file extension alone. Browsers and CDNs may keep it for five
 * minutes; the tagged data cache underneath is refreshed the moment a verification lands.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ iso3: string }> }) {
  const { iso3 } = await params;
  const profile = /^[a-z]{3}$/i.test(iso3) ? await getCachedCountryProfile(iso3.toUpperCase()) : null;
  if (!profile)
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

  const locale = routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: 'public' });
  const score = profile.score === null ? t('score.none') : `${Math.round(profile.score * 100)}%`;
  const label = `${profile.country.iso3} · ${t('badge.label')}`;
  const title = t('badge.title', { country: profile.country.name, score });
  // Widths from a rough 7px per character at 11px: enough for Verdana-like fonts without measuring.
  const left = Math.round(label.length * 6.6 + 12);
  const right = Math.round(score.length * 7 + 12);
  const width = left + right;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-labelledby="badge-title">
  <title id="badge-title">${escapeXml(title)}</title>
  <rect width="${left}" height="20" fill="#1d2939"/>
  <rect x="${left}" width="${right}" height="20" fill="#184d7d"/>
  <g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle" aria-hidden="true">
    <text x="${left / 2}" y="14">${escapeXml(label)}</text>
    <text x="${left + right / 2}" y="14">${escapeXml(score)}</text>
  </g>
</svg>
`;
  return new Response(svg, {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600',
    },
  });
}
