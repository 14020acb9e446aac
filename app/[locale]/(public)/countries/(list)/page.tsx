import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CountriesTable } from '@/components/public/countries-table';
import { applyCountriesView, parseCountriesView } from '@/components/public/countries-view';
import { CountryFilters } from '@/components/public/country-filters';
import { getCachedCountries, getCachedScoreHistories } from '@/db/queries/public-cache';
import { countryName, sortByName } from '@/lib/format';
import { routing } from '@/lib/i18n/routing';
import { latestTrend } from '@/lib/score-history';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'public.countries' });
  return { title: t('title'), description: t('intro') };
}

export default async function CountriesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, tRegions, rows, histories, query] = await Promise.all([
    getTranslations('public.countries'),
    getTranslations('public.regions'),
    getCachedCountries(),
    getCachedScoreHistories(),
    searchParams,
  ]);
  const regions = [...new Set(rows.map((row) => row.region))];
  const regionLabel = (region: string) => (tRegions.has(region) ? tRegions(region) : region);
  const view = parseCountriesView(query, regions);
  const named = sortByName(
    rows.map((row) => {
      const history = histories.get(row.iso3) ?? [];
      return { ...row, displayName: countryName(row, locale), trend: history.length > 0 ? latestTrend(history) : null };
    }),
    (row) => row.displayName,
    locale,
  );
  const shown = applyCountriesView(named, view, locale, regionLabel);
  const regionOptions = sortByName(
    regions.map((region) => ({ value: region, label: regionLabel(region) })),
    (option) => option.label,
    locale,
  );

  return (
    <div className="space-y-6">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
        <p className="mt-3 text-lg text-slate-700">{t('intro')}</p>
      </header>
      <CountryFilters view={view} regions={regionOptions} />
      {shown.length > 0 ? (
        <CountriesTable rows={shown} view={view} />
      ) : (
        <p className="rounded border border-slate-300 bg-slate-50 p-4" data-empty="true">
          {t('noMatch')}
        </p>
      )}
    </div>
  );
}
