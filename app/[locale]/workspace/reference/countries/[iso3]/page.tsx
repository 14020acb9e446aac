import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CountryRegionForm } from '@/components/reference/country-forms';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { Notice } from '@/components/ui/notice';
import { PageSection } from '@/components/ui/page-section';
import { findReferenceCountry } from '@/db/queries/reference-countries';
import { can } from '@/lib/permissions';
import { requirePermission } from '@/lib/auth/session';
import { countryName } from '@/lib/format';
import { Link } from '@/lib/i18n/navigation';
import { regionChoices } from '@/lib/reference/region-choices';
import { changeCountryRegionAction } from '../actions';

type Props = {
  params: Promise<{ locale: string; iso3: string }>;
  searchParams: Promise<{ saved?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, iso3 } = await params;
  const t = await getTranslations({ locale, namespace: 'workspace.countries' });
  const country = await findReferenceCountry({ iso3 });
  return { title: country ? countryName(country, locale) : t('title') };
}

/** One state: its codes from the ISO list, its region (editable) and where its membership is kept. */
export default async function ReferenceCountryPage({ params, searchParams }: Props) {
  const { locale, iso3 } = await params;
  setRequestLocale(locale);
  const user = await requirePermission({ locale, action: 'country.manage' });
  const country = await findReferenceCountry({ iso3 });
  if (!country) notFound();
  const [t, tNav, regions, { saved }] = await Promise.all([
    getTranslations('workspace.countries'),
    getTranslations('workspace.nav'),
    regionChoices(locale),
    searchParams,
  ]);
  const name = countryName(country, locale);
  return (
    <div className="space-y-10">
      {saved === 'added' ? <Notice tone="success">{t('added', { name })}</Notice> : null}
      <header className="space-y-3">
        <Breadcrumbs
          label={t('breadcrumbs')}
          trail={[{ href: '/workspace/reference/countries', label: tNav('countries') }]}
          current={name}
        />
        <h1 className="text-3xl font-bold tracking-tight">{name}</h1>
        <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
          <dt className="font-medium">{t('iso3')}</dt>
          <dd>{country.iso3}</dd>
          <dt className="font-medium">{t('iso2')}</dt>
          <dd>{country.iso2}</dd>
          <dt className="font-medium">{t('englishName')}</dt>
          <dd lang="en">{country.name}</dd>
        </dl>
        <p className="max-w-3xl">
          {country.events === 0 ? t('notMember') : t('eventCount', { count: country.events })}
        </p>
        {can(user, 'membership.manage') ? (
          <p>
            <Link
              href={`/workspace/reference/membership/${country.iso3.toLowerCase()}`}
              className="text-brand-700 underline underline-offset-4"
            >
              {t('membershipLink', { name })}
            </Link>
          </p>
        ) : null}
      </header>
      <PageSection headingId="region-heading" title={t('regionHeading')}>
        <CountryRegionForm
          action={changeCountryRegionAction}
          id={country.id}
          version={country.version}
          regionCode={country.regionCode}
          regions={regions}
        />
      </PageSection>
    </div>
  );
}
