import { ImageResponse } from 'next/og';
import { getTranslations } from 'next-intl/server';
import { getCachedCountryProfile } from '@/db/queries/public-cache';
import { routing } from '@/lib/i18n/routing';

/**
 * /countries/nor/og.png: the Open Graph image the scorecard's metadata points to (1200×630), with the
 * state's name, standing and score, published and verified figures only, in the default language.
 * A route rather than opengraph-image.tsx: that file would live under [locale] and be addressed with the
 * locale in its path, which the proxy redirects for the default language; crawlers deserve one hop.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ iso3: string }> }) {
  const { iso3 } = await params;
  const profile = /^[a-z]{3}$/i.test(iso3) ? await getCachedCountryProfile(iso3.toUpperCase()) : null;
  if (!profile)
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

  const t = await getTranslations({ locale: routing.defaultLocale, namespace: 'public' });
  const score = profile.score === null ? t('score.none') : `${Math.round(profile.score * 100)}%`;

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
      }}
    >
      <div style={{ display: 'flex', fontSize: 32, opacity: 0.9 }}>{t('og.subtitle')}</div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ display: 'flex', fontSize: 84, fontWeight: 700 }}>{profile.country.name}</div>
        <div style={{ display: 'flex', fontSize: 40, marginTop: 16 }}>{t(`standing.${profile.standing}`)}</div>
      </div>
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 24 }}>
        <div style={{ display: 'flex', fontSize: 120, fontWeight: 700 }}>{score}</div>
        <div style={{ display: 'flex', fontSize: 36 }}>{t('country.score')}</div>
      </div>
    </div>,
    { width: 1200, height: 630, headers: { 'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600' } },
  );
}
