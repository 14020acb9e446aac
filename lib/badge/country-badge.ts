import 'server-only';
import { getTranslations } from 'next-intl/server';
import { escapeXml } from '@/lib/xml';
import { countryName, formatPercent } from '@/lib/format';
import { localisedUrl } from '@/lib/i18n/alternates';
import { findCountryFileProfile, notFoundResponse } from '@/lib/public/country-files';
import { directionOf } from '@/lib/i18n/routing';

/** /countries/nor/badge.svg in English, /ar/countries/nor/badge.svg in Arabic, and so on. */
export function countryBadgeUrl(origin: string, iso3: string, locale: string): string {
  return localisedUrl(origin, `/countries/${iso3.toLowerCase()}/badge.svg`, locale);
}

/** Wide (CJK) characters take a full em at 11px; the rest about 6.6px in Verdana-like fonts. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function estimateTextWidth(text: string): number {
  return [...text].reduce((width, char) => width + (WIDE.test(char) ? 11 : 6.6), 0);
}

/**
 * A small badge with the state's code and its score, from the same cached, published and verified
 * figures as the scorecard, in one language. Browsers draw SVG text themselves, so Arabic is joined and
 * read from the right like any other text once the SVG says `direction="rtl"`.
 */
export async function countryBadgeResponse(iso3: string, locale: string): Promise<Response> {
  const profile = await findCountryFileProfile(iso3, locale);
  if (!profile) return notFoundResponse();

  const t = await getTranslations({ locale, namespace: 'public' });
  const score = profile.score === null ? t('score.none') : formatPercent(profile.score, locale);
  const label = `${profile.country.iso3} · ${t('badge.label')}`;
  const title = t('badge.title', { country: countryName(profile.country, locale), score });
  const left = Math.round(estimateTextWidth(label) + 12);
  const right = Math.round(estimateTextWidth(score) + 12);
  const width = left + right;
  const rtl = directionOf(locale) === 'rtl';
  // Right to left, the label's box is on the right and the score's on the left, as a reader expects.
  const [labelX, scoreX] = rtl ? [right, 0] : [0, left];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-labelledby="badge-title" xml:lang="${locale}">
  <title id="badge-title">${escapeXml(title)}</title>
  <rect x="${labelX}" width="${left}" height="20" fill="#1d2939"/>
  <rect x="${scoreX}" width="${right}" height="20" fill="#184d7d"/>
  <g fill="#fff" font-family="Verdana,DejaVu Sans,Noto Sans,Noto Sans Arabic,Noto Sans CJK SC,sans-serif" font-size="11" text-anchor="middle"${rtl ? ' direction="rtl"' : ''} aria-hidden="true">
    <text x="${labelX + left / 2}" y="14">${escapeXml(label)}</text>
    <text x="${scoreX + right / 2}" y="14">${escapeXml(score)}</text>
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
