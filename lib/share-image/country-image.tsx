import 'server-only';
import { ImageResponse } from 'next/og';
import { getTranslations } from 'next-intl/server';
import type { CSSProperties } from 'react';
import { countryName, formatPercent } from '@/lib/format';
import { localisedUrl } from '@/lib/i18n/alternates';
import { findCountryFileProfile, notFoundResponse } from '@/lib/public/country-files';
import { directionOf, routing } from '@/lib/i18n/routing';
import { shareImageFonts, type ShareFont } from './fonts';
import { rightToLeftPieces } from './right-to-left';

/** /countries/nor/og.png in English, /ar/countries/nor/og.png in Arabic, and so on. */
export function countryImageUrl(origin: string, iso3: string, locale: string): string {
  return localisedUrl(origin, `/countries/${iso3.toLowerCase()}/og.png`, locale);
}

export type CountryImageText = { subtitle: string; name: string; standing: string; score: string; scoreLabel: string };

/** One line of text; right to left, its words are laid out from the right (see right-to-left.ts). */
function Line({ text, rtl, style }: { text: string; rtl: boolean; style: CSSProperties & { fontSize: number } }) {
  if (!rtl) return <div style={{ display: 'flex', ...style }}>{text}</div>;
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'row-reverse',
        flexWrap: 'wrap',
        columnGap: Math.round(style.fontSize * 0.28),
        ...style,
      }}
    >
      {rightToLeftPieces(text).map((piece, index) => (
        <div key={index} style={{ display: 'flex' }}>
          {piece}
        </div>
      ))}
    </div>
  );
}

/** The 1200×630 picture itself, from texts already in one language. */
export function renderCountryImage(
  text: CountryImageText,
  { locale, fonts }: { locale: string; fonts: ShareFont[] | null },
): ImageResponse {
  const rtl = directionOf(locale) === 'rtl';
  const family = fonts ? [...new Set(fonts.map((font) => font.name))].join(', ') : undefined;
  return new ImageResponse(
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        width: '100%',
        height: '100%',
        padding: 72,
        background: '#184d7d',
        color: '#fff',
        ...(family ? { fontFamily: family } : {}),
      }}
    >
      <Line text={text.subtitle} rtl={rtl} style={{ fontSize: 32, opacity: 0.9 }} />
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <Line text={text.name} rtl={rtl} style={{ fontSize: 84, fontWeight: 700 }} />
        <Line text={text.standing} rtl={rtl} style={{ fontSize: 40, marginTop: 16 }} />
      </div>
      <div style={{ display: 'flex', flexDirection: rtl ? 'row-reverse' : 'row', alignItems: 'baseline', gap: 24 }}>
        <Line text={text.score} rtl={rtl} style={{ fontSize: 120, fontWeight: 700 }} />
        <Line text={text.scoreLabel} rtl={rtl} style={{ fontSize: 36 }} />
      </div>
    </div>,
    {
      width: 1200,
      height: 630,
      ...(fonts ? { fonts } : {}),
      headers: { 'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600' },
    },
  );
}

/**
 * The Open Graph image the scorecard's metadata points to, with the state's name, standing and score
 * (published and verified figures only) in the reader's language. Where the machine has no font for that
 * language's script (see fonts.ts), the image is drawn in the default language: a picture of missing
 * glyphs would say nothing, and the English one says the same facts.
 */
export async function countryImageResponse(iso3: string, locale: string): Promise<Response> {
  const profile = await findCountryFileProfile(iso3, locale);
  if (!profile) return notFoundResponse();

  const fonts = shareImageFonts(locale);
  const shown = fonts || locale === routing.defaultLocale ? locale : routing.defaultLocale;
  const t = await getTranslations({ locale: shown, namespace: 'public' });
  return renderCountryImage(
    {
      subtitle: t('og.subtitle'),
      name: countryName(profile.country, shown),
      standing: t(`standing.${profile.standing}`),
      score: profile.score === null ? t('score.none') : formatPercent(profile.score, shown),
      scoreLabel: t('country.score'),
    },
    { locale: shown, fonts: fonts ?? shareImageFonts(shown) },
  );
}
