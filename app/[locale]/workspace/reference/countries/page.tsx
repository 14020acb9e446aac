import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AddCountryForm } from '@/components/reference/country-forms';
import { DataTable, type DataColumn } from '@/components/ui/data-table';
import { PageSection } from '@/components/ui/page-section';
import { listReferenceCountries } from '@/db/queries/reference-countries';
import { requirePermission } from '@/lib/auth/session';
import { countryName, sortByName } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { regionChoices } from '@/lib/reference/region-choices';
import { addCountryAction } from './actions';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'workspace.countries' });
  return { title: t('title') };
}

/** Every state the tracker knows, with its codes and region; a state is added here by its ISO code. */
export default async function ReferenceCountriesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission({ locale, action: 'country.manage' });
  const [t, rows, regions] = await Promise.all([
    getTranslations('workspace.countries'),
    listReferenceCountries(),
    regionChoices(locale),
  ]);
  const regionLabel = new Map(regions.map((region) => [region.value, region.label]));
  const named = sortByName(
    rows.map((row) => ({ ...row, label: countryName(row, locale) })),
    (row) => row.label,
    locale,
  );
  const columns: DataColumn<(typeof named)[number]>[] = [
    {
      label: t('columns.name'),
      cell: (row) => (
        <Link
          href={`/workspace/reference/countries/${row.iso3.toLowerCase()}`}
          className="font-medium text-brand-700 underline underline-offset-4"
        >
          {row.label}
        </Link>
      ),
    },
    { label: t('columns.codes'), cell: (row) => `${row.iso3} · ${row.iso2}` },
    { label: t('columns.region'), cell: (row) => regionLabel.get(row.regionCode) ?? row.regionCode },
    { label: t('columns.membership'), cell: (row) => t('eventCount', { count: row.events }) },
  ];
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
        <p className="max-w-3xl">{t('intro')}</p>
      </header>
      <PageSection headingId="countries-heading" title={t('listHeading')}>
        <DataTable
          variant="workspace"
          caption={t('caption', { count: rows.length })}
          columns={columns}
          rows={named}
          rowKey={(row) => row.id}
          empty={t('empty')}
        />
      </PageSection>
      <PageSection headingId="add-heading" title={t('addHeading')}>
        <p className="mb-4 max-w-3xl">{t('addIntro')}</p>
        <AddCountryForm action={addCountryAction} regions={regions} />
      </PageSection>
    </div>
  );
}
