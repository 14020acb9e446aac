import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CountriesTable } from '@/components/public/countries-table';
import { applyCountriesView, parseCountriesView } from '@/lib/public/countries-view';
import { CountryFilters } from '@/components/public/country-filters';
import { getCachedCountries, getCachedScoreHistories } from '@/db/queries/public-cache';
import { countryName, sortByName } from '@/lib/format';
import { latestTrend } from '@/lib/score-history';
import { pageAlternates } from '@/lib/i18n/alternates';

type Props = { params: Promise<{ locale: string }> };

export async function countriesMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'public.countries' });
  // The sorted and filtered views are the same list: all of them name /countries as canonical.
  return { title: t('title'), description: t('intro'), alternates: await pageAlternates('/countries', locale) };
}

type Query = Record<string, string | string[] | undefined>;

/**
 * The list of states in one view (sort, direction and filters from the query). `/countries` itself is
 * cached whole with the default view; a request with a query is sent by proxy.ts to ./view, which
 * renders the same list for that query on each request, from the same cached data.
 */
export async function CountriesList({ locale, query }: { locale: string; query: Query }) {
  const [t, tRegions, rows, histories] = await Promise.all([
    getTranslations('public.countries'),
    getTranslations('public.regions'),
    getCachedCountries(),
    getCachedScoreHistories(),
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
