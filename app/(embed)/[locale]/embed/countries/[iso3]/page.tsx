import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { ScoreValue } from '@/components/public/score-value';
import { StandingBadge } from '@/components/public/standing-badge';
import { TrendIndicator } from '@/components/public/trend-indicator';
import { getCachedCountryProfile, getCachedCountryScoreHistory } from '@/db/queries/public-cache';
import { countryName } from '@/lib/format';
import { getPathname } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import { latestTrend } from '@/lib/score-history';

type Props = { params: Promise<{ locale: string; iso3: string }> };

// Rendered on first request, then cached until its data changes (see the locale layout).
export function generateStaticParams(): { iso3: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, iso3 } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const profile = await getCachedCountryProfile(iso3.toUpperCase());
  if (!profile) return {};
  const t = await getTranslations({ locale, namespace: 'public.embed' });
  return { title: t('title', { country: countryName(profile.country, locale) }), robots: { index: false } };
}

/**
 * A small card for other sites to frame: the same published, verified figures as the scorecard, and a
 * link to it. Links open a new tab, since a framing page may sandbox navigation of its top window.
 */
export default async function EmbedCountryPage({ params }: Props) {
  const { locale, iso3 } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, format, profile, history] = await Promise.all([
    getTranslations('public.embed'),
    getFormatter(),
    getCachedCountryProfile(iso3.toUpperCase()),
    getCachedCountryScoreHistory(iso3.toUpperCase()),
  ]);
  if (!profile) notFound();
  const name = countryName(profile.country, locale);
  const href = getPathname({ href: `/countries/${profile.country.iso3.toLowerCase()}`, locale });

  return (
    <article
      className="m-2 max-w-sm space-y-3 rounded-lg border border-slate-300 p-4 text-slate-900"
      data-embed-card={profile.country.iso3}
    >
      <h1 className="text-xl font-bold">{t('title', { country: name })}</h1>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
        <div className="col-span-2">
          <dt className="sr-only">{t('standing')}</dt>
          <dd>
            <StandingBadge standing={profile.standing} />
          </dd>
        </div>
        <div>
          <dt className="text-slate-700">{t('score')}</dt>
          <dd className="text-2xl font-bold tabular-nums" data-figure="score">
            <ScoreValue score={profile.score} className="" />
          </dd>
        </div>
        <div>
          <dt className="text-slate-700">{t('trend')}</dt>
          <dd className="font-semibold" data-figure="trend">
            {history.length > 0 ? <TrendIndicator {...latestTrend(history)} compact /> : t('noRounds')}
          </dd>
        </div>
        <div className="col-span-2">
          <dt className="inline text-slate-700">{t('commitments')}: </dt>
          <dd className="inline tabular-nums">{format.number(profile.commitments.length)}</dd>
        </div>
      </dl>
      <p>
        <a
          href={href}
          target="_blank"
          rel="noopener"
          className="font-medium text-brand-700 underline underline-offset-4"
        >
          {t('link', { country: name })}
        </a>
      </p>
      <p className="text-xs text-slate-700">{t('source')}</p>
    </article>
  );
}
