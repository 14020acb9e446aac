import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { WorldMap } from '@/components/charts/world-map';
import { DistributionBar } from '@/components/public/distribution-bar';
import { HeadlineFigures } from '@/components/public/headline-figures';
import { LatestUpdates } from '@/components/public/latest-updates';
import { MapTable } from '@/components/public/map-table';
import { StandardProgressByFramework } from '@/components/public/standard-progress-table';
import { StatusTable } from '@/components/public/status-table';
import { PageSection } from '@/components/ui/page-section';
import {
  getCachedCountries,
  getCachedLatestReports,
  getCachedOverview,
  getCachedStandardsProgress,
} from '@/db/queries/public-cache';
import { countryName, sortByName } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import { pageAlternates } from '@/lib/i18n/alternates';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'public.overview' });
  return {
    title: { absolute: t('metaTitle') },
    description: t('intro'),
    alternates: await pageAlternates('/', locale),
  };
}

export default async function OverviewPage({ params }: Props) {
  const { locale } = await params;
  // Files the proxy does not handle and no route serves (/favicon.ico, which browsers ask for) reach
  // this page with the file name as `locale`. The locale layout answers 404, but the page renders
  // beside it, so it must not format anything with a tag that is not a locale (Intl throws a
  // RangeError for "favicon.ico").
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, figures, countries, standards, reports] = await Promise.all([
    getTranslations('public.overview'),
    getCachedOverview(),
    getCachedCountries(),
    getCachedStandardsProgress(),
    getCachedLatestReports(6),
  ]);
  const mapRows = sortByName(
    countries
      .filter((country) => country.standing !== 'none')
      .map((country) => ({ ...country, displayName: countryName(country, locale) })),
    (row) => row.displayName,
    locale,
  );

  return (
    <div className="space-y-12">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('title')}</h1>
        <p className="mt-3 text-lg text-slate-700">{t('intro')}</p>
      </header>

      <HeadlineFigures figures={figures} />

      <PageSection headingId="map-heading" title={t('mapHeading')}>
        <WorldMap countries={countries} />
        <MapTable rows={mapRows} />
      </PageSection>

      <PageSection headingId="standards-heading" title={t('standardsHeading')}>
        <StandardProgressByFramework
          // A retired standard is listed while commitments under it are published, not as an empty row.
          rows={standards.filter((standard) => standard.commitments > 0 || standard.retiredAt === null)}
          caption={(framework, nameTag) => t.rich('standardsCaption', { framework: framework.name, name: nameTag })}
          headingIdPrefix="standards-framework"
        />
      </PageSection>

      <PageSection
        headingId="status-heading"
        title={t('statusHeading')}
        description={t('statusIntro')}
        className="max-w-3xl space-y-4"
      >
        <DistributionBar distribution={figures.distribution} />
        <StatusTable distribution={figures.distribution} caption={t('statusCaption')} />
      </PageSection>

      <PageSection headingId="updates-heading" title={t('updatesHeading')}>
        <LatestUpdates reports={reports} />
      </PageSection>

      <p>
        <Link
          href="/countries"
          className="font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800"
        >
          {t('allCountries')}
        </Link>
      </p>
    </div>
  );
}
